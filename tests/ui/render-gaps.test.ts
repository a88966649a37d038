/** @jest-environment jsdom */
import { computeThemes } from "../../src/core/themes/compute-themes";
import type { Theme, ThemeAnalysis } from "../../src/core/themes/theme-model";
import { parseNote } from "../../src/core/parse-note";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { RenderHooks } from "../../src/ui/render-hooks";
import { GapsSection } from "../../src/ui/render-gaps";
import { TrackerBlock } from "../../src/ui/tracker-block";
import type { TrackerContext } from "../../src/ui/tracker-context";
import { NoteBuilder } from "../fakes/note-builder";
import { createPostProcessorContext } from "../fakes/obsidian";
import { harness, warm } from "../obsidian/harness";
import { openTracker, texts } from "./view-harness";

const acme = new NoteBuilder("Interviews/2026-01-10 Acme.md")
	.company("Acme")
	.date("2026-01-10")
	.struggle("Business impact", "Could not quantify it. #gap/impact")
	.struggle("Load estimates", "No numbers for the load. #gap/scaling")
	.action("Prepare impact numbers #gap/impact")
	.build();
const globex = new NoteBuilder("Interviews/2026-02-01 Globex.md").company("Globex").date("2026-02-01").struggle("Cost numbers", "#gap/impact").build();
const initech = new NoteBuilder("Interviews/2026-03-01 Initech.md").company("Initech").date("2026-03-01").struggle("Sharding", "#gap/scaling").struggle("Revenue", "#gap/impact").build();
const notes = [acme, globex, initech];
const themesOf = (files: { path: string; text: string }[]): ThemeAnalysis =>
	computeThemes(
		files.map((n) => parseNote(n.path, n.text, DEFAULT_SETTINGS)).filter((iv) => iv !== null),
		DEFAULT_SETTINGS,
	);
const lineOf = (note: { text: string }, heading: string) => note.text.split("\n").indexOf(`### ${heading}`) + 1;
const click = (el: Element | null | undefined, init: MouseEventInit = {}) => el?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));

function plainTheme(id: string, n: number): Theme {
	const interviews = Array.from({ length: n }, (_, i) => ({ path: `${id}-${i}.md`, title: `${id} ${i}`, date: `2025-0${i + 1}-01`, company: null }));
	const struggles = interviews.map((iv) => ({ path: iv.path, line: 3, title: "s", date: iv.date }));
	return { id, name: `Gap ${id}`, source: "auto", struggles, interviews, occurrences: n, firstSeen: null, lastSeen: null, openItems: [], doneItems: [], status: "new", score: 1 };
}
const plain = (...themes: Theme[]): ThemeAnalysis => ({ themes, themesOfStruggle: () => [], themesOfItem: () => [] });

describe("recurring gaps section", () => {
	test("lists ranked themes with status badge, counts, interview chips, open items and one dot per interview", async () => {
		const themes = themesOf(notes);
		const el = await (await openTracker(notes, { themes })).settle();
		const gaps = el.querySelector(".igt-section-gaps");
		expect(gaps?.querySelector(".igt-section-title")?.textContent).toBe("Recurring gaps");
		expect(texts(el, ".igt-gap-name")).toEqual(themes.themes.map((t) => t.name));
		expect(texts(el, ".igt-gap-name")).toEqual(["Impact", "Scaling"]);
		expect(texts(el, ".igt-gap-badge")).toEqual(["Recurring", "Recurring"]);
		expect(texts(el, ".igt-gap-count")).toEqual(["3 struggles in 3 interviews", "2 struggles in 2 interviews"]);
		expect(texts(el, `.igt-gap[data-theme-id="impact"] .igt-gap-chip`)).toEqual(["Acme", "Globex", "Initech"]);
		expect(texts(el, `.igt-gap[data-theme-id="impact"] .igt-gap-item-title`)).toEqual(["Prepare impact numbers #gap/impact"]);
		expect(texts(el, `.igt-gap[data-theme-id="scaling"] .igt-gap-note`)).toEqual(["No action item addresses this gap yet"]);
		const dots = [...el.querySelectorAll(`.igt-gap[data-theme-id="impact"] circle.igt-timeline-dot`)];
		expect(dots.map((d) => [d.getAttribute("cx"), d.querySelector("title")?.textContent])).toEqual([
			["3.00%", "2026-01-10 · Acme"],
			["44.36%", "2026-02-01 · Globex"], // 22 of 50 days, inside the 3% insets,
			["97.00%", "2026-03-01 · Initech"],
		]);
		expect(el.querySelectorAll(`.igt-gap[data-theme-id="scaling"] .igt-timeline-dot`)).toHaveLength(2);
		expect(el.querySelector(".igt-timeline")?.getAttribute("aria-label")).toBe("Seen on 2026-01-10, 2026-02-01 and 2026-03-01");
		expect(texts(el, ".igt-gaps-axis span")).toEqual(["2026-01-10", "2026-03-01"]);
		// The section sits above the other sections of the pane.
		expect(gaps?.compareDocumentPosition(el.querySelector(".igt-tracker") as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
	});

	test("a chip opens the theme's struggle in that interview, passing the modifier keys", async () => {
		const h = await openTracker(notes, { themes: themesOf(notes) });
		const el = await h.settle();
		const chips = el.querySelectorAll(`.igt-gap[data-theme-id="impact"] .igt-gap-chip`);
		click(chips[2]);
		click(chips[0], { metaKey: true });
		expect(h.opened).toEqual([
			{ path: initech.path, line: lineOf(initech, "Revenue"), mod: false },
			{ path: acme.path, line: lineOf(acme, "Business impact"), mod: true },
		]);
	});

	test("a timeline dot opens the theme's struggle in that interview, as its chip does", async () => {
		const h = await openTracker(notes, { themes: themesOf(notes) });
		const el = await h.settle();
		const dots = el.querySelectorAll(`.igt-gap[data-theme-id="impact"] circle.igt-timeline-dot`);
		expect([...dots].every((d) => d.classList.contains("is-link"))).toBe(true);
		click(dots[1]);
		click(dots[2], { ctrlKey: true });
		expect(h.opened).toEqual([
			{ path: globex.path, line: lineOf(globex, "Cost numbers"), mod: false },
			{ path: initech.path, line: lineOf(initech, "Revenue"), mod: true },
		]);
	});

	test("clicking a theme name filters the pane to it and marks it; clicking again clears", async () => {
		const h = await openTracker(notes, { themes: themesOf(notes) });
		const el = await h.settle();
		const themeSelect = () => [...el.querySelectorAll<HTMLSelectElement>("select.igt-select")][2];
		expect(texts(el, ".igt-struggle-title")).toEqual(["Sharding", "Revenue", "Cost numbers", "Business impact", "Load estimates"]);
		click(el.querySelector(`.igt-gap[data-theme-id="scaling"] .igt-gap-name`));
		expect(texts(el, ".igt-section-struggles .igt-struggle-title")).toEqual(["Sharding", "Load estimates"]);
		expect(texts(el, ".igt-item-title")).toEqual([]);
		expect(h.view.getState()).toMatchObject({ filter: { themeId: "scaling" } });
		expect(themeSelect()?.value).toBe("scaling");
		const active = el.querySelector(".igt-gap.is-active");
		expect(active?.getAttribute("data-theme-id")).toBe("scaling");
		expect(active?.querySelector(".igt-gap-name")?.getAttribute("aria-pressed")).toBe("true");
		expect(active?.querySelector(".igt-gap-filter-icon")).not.toBeNull();
		// The other themes stay listed, so the user can switch directly.
		expect(texts(el, ".igt-gap-name")).toEqual(["Impact", "Scaling"]);
		const name = el.querySelector<HTMLElement>(`.igt-gap[data-theme-id="scaling"] .igt-gap-name`);
		name?.focus();
		name?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
		expect(texts(el, ".igt-struggle-title")).toHaveLength(5);
		expect(el.querySelector(".igt-gap.is-active")).toBeNull();
		expect(themeSelect()?.value).toBe("");
		// The section was rebuilt; a keyboard user stays on the same gap, to press Enter again.
		const again = el.querySelector<HTMLElement>(`.igt-gap[data-theme-id="scaling"] .igt-gap-name`);
		expect(again).not.toBe(name);
		expect(document.activeElement).toBe(again);
	});

	test("shows the top five with 'Show all', and keeps a header-filtered theme visible beyond them", async () => {
		const themes = plain(...["a", "b", "c", "d", "e", "f", "g"].map((id) => plainTheme(id, 1)));
		const h = await openTracker(notes, { themes, state: { filter: { themeId: "g" } } });
		const el = await h.settle();
		expect(texts(el, ".igt-gap-name")).toEqual(["Gap a", "Gap b", "Gap c", "Gap d", "Gap e", "Gap g"]);
		const more = el.querySelector<HTMLButtonElement>(".igt-gaps-more");
		expect(more?.textContent).toBe("Show all (7)");
		more?.click();
		expect(texts(el, ".igt-gap-name")).toHaveLength(7);
		el.querySelector<HTMLButtonElement>(".igt-gaps-more")?.click();
		expect(texts(el, ".igt-gap-name")).toHaveLength(6);
	});

	test("says so when there are no themes, and is absent while there are no interviews", async () => {
		const el = await (await openTracker(notes, { themes: plain() })).settle();
		expect(el.querySelector(".igt-gaps-empty")?.textContent).toMatch(/^No gaps yet\./);
		expect(el.querySelector(".igt-section-gaps .igt-count")?.textContent).toBe("0");
		const none = await (await openTracker([{ path: "Notes/a.md", text: "# Just a note" }], { themes: plain() })).settle();
		expect(none.querySelector<HTMLElement>(".igt-section-gaps")?.style.display).toBe("none");
	});

	test("an edit re-renders the pane but not the gaps; a new analysis does", async () => {
		const h = await openTracker(notes, { themes: themesOf(notes) });
		const el = await h.settle();
		const row = el.querySelector(".igt-gap");
		await h.app.vault.modify(h.app.vault.getFileByPath(globex.path) as never, globex.text + "\nmore words\n");
		await h.settle();
		expect(el.querySelector(".igt-gap")).toBe(row);
		h.ctx.themes = () => themesOf([acme, globex]);
		h.view.redraw();
		expect(el.querySelector(".igt-gap")).not.toBe(row);
		expect(texts(el, ".igt-gap-count")).toEqual(["2 struggles in 2 interviews", "1 struggle in 1 interview"]);
		expect(texts(el, ".igt-gap-badge")).toEqual(["Recurring", "New"]);
	});

	test("collapses like the other sections and keeps that in the view state", async () => {
		const h = await openTracker(notes, { themes: themesOf(notes) });
		const el = await h.settle();
		el.querySelector<HTMLElement>(".igt-section-gaps .igt-section-head")?.click();
		expect(el.querySelectorAll(".igt-gap")).toHaveLength(0);
		expect(el.querySelector(".igt-section-gaps")?.classList.contains("is-collapsed")).toBe(true);
		expect(h.view.getState()).toMatchObject({ collapsed: ["section:gaps"] });
		const restored = await openTracker(notes, { themes: themesOf(notes), state: h.view.getState() });
		const again = await restored.settle();
		expect(again.querySelectorAll(".igt-gap")).toHaveLength(0);
		again.querySelector<HTMLElement>(".igt-section-gaps .igt-section-head")?.click();
		expect(again.querySelectorAll(".igt-gap")).toHaveLength(2);
	});

	test("skips rebuilding when nothing it shows changed", () => {
		const analysis = plain(plainTheme("a", 2));
		const hooks: RenderHooks = { open: () => {} };
		const section = new GapsSection(createDiv(), hooks, new Set());
		section.render({ analysis, activeId: null, limit: 5 });
		section.render({ analysis, activeId: null, limit: 5 });
		expect(section.builds).toBe(1);
		section.render({ analysis, activeId: "a", limit: 5 });
		expect(section.builds).toBe(2);
		expect(section.el.querySelector(".igt-gap-name")?.getAttribute("role")).toBeNull();
	});

	test("picking a gap rebuilds only the rows whose look changed; the others keep their DOM", () => {
		const analysis = plain(plainTheme("a", 2), plainTheme("b", 3), plainTheme("c", 1));
		const section = new GapsSection(createDiv(), { open: () => {} }, new Set(), { onPick: () => {} });
		section.render({ analysis, activeId: null, limit: 5 });
		const rows = () => [...section.el.querySelectorAll<HTMLElement>(".igt-gap")];
		const [a, b, c] = rows();
		expect(section.rowsBuilt).toBe(3);
		section.render({ analysis, activeId: "b", limit: 5 });
		expect(rows()[0]).toBe(a);
		expect(rows()[1]).not.toBe(b);
		expect(rows()[2]).toBe(c);
		expect(rows().map((r) => r.classList.contains("is-active"))).toEqual([false, true, false]);
		expect(section.el.querySelector('.igt-gap[data-theme-id="b"] .igt-gap-name')?.getAttribute("aria-pressed")).toBe("true");
		expect(section.rowsBuilt).toBe(4);
		section.render({ analysis, activeId: null, limit: 5 });
		expect(rows().map((r) => r.dataset.themeId)).toEqual(["a", "b", "c"]);
		expect(section.el.querySelectorAll(".igt-gap-name[aria-pressed=true]")).toHaveLength(0);
		expect(section.rowsBuilt).toBe(5);
	});

	test("a new analysis that shows the same rows keeps the DOM; one with another row rebuilds it", () => {
		const hooks: RenderHooks = { open: () => {} };
		const section = new GapsSection(createDiv(), hooks, new Set());
		section.render({ analysis: plain(plainTheme("a", 2)), activeId: null, limit: 5 });
		const row = section.el.querySelector(".igt-gap");
		// What the recompute 400 ms after an edit outside the struggles hands over: equal, not the same object.
		section.render({ analysis: plain(plainTheme("a", 2)), activeId: null, limit: 5 });
		expect(section.builds).toBe(1);
		expect(section.el.querySelector(".igt-gap")).toBe(row);
		section.render({ analysis: plain(plainTheme("a", 3)), activeId: null, limit: 5 });
		expect(section.builds).toBe(2);
	});
});

describe("gap-tracker code block, section: gaps", () => {
	async function block(source: string, themes: ThemeAnalysis) {
		const h = harness(notes);
		await warm(h);
		const opened: string[] = [];
		const ctx: TrackerContext = {
			data: h.index,
			tag: () => "real-interview",
			sectionNames: () => ({ struggles: "Where I Struggled", actions: "Action Items" }),
			themes: () => themes,
			hooks: { open: (path, line) => void opened.push(`${path}:${line}`) },
		};
		const el = createDiv();
		createPostProcessorContext("Notes/Dashboard.md").addChild(new TrackerBlock(el, source, ctx));
		return { el, opened };
	}

	test("renders the same section, capped by limit, with plain names and working chips", async () => {
		const { el, opened } = await block("section: gaps\nlimit: 1", themesOf(notes));
		expect(texts(el, ".igt-section-title")).toEqual(["Recurring gaps"]);
		expect(texts(el, ".igt-gap-name")).toEqual(["Impact"]);
		expect(el.querySelector(".igt-gap-name")?.getAttribute("role")).toBeNull();
		expect(el.querySelectorAll(".igt-timeline-dot")).toHaveLength(3);
		expect(el.querySelector(".igt-gaps-more")?.textContent).toBe("Show all (2)");
		click(el.querySelectorAll(".igt-gap-chip")[1]);
		expect(opened).toEqual([`${globex.path}:${lineOf(globex, "Cost numbers")}`]);
	});
});
