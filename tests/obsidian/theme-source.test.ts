/** @jest-environment jsdom */
import { FRAME_FALLBACK_MS } from "../../src/obsidian/next-frame";
import { ThemeSource } from "../../src/obsidian/theme-source";
import { NoteBuilder } from "../fakes/note-builder";
import type { TFile } from "../fakes/obsidian";
import { harness, warm } from "./harness";

function file(h: ReturnType<typeof harness>, path: string): TFile {
	const f = h.app.vault.getFileByPath(path);
	if (!f) throw new Error(`no file ${path}`);
	return f;
}

const notes = ["a", "b", "c"].map((n, i) =>
	new NoteBuilder(`Interviews/${n}.md`)
		.company(`C${i}`)
		.struggle("System design interviews")
		.struggle("Dynamic programming recursion")
		.build(),
);

describe("ThemeSource.now", () => {
	test("right after a note is deleted, answers for the notes that are left and tells the subscribers", async () => {
		const h = harness(notes);
		await warm(h);
		const themes = new ThemeSource(h.index, () => h.settings);
		themes.load();
		expect(JSON.stringify(themes.now())).toContain("Interviews/c.md");
		let heard = 0;
		themes.subscribe(() => heard++);
		await h.app.vault.delete(file(h, "Interviews/c.md"));
		h.frame();
		// Within the 400 ms quiet time: a report exported now must not link to the deleted note.
		const now = themes.now();
		expect(JSON.stringify(now)).not.toContain("Interviews/c.md");
		expect(now?.themes.length).toBeGreaterThan(0);
		expect(heard).toBe(1);
		expect(themes.now()).toBe(now);
		expect(heard).toBe(1);
		themes.unload();
	});

	test("after the last interview is gone it answers with no themes, not the old ones", async () => {
		const h = harness(notes.slice(0, 1));
		await warm(h);
		const themes = new ThemeSource(h.index, () => h.settings);
		themes.load();
		expect(themes.now()?.themes.length).toBeGreaterThan(0);
		await h.app.vault.delete(file(h, notes[0]?.path ?? ""));
		expect(themes.now()?.themes).toEqual([]);
		themes.unload();
	});
});

describe("ThemeSource.current", () => {
	afterEach(() => jest.restoreAllMocks());

	// A popout asked for the frame and was closed before it painted: its callbacks never run.
	test("computes the first analysis even when the frame it waited for never comes", async () => {
		jest.spyOn(window, "requestAnimationFrame").mockImplementation(() => 0);
		const h = harness(notes);
		await warm(h);
		const themes = new ThemeSource(h.index, () => h.settings);
		themes.load();
		let heard = 0;
		themes.subscribe(() => heard++);
		expect(themes.current()).toBeNull();
		await new Promise((r) => setTimeout(r, FRAME_FALLBACK_MS + 50));
		expect(heard).toBe(1);
		expect(themes.current()?.themes.length).toBeGreaterThan(0);
		themes.unload();
	});
});
