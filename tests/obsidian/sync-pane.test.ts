/** @jest-environment jsdom */
import { HEADING_WITHOUT_STEPS } from "../../src/ui/render-hooks";
import { Notice } from "../fakes/obsidian";
import { NoteBuilder } from "../fakes/note-builder";
import { quiet } from "./harness";
import { boxFor, click, syncHarness } from "./sync-harness";

const acme = new NoteBuilder("Interviews/2026-01-10 Acme.md").company("Acme").struggle("System design").action("Practise design", ["Read a chapter", "[x] Draw three systems"]).action("Send thank-you mail").build();
const crlf = { path: "Interviews/2026-02-01 Globex.md", text: new NoteBuilder("x").company("Globex").action("Mock interview ^keep", ["Book a slot  "]).text().replace(/\n/g, "\r\n") };
const headings = {
	path: "Interviews/2026-03-01 Initech.md",
	text: ["---", "tags: [real-interview]", "---", "## Action Items", "### Practise SQL", "- Window functions", "- [x] Joins", "### Rest more", "Just sleep.", ""].join("\n"),
};

function diffBytes(before: string, after: string): { at: number; was: string; now: string }[] {
	const out: { at: number; was: string; now: string }[] = [];
	for (let i = 0; i < Math.max(before.length, after.length); i++) if (before[i] !== after[i]) out.push({ at: i, was: before[i] ?? "", now: after[i] ?? "" });
	return out;
}

describe("pane → note", () => {
	test("clicking a step changes exactly its status character; the pane follows the index", async () => {
		const h = await syncHarness([acme, crlf]);
		const el = await h.settle();
		for (const [note, text] of [[acme, "Read a chapter"], [crlf, "Book a slot"]] as const) {
			const before = h.app.vault.contentOf(note.path) ?? "";
			click(boxFor(el, text));
			await h.settle();
			const after = h.app.vault.contentOf(note.path) ?? "";
			const at = before.indexOf(`[ ] ${text}`) + 1;
			expect(diffBytes(before, after)).toEqual([{ at, was: " ", now: "x" }]);
			expect(boxFor(h.view.contentEl, text).checked).toBe(true);
			expect(boxFor(h.view.contentEl, text).disabled).toBe(false);
		}
		expect(h.writes).toEqual(new Map([[acme.path, 1], [crlf.path, 1]]));
		expect(Notice.shown).toEqual([]);
	});

	test("unticking, and a list item with steps ticks its steps in the same write", async () => {
		const h = await syncHarness([acme]);
		click(boxFor(await h.settle(), "Draw three systems"));
		await h.settle();
		expect(h.app.vault.contentOf(acme.path)).toBe(acme.text.replace("[x] Draw", "[ ] Draw"));
		click(boxFor(h.view.contentEl, "Practise design"));
		await h.settle();
		expect(h.app.vault.contentOf(acme.path)).toBe(acme.text.replace("[ ] Practise", "[x] Practise").replace("[ ] Read", "[x] Read"));
		expect(h.writes.get(acme.path)).toBe(2);
		expect(h.view.contentEl.querySelector(".igt-progress-text")?.textContent).toBe("2/2");
	});

	test("a plain-bullet step (the seed note's style) gains a checkbox when ticked, nothing else changes", async () => {
		const h = await syncHarness([headings]);
		click(boxFor(await h.settle(), "Window functions"));
		await h.settle();
		expect(h.app.vault.contentOf(headings.path)).toBe(headings.text.replace("- Window", "- [x] Window"));
		expect(boxFor(h.view.contentEl, "Window functions").checked).toBe(true);
		expect(Notice.shown).toEqual([]);
	});

	test("a heading item ticks all its steps; a heading without steps is not checkable and says why", async () => {
		const h = await syncHarness([headings]);
		const el = await h.settle();
		const rest = [...el.querySelectorAll<HTMLInputElement>("input.igt-check")].find((b) => b.title === HEADING_WITHOUT_STEPS);
		expect(rest?.disabled).toBe(true);
		click(boxFor(el, "Practise SQL"));
		await h.settle();
		expect(h.app.vault.contentOf(headings.path)).toBe(headings.text.replace("- Window", "- [x] Window"));
		expect(boxFor(h.view.contentEl, "Practise SQL").checked).toBe(true);
	});

	test("the ticked checkbox keeps the keyboard focus once its entry is redrawn, and a second click while writing is undone", async () => {
		const h = await syncHarness([acme]);
		const box = boxFor(await h.settle(), "Read a chapter");
		box.focus();
		click(box);
		click(box);
		expect(box.checked).toBe(true);
		await h.settle();
		expect(h.writes.get(acme.path)).toBe(1);
		const now = boxFor(h.view.contentEl, "Read a chapter");
		expect(now).not.toBe(box);
		expect(now.checked).toBe(true);
		expect(document.activeElement).toBe(now);
	});

	test("edits in the note reach the pane after the coalesced frame", async () => {
		const h = await syncHarness([acme]);
		expect(boxFor(await h.settle(), "Read a chapter").checked).toBe(false);
		await h.app.vault.modify(h.file(acme.path), acme.text.replace("[ ] Read", "[x] Read"));
		await quiet(h);
		expect(boxFor(h.view.contentEl, "Read a chapter").checked).toBe(false);
		expect(h.queued()).toBe(1);
		h.frame();
		expect(boxFor(h.view.contentEl, "Read a chapter").checked).toBe(true);
		expect(h.view.contentEl.querySelector(".igt-progress-text")?.textContent).toBe("2/2");
	});
});

describe("pane → note: nothing is written when it cannot be done right", () => {
	test("a click in a pane one frame behind the index never ticks the other twin", async () => {
		const path = "Interviews/2026-04-01 Twins.md";
		const text = ["---", "tags: [real-interview]", "---", "Intro", "## Action Items", "- [ ] Practise", "- [ ] Practise", "  - [ ] Mock interview", ""].join("\n");
		const h = await syncHarness([{ path, text }]);
		const el = await h.settle();
		const first = el.querySelectorAll<HTMLInputElement>('input.igt-check[aria-label="Mark \\"Practise\\" as done"]')[0];
		if (!first) throw new Error("no checkbox");
		// Saved and re-indexed; the pane redraws on the next frame, which has not come yet.
		await h.edit(path, (t) => t.replace("Intro\n", ""));
		await h.index.settled();
		click(first);
		await Promise.all(h.toggles);
		expect(Notice.shown).toEqual(["Couldn't tick “Practise”: the line moved and 2 lines now match. Nothing was written."]);
		expect(h.app.vault.contentOf(path)).toBe(text.replace("Intro\n", ""));
	});

	test("a line that moved and now matches twice: Notice, no write, the checkbox reverts", async () => {
		const h = await syncHarness([acme]);
		const el = await h.settle();
		// Written behind the index's back (no event): the pane still shows the old line numbers.
		const moved = acme.text.replace("  - [ ] Read a chapter", "  - [ ] Read a chapter\n  - [ ] Read a chapter").replace("## Action Items", "## Action Items\n");
		(h.app.vault as unknown as { seed(f: Record<string, string>): void }).seed({ [acme.path]: moved });
		const box = boxFor(el, "Read a chapter");
		click(box);
		expect(box.checked).toBe(true);
		expect(await h.toggles[0]).toBe(false);
		expect(box.checked).toBe(false);
		expect(h.app.vault.contentOf(acme.path)).toBe(moved);
		expect(h.writes.size).toBe(0);
		expect(Notice.shown).toEqual(["Couldn't tick “Read a chapter”: the line moved and 2 lines now match. Nothing was written."]);
	});

	test("a note deleted since indexing: Notice, no write, no throw", async () => {
		const h = await syncHarness([acme]);
		const box = boxFor(await h.settle(), "Read a chapter");
		// Deleted after the pane drew it, before the next frame redraws the pane.
		await h.app.vault.delete(h.file(acme.path));
		click(box);
		expect(await h.toggles[0]).toBe(false);
		expect(box.checked).toBe(false);
		expect(Notice.shown).toEqual([`Couldn't tick “Read a chapter” in ${acme.path}: the note no longer exists. Nothing was written.`]);
	});

	test("a vault.process that throws: Notice, the pane reverts, nothing thrown", async () => {
		const h = await syncHarness([acme]);
		const box = boxFor(await h.settle(), "Read a chapter");
		h.app.vault.process = () => Promise.reject(new Error("EACCES: permission denied"));
		const errors = jest.spyOn(console, "error").mockImplementation(() => {});
		click(box);
		expect(await h.toggles[0]).toBe(false);
		expect(box.checked).toBe(false);
		expect(h.app.vault.contentOf(acme.path)).toBe(acme.text);
		expect(Notice.shown).toEqual([`Couldn't tick “Read a chapter” in ${acme.path}: EACCES: permission denied. Nothing was written.`]);
		errors.mockRestore();
	});
});
