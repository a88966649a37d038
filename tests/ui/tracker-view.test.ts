/** @jest-environment jsdom */
import { computeThemes } from "../../src/core/themes/compute-themes";
import { parseNote } from "../../src/core/parse-note";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Theme, ThemeAnalysis } from "../../src/core/themes/theme-model";
import { NoteBuilder } from "../fakes/note-builder";
import { openTracker, texts } from "./view-harness";

const acme = new NoteBuilder("Interviews/2026-01-10 Acme.md")
	.company("Acme")
	.role("Backend Engineer")
	.date("2026-01-10")
	.struggle("System design", "I did not ask about the expected load before drawing boxes.")
	.action("Practise design", ["[x] Read a chapter", "Draw three systems"])
	.action("Send thank-you mail", [], true)
	.build();
const globex = new NoteBuilder("Interviews/2026-02-01 Globex.md").company("Globex").date("2026-02-01").struggle("Behavioural").action("Write STAR stories").build();
const file = (h: { app: { vault: { getFileByPath(p: string): unknown } } }, path: string) => h.app.vault.getFileByPath(path) as never;

describe("tracker pane", () => {
	test("shows counts, items with steps, progress, meta and struggles", async () => {
		const h = await openTracker([acme, globex]);
		const el = await h.settle();
		expect(texts(el, ".igt-counts span")).toEqual(["2 interviews", "2 open", "1 done"]);
		expect(texts(el, ".igt-section-actions .igt-group-title")).toEqual(["2026-02-01 Globex", "2026-01-10 Acme"]);
		expect(texts(el, ".igt-section-actions .igt-meta")).toContain("2026-01-10 · Acme · Backend Engineer");
		expect(texts(el, ".igt-item-title")).toEqual(["Write STAR stories", "Practise design", "Send thank-you mail"]);
		expect(texts(el, ".igt-step-text")).toEqual(["Read a chapter", "Draw three systems"]);
		expect(texts(el, ".igt-progress-text")).toEqual(["1/2"]);
		expect(texts(el, ".igt-struggle-title")).toEqual(["Behavioural", "System design"]);
		expect(texts(el, ".igt-excerpt")).toEqual(["I did not ask about the expected load before drawing boxes."]);
	});

	test("checkboxes are read-only until a toggle hook is given, then report the line", async () => {
		const ro = await openTracker([acme]);
		const boxes = [...(await ro.settle()).querySelectorAll<HTMLInputElement>("input.igt-check")];
		expect(boxes.map((b) => [b.checked, b.disabled])).toEqual([[false, true], [true, true], [false, true], [true, true]]);
		expect(boxes[0]?.title).toMatch(/not available yet/);
		const rw = await openTracker([acme], { toggle: true });
		const box = (await rw.settle()).querySelectorAll<HTMLInputElement>("input.igt-check")[1];
		expect(box?.disabled).toBe(false);
		box?.dispatchEvent(new Event("change"));
		const line = acme.text.split("\n").findIndex((l) => l.includes("Read a chapter")) + 1;
		expect(rw.toggled).toEqual([{ path: acme.path, line, checked: true, text: "Read a chapter", source: rw.index.get(acme.path) }]);
	});

	test("clicking a title opens the note at that line; Ctrl-click says new tab", async () => {
		const h = await openTracker([acme]);
		const el = await h.settle();
		const link = [...el.querySelectorAll<HTMLElement>(".igt-struggle-title")][0];
		link?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
		link?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true }));
		const line = acme.text.split("\n").indexOf("### System design") + 1;
		expect(h.opened).toEqual([
			{ path: acme.path, line, mod: false },
			{ path: acme.path, line, mod: true },
		]);
	});

	test("an edit re-renders only that note's blocks; the rest keep their DOM", async () => {
		const h = await openTracker([acme, globex]);
		const el = await h.settle();
		const globexBlock = el.querySelector(`.igt-section-actions .igt-entry[data-path="${globex.path}"]`);
		const acmeBlock = el.querySelector(`.igt-section-actions .igt-entry[data-path="${acme.path}"]`);
		const edited = new NoteBuilder(acme.path).company("Acme").date("2026-01-10").action("Practise design", ["[x] Read a chapter", "[x] Draw three systems"]).build();
		await h.app.vault.modify(file(h, acme.path), edited.text);
		await h.settle();
		expect(el.querySelector(`.igt-section-actions .igt-entry[data-path="${globex.path}"]`)).toBe(globexBlock);
		expect(el.querySelector(`.igt-section-actions .igt-entry[data-path="${acme.path}"]`)).not.toBe(acmeBlock);
		expect(texts(el, ".igt-progress-text")).toEqual(["2/2"]);
		expect(texts(el, ".igt-counts span")).toEqual(["2 interviews", "1 open", "1 done"]);
	});

	test("rename, delete, create and losing the tag update the pane", async () => {
		const h = await openTracker([acme, globex]);
		let el = await h.settle();
		await h.app.vault.rename(file(h, acme.path), "Interviews/2026-01-10 Acme onsite.md");
		el = await h.settle();
		expect(texts(el, ".igt-section-struggles .igt-group-title")).toEqual(["2026-02-01 Globex", "2026-01-10 Acme onsite"]);
		await h.app.vault.modify(file(h, globex.path), new NoteBuilder(globex.path).withTags().build().text);
		el = await h.settle();
		expect(texts(el, ".igt-section-struggles .igt-group-title")).toEqual(["2026-01-10 Acme onsite"]);
		const c = new NoteBuilder("Interviews/2026-03-01 Initech.md").company("Initech").date("2026-03-01").struggle("SQL").build();
		await h.app.vault.create(c.path, c.text);
		el = await h.settle();
		expect(texts(el, ".igt-section-struggles .igt-group-title")).toEqual(["2026-03-01 Initech", "2026-01-10 Acme onsite"]);
		await h.app.vault.delete(file(h, c.path));
		el = await h.settle();
		expect(texts(el, ".igt-section-struggles .igt-group-title")).toEqual(["2026-01-10 Acme onsite"]);
	});

	test("search, status, company and group-by narrow the pane", async () => {
		jest.useFakeTimers();
		try {
			const h = await openTracker([acme, globex]);
			const el = await h.settle();
			const search = el.querySelector<HTMLInputElement>("input.igt-search");
			if (!search) throw new Error("no search box");
			search.value = "three systems";
			search.dispatchEvent(new Event("input"));
			jest.advanceTimersByTime(200);
			expect(texts(el, ".igt-item-title")).toEqual(["Practise design"]);
			expect(texts(el, ".igt-struggle-title")).toEqual([]);
			search.value = "";
			search.dispatchEvent(new Event("input"));
			jest.advanceTimersByTime(200);
			const [company, status, , groupBy] = [...el.querySelectorAll<HTMLSelectElement>("select.igt-select")];
			status!.value = "done";
			status!.dispatchEvent(new Event("change"));
			expect(texts(el, ".igt-item-title")).toEqual(["Send thank-you mail"]);
			status!.value = "all";
			status!.dispatchEvent(new Event("change"));
			expect([...company!.options].map((o) => o.text)).toEqual(["All companies", "Acme", "Globex"]);
			company!.value = "Globex";
			company!.dispatchEvent(new Event("change"));
			expect(texts(el, ".igt-item-title")).toEqual(["Write STAR stories"]);
			company!.value = "";
			company!.dispatchEvent(new Event("change"));
			groupBy!.value = "company";
			groupBy!.dispatchEvent(new Event("change"));
			expect(texts(el, ".igt-section-actions .igt-group-title")).toEqual(["Acme", "Globex"]);
			expect(texts(el, ".igt-section-actions .igt-interview-title")).toEqual(["2026-01-10 Acme", "2026-02-01 Globex"]);
			expect(h.view.getState()).toMatchObject({ groupBy: "company" });
		} finally {
			jest.useRealTimers();
		}
	});

	test("the From and To dates narrow the pane to interviews in that range, and are kept in the view state", async () => {
		const h = await openTracker([acme, globex]);
		const el = await h.settle();
		const pick = (label: string, value: string) => {
			const input = [...el.querySelectorAll<HTMLLabelElement>("label.igt-date")].find((l) => l.textContent === label)?.querySelector("input");
			if (!input) throw new Error(`no ${label} date`);
			input.value = value;
			input.dispatchEvent(new Event("change"));
		};
		pick("From", "2026-01-15");
		expect(texts(el, ".igt-section-actions .igt-group-title")).toEqual(["2026-02-01 Globex"]);
		expect(texts(el, ".igt-counts span")).toEqual(["1 interview", "1 open", "0 done"]);
		pick("From", "");
		pick("To", "2026-01-10");
		expect(texts(el, ".igt-section-actions .igt-group-title")).toEqual(["2026-01-10 Acme"]);
		expect(h.view.getState()).toMatchObject({ filter: { from: null, to: "2026-01-10" } });
	});

	test("a filter that hides everything says so and can be cleared", async () => {
		const h = await openTracker([acme], { state: { filter: { search: "no such words" } } });
		const el = await h.settle();
		expect(el.querySelector(".igt-empty")?.textContent).toBe("Nothing matches these filters.Clear filters");
		el.querySelector<HTMLButtonElement>(".igt-empty button")?.click();
		expect(texts(el, ".igt-struggle-title")).toEqual(["System design"]);
	});

	test("an empty vault explains how to tag a note, with the tag from settings", async () => {
		const h = await openTracker([{ path: "Notes/a.md", text: "# Just a note" }]);
		const el = await h.settle();
		expect(el.querySelector(".igt-empty")?.textContent).toBe(
			"No interview notes yetThe tracker lists notes tagged #real-interview. Add the tag to a reflection note, in its properties (tags: real-interview) or anywhere in the text, and give the note a Where I Struggled and an Action Items section.",
		);
		expect(el.querySelector<HTMLElement>(".igt-header")?.style.display).toBe("none");
	});

	test("per-note warnings are listed with the note", async () => {
		const h = await openTracker([acme, new NoteBuilder("Interviews/2026-02-01 Bare.md").withoutActionSection().struggle("Nerves").build()]);
		const el = await h.settle();
		expect(texts(el, ".igt-section-warnings .igt-interview-title")).toEqual(["2026-02-01 Bare"]);
		expect(texts(el, ".igt-section-warnings .igt-warning")).toEqual(["No 'Action Items' section (no heading starts with 'Action Items'; other names can be added in the settings)"]);
	});

	test("a group's chevron is its keyboard toggle; Enter on the title link opens the note instead", async () => {
		const h = await openTracker([acme, globex]);
		const el = await h.settle();
		const group = el.querySelector<HTMLElement>(`.igt-section-actions .igt-group[data-key="interview:${acme.path}"]`);
		const chevron = group?.querySelector<HTMLElement>(".igt-group-head > .igt-collapse-icon");
		const link = group?.querySelector<HTMLElement>(".igt-group-title");
		if (!group || !chevron || !link) throw new Error("no group head");
		expect([group.querySelector(".igt-group-head")?.getAttribute("role"), chevron.getAttribute("role"), chevron.getAttribute("aria-expanded"), chevron.getAttribute("aria-label")]).toEqual([null, "button", "true", "2026-01-10 Acme"]);
		link.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
		expect(group.classList.contains("is-collapsed")).toBe(false);
		chevron.focus();
		chevron.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true, cancelable: true }));
		expect(group.classList.contains("is-collapsed")).toBe(true);
		expect(chevron.getAttribute("aria-expanded")).toBe("false");
		expect(document.activeElement).toBe(chevron);
		const sectionHead = el.querySelector<HTMLElement>(".igt-section-struggles .igt-section-head");
		expect(sectionHead?.getAttribute("aria-expanded")).toBe("true");
		sectionHead?.click();
		expect(sectionHead?.getAttribute("aria-expanded")).toBe("false");
	});

	test("focus on a note's title link in the Struggles section stays there when an edit rebuilds both of its links", async () => {
		const h = await openTracker([acme, globex]);
		const el = await h.settle();
		const inStruggles = () => el.querySelector<HTMLElement>(`.igt-section-struggles .igt-group[data-key="interview:${acme.path}"] .igt-group-title`);
		const before = inStruggles();
		before?.focus();
		await h.app.vault.modify(file(h, acme.path), acme.text.replace("Send thank-you mail", "Send a thank-you mail"));
		await h.settle();
		expect(inStruggles()).not.toBe(before);
		expect(document.activeElement).toBe(inStruggles());
	});

	test("'Nothing matches these filters' sits right under the header, above the gaps", async () => {
		const h = await openTracker([acme, globex], { themes: { themes: [], themesOfStruggle: () => [], themesOfItem: () => [] }, state: { filter: { search: "zzqx" } } });
		const el = await h.settle();
		const order = [...el.children].map((c) => c.className.split(" ")[0]);
		expect(order.slice(0, 3)).toEqual(["igt-header", "igt-message", "igt-section"]);
		expect(el.querySelector(".igt-message")?.textContent).toMatch(/Nothing matches these filters/);
	});

	test("collapsed groups survive updates and are kept in the view state", async () => {
		const h = await openTracker([acme, globex]);
		const el = await h.settle();
		const head = el.querySelector<HTMLElement>(`.igt-section-actions .igt-group[data-key="interview:${acme.path}"] .igt-group-head`);
		head?.click();
		expect(h.view.getState()).toMatchObject({ collapsed: [`actions|interview:${acme.path}`] });
		expect(h.app.workspace.saveLayoutRequests).toBeGreaterThan(0);
		await h.app.vault.modify(file(h, globex.path), globex.text + "\nmore\n");
		await h.settle();
		expect(texts(el, ".igt-item-title")).toEqual(["Write STAR stories"]);
		const restored = await openTracker([acme, globex], { state: h.view.getState() });
		expect(texts(await restored.settle(), ".igt-item-title")).toEqual(["Write STAR stories"]);
	});

	test("a collapsed note keeps its fold when renamed, and a deleted one's fold leaves the saved view state", async () => {
		const h = await openTracker([acme, globex], { state: { collapsed: ["actions|interview:Interviews/Gone before this session.md"] } });
		const el = await h.settle();
		expect(h.view.getState().collapsed).toEqual([]);
		for (const note of [acme, globex]) el.querySelector<HTMLElement>(`.igt-section-actions .igt-group[data-key="interview:${note.path}"] .igt-group-head`)?.click();
		const moved = "Archive/2026-01-10 Acme.md";
		await h.app.vault.rename(file(h, acme.path), moved);
		await h.settle();
		expect(el.querySelector(`.igt-section-actions .igt-group[data-key="interview:${moved}"]`)?.classList.contains("is-collapsed")).toBe(true);
		expect(h.view.getState().collapsed).toEqual([`actions|interview:${globex.path}`, `actions|interview:${moved}`]);
		await h.app.vault.delete(file(h, globex.path));
		await h.settle();
		expect(h.view.getState().collapsed).toEqual([`actions|interview:${moved}`]);
		const folder = h.app.vault.getFolderByPath("Archive");
		if (!folder) throw new Error("no folder");
		await h.app.vault.rename(folder, "Past");
		await h.settle();
		expect(h.view.getState().collapsed).toEqual(["actions|interview:Past/2026-01-10 Acme.md"]);
		const saves = h.app.workspace.saveLayoutRequests;
		await h.app.vault.modify(file(h, "Past/2026-01-10 Acme.md"), acme.text + "\nmore\n");
		await h.settle();
		expect(h.app.workspace.saveLayoutRequests).toBe(saves);
	});

	test("struggles carry theme chips and the theme filter appears when themes exist", async () => {
		const notes = [acme, globex].map((n) => parseNote(n.path, n.text, DEFAULT_SETTINGS)).filter((iv) => iv !== null);
		const themes = computeThemes(notes, DEFAULT_SETTINGS);
		const h = await openTracker([acme, globex], { themes });
		const el = await h.settle();
		const line = acme.text.split("\n").indexOf("### System design") + 1;
		expect(themes.themesOfStruggle(acme.path, line).length).toBeGreaterThan(0);
		const chips = el.querySelector(`.igt-entry[data-path="${acme.path}"] .igt-chips`);
		expect(chips?.textContent).toBe(themes.themesOfStruggle(acme.path, line).join(""));
		const themeSelect = [...el.querySelectorAll<HTMLSelectElement>("select.igt-select")][2];
		expect(themeSelect?.style.display).toBe("");
		expect(themeSelect?.options.length).toBe(themes.themes.length + 1);
	});

	test("a new theme analysis rebuilds only the entries whose chips changed", async () => {
		const chips = new Map<string, string[]>();
		const analysis = (): ThemeAnalysis => ({ themes: [], themesOfStruggle: (p, l) => chips.get(`${p}:${l}`) ?? [], themesOfItem: () => [] });
		const h = await openTracker([acme, globex], { themes: analysis() });
		const el = await h.settle();
		const entries = () => [...el.querySelectorAll<HTMLElement>(".igt-entry")];
		const before = entries();
		expect(before).toHaveLength(4);
		// The themes engine hands out a new object after every edit, mostly with the same chips.
		h.ctx.themes = () => analysis();
		h.view.redraw();
		expect(entries().every((e, i) => e === before[i])).toBe(true);
		chips.set(`${acme.path}:${acme.text.split("\n").indexOf("### System design") + 1}`, ["Impact"]);
		h.ctx.themes = () => analysis();
		h.view.redraw();
		const rebuilt = entries().filter((e, i) => e !== before[i]);
		expect(rebuilt.map((e) => [e.closest(".igt-section")?.classList.contains("igt-section-struggles"), e.dataset.path])).toEqual([[true, acme.path]]);
		expect(texts(el, ".igt-chip")).toEqual(["Impact"]);
	});

	test("with a theme filter on, a new analysis that moves a struggle out of the theme hides it", async () => {
		const two = new NoteBuilder("Interviews/2026-03-01 Initech.md").company("Initech").date("2026-03-01").struggle("Behavioural").struggle("Conflict story").build();
		const at = (title: string) => ({ path: two.path, line: two.text.split("\n").indexOf(`### ${title}`) + 1, title, date: "2026-03-01" });
		let members = [at("Behavioural"), at("Conflict story")];
		const analysis = (): ThemeAnalysis => {
			const theme: Theme = { id: "behaviour", name: "Behaviour", source: "auto", struggles: members, interviews: [], occurrences: members.length, firstSeen: null, lastSeen: null, openItems: [], doneItems: [], status: "new", score: 1 };
			return { themes: [theme], themesOfStruggle: (p, l) => (members.some((m) => m.path === p && m.line === l) ? ["Behaviour"] : []), themesOfItem: () => [] };
		};
		const h = await openTracker([two, globex], { themes: analysis(), state: { filter: { themeId: "behaviour" } } });
		const el = await h.settle();
		expect(texts(el, ".igt-struggle-title")).toEqual(["Behavioural", "Conflict story"]);
		// Same note object, same filter: only the analysis says the entry now shows less.
		members = [at("Conflict story")];
		h.ctx.themes = () => analysis();
		h.view.redraw();
		expect(texts(el, ".igt-struggle-title")).toEqual(["Conflict story"]);
	});

	test("when the filtered gap leaves the analysis, the filter stays (it may come back as the note is typed) and the Theme menu says it is not found", async () => {
		const two = new NoteBuilder("Interviews/2026-03-01 Initech.md").company("Initech").date("2026-03-01").struggle("Behavioural").build();
		const struggles = [{ path: two.path, line: two.text.split("\n").indexOf("### Behavioural") + 1, title: "Behavioural", date: "2026-03-01" }];
		const theme: Theme = { id: "behaviour", name: "Behaviour", source: "dictionary", struggles, interviews: [], occurrences: 1, firstSeen: null, lastSeen: null, openItems: [], doneItems: [], status: "new", score: 1 };
		const other: Theme = { ...theme, id: "other", name: "Other", struggles: [] };
		const analysis = (themes: Theme[]): ThemeAnalysis => ({ themes, themesOfStruggle: () => [], themesOfItem: () => [] });
		const h = await openTracker([two, globex], { themes: analysis([theme, other]), state: { filter: { themeId: "behaviour" } } });
		const el = await h.settle();
		expect(texts(el, ".igt-struggle-title")).toEqual(["Behavioural"]);
		const themeMenu = () => [...el.querySelectorAll<HTMLSelectElement>("select.igt-select")][2];
		h.ctx.themes = () => analysis([other]);
		h.view.redraw();
		expect(h.view.getState()).toMatchObject({ filter: { themeId: "behaviour" } });
		expect(themeMenu()?.value).toBe("behaviour");
		expect(themeMenu()?.selectedOptions[0]?.textContent).toBe("behaviour (not found now)");
		expect(themeMenu()?.style.display).not.toBe("none");
		// Back in the analysis (the struggle was typed back): the filter applies again, by its name.
		h.ctx.themes = () => analysis([theme, other]);
		h.view.redraw();
		expect(texts(el, ".igt-struggle-title")).toEqual(["Behavioural"]);
		expect(themeMenu()?.selectedOptions[0]?.textContent).toBe("Behaviour");
	});
});
