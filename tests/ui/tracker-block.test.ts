/** @jest-environment jsdom */
import type { ThemeAnalysis } from "../../src/core/themes/theme-model";
import { TrackerBlock } from "../../src/ui/tracker-block";
import type { TrackerContext } from "../../src/ui/tracker-context";
import { NoteBuilder } from "../fakes/note-builder";
import { createPostProcessorContext } from "../fakes/obsidian";
import { harness, warm } from "../obsidian/harness";
import { texts } from "./view-harness";

const shopee = new NoteBuilder("Interviews/2025-11-23 Shopee.md").company("Shopee").date("2025-11-23").struggle("Business impact").action("Numbers", [], true).action("Mock interview").build();
const grab = new NoteBuilder("Interviews/2025-09-18 Grab.md").company("Grab").date("2025-09-18").struggle("Idempotency").action("Read about keys").build();

const oneGap: ThemeAnalysis = {
	themes: [
		{ id: "impact", name: "Business impact", source: "dictionary", struggles: [], interviews: [], occurrences: 3, firstSeen: null, lastSeen: null, openItems: [], doneItems: [], status: "recurring", score: 2 },
	],
	themesOfStruggle: () => [],
	themesOfItem: () => [],
};

async function block(source: string, themes: ThemeAnalysis | null = null, notes = [shopee, grab], extra: Partial<TrackerContext> = {}) {
	const h = harness(notes);
	await warm(h);
	const listeners = new Set<() => void>();
	const ctx: TrackerContext = {
		data: h.index,
		tag: () => "real-interview",
		sectionNames: () => ({ struggles: "Where I Struggled", actions: "Action Items" }),
		themes: () => themes,
		// As the plugin wires them: chips and change notices come from the current analysis.
		onThemesChanged: (listener) => {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		hooks: { open: () => {}, themesOfStruggle: (path, line) => ctx.themes()?.themesOfStruggle(path, line) ?? [] },
		...extra,
	};
	const el = document.createElement("div");
	const pctx = createPostProcessorContext("Notes/Dashboard.md");
	pctx.addChild(new TrackerBlock(el, source, ctx));
	const setThemes = (next: ThemeAnalysis) => {
		themes = next;
		for (const l of listeners) l();
	};
	return { h, el, pctx, setThemes };
}

describe("gap-tracker code block", () => {
	test("with no options shows action items and struggles of every interview", async () => {
		const { el } = await block("");
		expect(texts(el, ".igt-section-title")).toEqual(["Action items", "Struggles"]);
		expect(texts(el, ".igt-struggle-title")).toEqual(["Business impact", "Idempotency"]);
	});

	test("company, status, section and limit choose a part", async () => {
		expect(texts((await block("company: shopee\nstatus: open\nsection: actions")).el, ".igt-item-title")).toEqual(["Mock interview"]);
		const limited = (await block("section: struggles\nlimit: 1")).el;
		expect(texts(limited, ".igt-section-title")).toEqual(["Struggles"]);
		expect(texts(limited, ".igt-struggle-title")).toEqual(["Business impact"]);
	});

	test("a filter that matches nothing says so instead of leaving the block blank, and recovers when a note matches", async () => {
		const { h, el } = await block("company: Acme Corp");
		expect(el.textContent).toBe("Nothing matches company: Acme Corp.");
		const acme = new NoteBuilder("Interviews/2026-01-01 Acme.md").company("Acme Corp").struggle("Sharding").build();
		await h.app.vault.create(acme.path, acme.text);
		await h.index.settled();
		h.frame();
		expect(texts(el, ".igt-struggle-title")).toEqual(["Sharding"]);
		expect((await block("company: grab\nstatus: done\nsection: actions")).el.textContent).toBe("Nothing matches company: grab, status: done.");
	});

	test("an unknown key gets a clear inline message and the rest still renders", async () => {
		const { el } = await block("compnay: Grab\nsection: struggles");
		expect(el.querySelector(".igt-block-errors")?.textContent).toBe(
			"This gap-tracker block has lines it cannot use:Line 1: unknown key 'compnay'; use one of company, status, section, limit",
		);
		expect(texts(el, ".igt-struggle-title")).toEqual(["Business impact", "Idempotency"]);
	});

	test("stays live while shown and stops listening once unloaded", async () => {
		const { h, el, pctx } = await block("section: struggles");
		const c = new NoteBuilder("Interviews/2026-01-01 Canva.md").company("Canva").date("2026-01-01").struggle("Go generics").build();
		await h.app.vault.create(c.path, c.text);
		await h.index.settled();
		h.frame();
		expect(texts(el, ".igt-struggle-title")).toEqual(["Go generics", "Business impact", "Idempotency"]);
		pctx.children[0]?.unload();
		await h.app.vault.delete(h.app.vault.getFileByPath(c.path) as never);
		h.frame();
		expect(texts(el, ".igt-struggle-title")).toEqual(["Go generics", "Business impact", "Idempotency"]);
	});

	test("theme chips appear when the analysis arrives after the first render", async () => {
		const { el, setThemes } = await block("section: struggles");
		expect(el.querySelectorAll(".igt-chip")).toHaveLength(0);
		const line = shopee.text.split("\n").indexOf("### Business impact") + 1;
		setThemes({ themes: [], themesOfStruggle: (p, l) => (p === shopee.path && l === line ? ["Business impact & metrics"] : []), themesOfItem: () => [] });
		expect(texts(el, ".igt-chip")).toEqual(["Business impact & metrics"]);
	});

	test("section: gaps lists themes once the analysis is there, and says there are none yet before", async () => {
		const waiting = await block("section: gaps");
		expect(waiting.el.textContent).toBe("No recurring gaps to show yet.");
		expect(texts((await block("section: gaps", oneGap)).el, ".igt-gap-name")).toEqual(["Business impact"]);
		waiting.setThemes(oneGap);
		expect(texts(waiting.el, ".igt-gap-name")).toEqual(["Business impact"]);
	});

	test("over notes with nothing it can list, says how many and where to see why instead of 'nothing to show'", async () => {
		const bare = new NoteBuilder("Interviews/2026-02-01 Acme.md").company("Acme").withoutStruggleSection().withoutActionSection().build();
		expect((await block("", null, [bare])).el.textContent).toBe(
			"1 tagged note has nothing under 'Action Items' or 'Where I Struggled'; open the gap tracker to see why.",
		);
		const bare2 = new NoteBuilder("Interviews/2026-02-02 Acme.md").company("Acme").struggle("Sharding").withoutActionSection().build();
		expect((await block("company: acme\nsection: actions", null, [bare, bare2, grab])).el.textContent).toBe(
			"2 tagged notes have nothing under 'Action Items'; open the gap tracker to see why.",
		);
		expect((await block("company: Grab\nstatus: done\nsection: actions", null, [bare, grab])).el.textContent).toBe("Nothing matches company: Grab, status: done.");
		expect((await block("status: done\nsection: actions", null, [bare, grab])).el.textContent).toBe(
			"Nothing matches status: done. 1 tagged note has nothing under 'Action Items'; open the gap tracker to see why.",
		);
	});

	test("where the plugin can open the gap tracker, the pointer to it is a button that does", async () => {
		const bare = new NoteBuilder("Interviews/2026-02-01 Acme.md").company("Acme").withoutStruggleSection().withoutActionSection().build();
		let opened = 0;
		const { el } = await block("", null, [bare], { openTracker: () => void opened++ });
		const button = el.querySelector<HTMLButtonElement>("button.igt-open-tracker");
		expect(button?.textContent).toBe("Open gap tracker");
		button?.click();
		expect(opened).toBe(1);
		// Nothing to see in the pane for a misspelt company: no button then.
		expect((await block("company: Nobody", null, [grab], { openTracker: () => {} })).el.querySelector("button.igt-open-tracker")).toBeNull();
	});

	test("section: gaps reports company and status in the error box and still lists the gaps", async () => {
		const { el } = await block("section: gaps\ncompany: Shopee\nstatus: open", oneGap);
		expect(texts(el, ".igt-block-errors li")).toEqual(["Line 2: company does not apply to section: gaps", "Line 3: status does not apply to section: gaps"]);
		expect(texts(el, ".igt-gap-name")).toEqual(["Business impact"]);
	});

	test("a company in quotes or written as a link shows that company's interviews", async () => {
		for (const company of ['"Shopee"', "[[Shopee]]", '"[[Companies/Shopee|Shopee]]"']) {
			const { el } = await block(`company: ${company}\nsection: struggles`);
			expect(el.querySelector(".igt-block-errors")).toBeNull();
			expect(texts(el, ".igt-struggle-title")).toEqual(["Business impact"]);
		}
	});
});
