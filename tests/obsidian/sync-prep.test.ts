/** @jest-environment jsdom */
import { Notice } from "../fakes/obsidian";
import { boxFor, click, syncHarness, type SyncHarness } from "./sync-harness";

const S = "Interviews/Acme.md";
const source = {
	path: S,
	text: [
		"---",
		"tags: [real-interview]",
		"---",
		"## Action Items",
		"- [ ] Practise design ^igt-item01",
		"  - [ ] Read a chapter ^igt-step01",
		"  - [ ] Draw three systems ^igt-step02",
		"- [ ] Send mail ^igt-mail01",
		"",
	].join("\n"),
};
const prepA = {
	path: "Prep/Prep A.md",
	text: [
		"# Prep A",
		"- [ ] Practise design ([[Interviews/Acme#^igt-item01|Acme]])",
		"\t- [ ] Read a chapter ([[Interviews/Acme#^igt-step01|Acme]])",
		"\t- [ ] Draw three systems ([[Interviews/Acme#^igt-step02|Acme]])",
		"- [ ] Send mail ([[Interviews/Acme#^igt-mail01|Acme]])",
		"",
	].join("\r\n"),
};
const prepB = { path: "Prep/Prep B.md", text: "# Prep B\n\nNotes first.\n\n- [ ] Read a chapter ([[Acme#^igt-step01]])\n- [ ] Send mail ([[Acme#^igt-mail01|Acme]]) extra\n" };

const setLine = (text: string, needle: string, checked: boolean) =>
	text
		.split("\n")
		.map((l) => (l.includes(needle) ? l.replace(/\[[ xX]\]/, checked ? "[x]" : "[ ]") : l))
		.join("\n");

async function ready(): Promise<SyncHarness> {
	return syncHarness([source, prepA, prepB]);
}
const text = (h: SyncHarness, path: string) => h.app.vault.contentOf(path) ?? "";

describe("prep notes ↔ source", () => {
	test("a tick in a prep note ticks the source and the other prep note, one write each", async () => {
		const h = await ready();
		await h.edit(prepA.path, (t) => setLine(t, "^igt-step01", true));
		await h.settle();
		expect(text(h, S)).toBe(source.text.replace("[ ] Read", "[x] Read"));
		expect(text(h, prepB.path)).toBe(prepB.text.replace("[ ] Read", "[x] Read"));
		expect(text(h, prepA.path)).toBe(prepA.text.replace("[ ] Read", "[x] Read"));
		expect(h.writes).toEqual(new Map([[S, 1], [prepB.path, 1]]));
		expect(Notice.shown).toEqual([]);
	});

	test("ticking an item copy ticks the item and its steps in the source, and every copy of them", async () => {
		const h = await ready();
		await h.edit(prepA.path, (t) => setLine(t, "^igt-item01", true));
		await h.settle();
		expect(text(h, S)).toBe(source.text.replace(/\[ \] (Practise|Read|Draw)/g, "[x] $1"));
		expect(text(h, prepA.path)).toBe(prepA.text.replace(/\[ \] (Practise|Read|Draw)/g, "[x] $1"));
		expect(text(h, prepB.path)).toBe(prepB.text.replace("[ ] Read", "[x] Read"));
		expect(h.writes).toEqual(new Map([[S, 1], [prepA.path, 1], [prepB.path, 1]]));
	});

	test("unticking an item copy opens the ticked steps it carries in the source; a cancelled or deferred step keeps its status", async () => {
		const src = {
			path: S,
			text: ["---", "tags: [real-interview]", "---", "## Action Items", "- [x] Practise design ^igt-item01", "  - [x] Read a chapter ^igt-step01", "  - [-] Draw three systems ^igt-step02", "  - [>] Ask Bo ^igt-step03", ""].join("\n"),
		};
		const prep = { path: "Prep/A.md", text: "- [x] Practise design ([[Interviews/Acme#^igt-item01|Acme]])\n\t- [x] Read a chapter ([[Interviews/Acme#^igt-step01|Acme]])\n" };
		const h = await syncHarness([src, prep]);
		await h.edit(prep.path, (t) => t.replace("- [x] Practise", "- [ ] Practise"));
		await h.settle();
		expect(Notice.shown).toEqual([]);
		expect(text(h, S)).toBe(src.text.replace("- [x] Practise", "- [ ] Practise").replace("- [x] Read", "- [ ] Read"));
		expect(text(h, prep.path)).toBe(prep.text.replace(/\[x\]/g, "[ ]"));
	});

	test("unticking an item copy whose steps are all ticked and none carried opens them all: the item must not stay done", async () => {
		const src = { path: S, text: ["---", "tags: [real-interview]", "---", "## Action Items", "- [x] Practise design ^igt-item01", "  - [x] Read a chapter", "  - [x] Draw", ""].join("\n") };
		const prep = { path: "Prep/A.md", text: "- [x] Practise design ([[Interviews/Acme#^igt-item01|Acme]])\n" };
		const h = await syncHarness([src, prep]);
		await h.edit(prep.path, (t) => t.replace("- [x] Practise", "- [ ] Practise"));
		await h.settle();
		expect(text(h, S)).toBe(src.text.replace(/\[x\]/g, "[ ]"));
	});

	test("ticking an item copy and then unticking it reopens the steps the prep note carries, not a step done before it was made", async () => {
		const src = {
			path: S,
			text: ["---", "tags: [real-interview]", "---", "## Action Items", "- [ ] Practise design ^igt-item01", "  - [x] Done in March", "  - [ ] Rate limiter ^igt-step02", ""].join("\n"),
		};
		const prep = {
			path: "Prep/A.md",
			text: "- [ ] Practise design ([[Interviews/Acme#^igt-item01|Acme]])\n\t- [ ] Rate limiter ([[Interviews/Acme#^igt-step02|Acme]])\n",
		};
		const h = await syncHarness([src, prep]);
		await h.edit(prep.path, (t) => t.replace("- [ ] Practise", "- [x] Practise"));
		await h.settle();
		expect(text(h, S)).toBe(src.text.replace("- [ ] Practise", "- [x] Practise").replace("- [ ] Rate", "- [x] Rate"));
		expect(text(h, prep.path)).toBe(prep.text.replace(/\[ \]/g, "[x]"));
		await h.edit(prep.path, (t) => t.replace("- [x] Practise", "- [ ] Practise"));
		await h.settle();
		expect(text(h, S)).toBe(src.text);
		expect(text(h, prep.path)).toBe(prep.text);
		expect(Notice.shown).toEqual([]);
	});

	test("a tick in the source, in the editor or from the pane, reaches every copy; nothing bounces back", async () => {
		const h = await ready();
		await h.edit(S, (t) => setLine(t, "^igt-mail01", true));
		await h.settle();
		expect(text(h, prepA.path)).toBe(prepA.text.replace("[ ] Send", "[x] Send"));
		expect(text(h, prepB.path)).toBe(prepB.text.replace("[ ] Send", "[x] Send"));
		expect(h.writes).toEqual(new Map([[prepA.path, 1], [prepB.path, 1]]));
		h.writes.clear();
		click(boxFor(h.view.contentEl, "Draw three systems"));
		await h.settle();
		expect(text(h, prepA.path)).toContain("\t- [x] Draw three systems");
		expect(h.writes).toEqual(new Map([[S, 1], [prepA.path, 1]]));
		await h.settle();
		expect(h.writes).toEqual(new Map([[S, 1], [prepA.path, 1]]));
	});

	test("after renaming the source, Obsidian's link update is not a tick, and syncing goes on both ways", async () => {
		const h = await ready();
		await h.app.fileManager.renameFile(h.file(S), "Archive/Acme 2026.md");
		await h.settle();
		const moved = "Archive/Acme 2026.md";
		expect(text(h, prepA.path)).toBe(prepA.text.replaceAll("[[Interviews/Acme#", "[[Archive/Acme 2026#"));
		expect(text(h, prepB.path)).toBe(prepB.text.replaceAll("[[Acme#", "[[Acme 2026#"));
		h.writes.clear();
		await h.edit(prepB.path, (t) => setLine(t, "^igt-step01", true));
		await h.settle();
		expect(text(h, moved)).toBe(source.text.replace("[ ] Read", "[x] Read"));
		expect(text(h, prepA.path)).toContain("\t- [x] Read a chapter ([[Archive/Acme 2026#^igt-step01|Acme]])");
		await h.edit(moved, (t) => setLine(t, "^igt-mail01", true));
		await h.settle();
		expect(text(h, prepB.path)).toContain("- [x] Send mail");
		expect(h.writes).toEqual(new Map([[moved, 1], [prepA.path, 2], [prepB.path, 1]]));
	});

	test("a copy whose source line is gone: Notice, the prep note keeps the tick, nothing else is written", async () => {
		const h = await ready();
		await h.edit(S, (t) => t.replace(" ^igt-mail01", ""));
		await h.edit(prepA.path, (t) => setLine(t, "^igt-mail01", true));
		await h.settle();
		expect(Notice.shown).toEqual([`Couldn't tick “Send mail” in ${S}: its line there is gone (no line ends in ^igt-mail01). Only the prep note changed.`]);
		expect(h.writes.size).toBe(0);
	});

	test("notices for ticks that cannot reach their source name the copy and the note, and say only the prep note changed", async () => {
		const h = await ready();
		await h.edit(S, (t) => t.replace("- [ ] Send mail ^igt-mail01", "- [ ] Send mail ^igt-mail01\n- [ ] Send mail again ^igt-mail01"));
		await h.edit(prepA.path, (t) => setLine(t, "^igt-mail01", true));
		await h.edit(prepB.path, (t) => `${t}- [ ] Call Bo ([[Gone/Nowhere#^igt-gone01|Nowhere]])\n`);
		await h.settle();
		await h.edit(prepB.path, (t) => t.replace("- [ ] Call Bo", "- [x] Call Bo"));
		await h.settle();
		expect(Notice.shown).toEqual([
			`Couldn't tick “Send mail” in ${S}: ^igt-mail01 ends 2 lines there, so which one is meant cannot be told. Only the prep note changed.`,
			"Couldn't tick “Call Bo” in “Gone/Nowhere”: the prep note links to a note that is not in this vault. Only the prep note changed.",
		]);
	});

	test("a step whose text links to another of our blocks syncs to its own source only", async () => {
		const note = (path: string, line: string) => ({ path, text: `---\ntags: [real-interview]\n---\n## Action Items\n${line}\n` });
		const acme = note("Interviews/Acme.md", "- [ ] Redo [[Globex#^igt-other1]] properly ^igt-mine01");
		const globex = note("Interviews/Globex.md", "- [ ] Unrelated task ^igt-other1");
		const prep = { path: "Prep/P.md", text: "- [ ] Redo [[Globex#^igt-other1]] properly ([[Interviews/Acme#^igt-mine01|Acme]])\n" };
		const h = await syncHarness([acme, globex, prep]);
		await h.edit(prep.path, (t) => t.replace("- [ ] Redo", "- [x] Redo"));
		await h.settle();
		expect(text(h, globex.path)).toBe(globex.text);
		expect(text(h, acme.path)).toBe(acme.text.replace("- [ ] Redo", "- [x] Redo"));
	});

	test("a prep note made later is learnt, not pushed; then it syncs", async () => {
		const h = await syncHarness([source]);
		const late = { path: "Prep/Late.md", text: "- [x] Read a chapter ([[Acme#^igt-step01]])\n" };
		await h.app.vault.create(late.path, late.text);
		await h.settle();
		expect(h.writes.size).toBe(0);
		expect(text(h, S)).toBe(source.text);
		// At human speed: Obsidian reports each save after parsing it, and two saves before that
		// are one event carrying the last text, which is the state already learnt.
		await h.edit(late.path, (t) => setLine(t, "^igt-step01", false));
		await h.settle();
		await h.edit(late.path, (t) => setLine(t, "^igt-step01", true));
		await h.settle();
		expect(text(h, S)).toBe(source.text.replace("[ ] Read", "[x] Read"));
	});
});

describe("ticks made while the plugin was off", () => {
	const src = (box: string) => ({ path: S, text: `---\ntags: [real-interview]\n---\n## Action Items\n- [${box}] Send mail ^igt-mail01\n` });
	const prep = (box: string) => ({ path: "Prep/A.md", text: `- [${box}] Send mail ([[Interviews/Acme#^igt-mail01|Acme]])\n` });

	test("a ticked copy of an open source is not guessed at, whichever note is newer: nothing is written, a Notice names the prep note", async () => {
		for (const files of [[src(" "), prep("x")], [prep("x"), src(" ")]]) {
			const h = await syncHarness(files);
			expect(text(h, S)).toBe(src(" ").text);
			expect(text(h, "Prep/A.md")).toBe(prep("x").text);
			expect(Notice.shown).toEqual([
				"1 ticked copy in Prep/A.md differs from its interview note, ticked or unticked while the plugin was off. Nothing was synced; untick and tick it again to sync.",
			]);
		}
	});

	test("a ticked copy whose source line cannot take a tick (moved out of the action items) is not reported at start-up", async () => {
		const moved = { path: S, text: "---\ntags: [real-interview]\n---\n## Action Items\n- [ ] Other\n## Notes\n- [ ] Send mail ^igt-mail01\n" };
		await syncHarness([moved, prep("x")]);
		expect(Notice.shown).toEqual([]);
	});

	test("a source ticked while the plugin was off ticks its copies at start-up, whichever note is newer", async () => {
		for (const files of [[src("x"), prep(" ")], [prep(" "), src("x")]]) {
			const h = await syncHarness(files);
			expect(text(h, "Prep/A.md")).toBe(prep("x").text);
			expect(text(h, S)).toBe(src("x").text);
			expect(Notice.shown).toEqual([]);
		}
	});
});

describe("an interview note's own item that links to another note's item is a source, not a copy", () => {
	const note = (path: string, line: string) => ({ path, text: `---\ntags: [real-interview]\n---\n## Action Items\n${line}\n` });
	const acme = (box: string) => note("Interviews/Acme.md", `- [${box}] Redo [[Globex#^igt-other1]] properly ^igt-mine01`);
	const globex = (box: string) => note("Interviews/Globex.md", `- [${box}] Unrelated task ^igt-other1`);

	test("ticking it in the editor leaves the linked item alone", async () => {
		const h = await syncHarness([acme(" "), globex(" ")]);
		await h.edit("Interviews/Acme.md", (t) => t.replace("[ ]", "[x]"));
		await h.settle();
		expect(text(h, "Interviews/Globex.md")).toBe(globex(" ").text);
	});

	test("at start-up, neither is written because of the other, and no Notice", async () => {
		const ticked = await syncHarness([acme(" "), globex("x")]);
		expect(text(ticked, "Interviews/Acme.md")).toBe(acme(" ").text);
		const mine = await syncHarness([acme("x"), globex(" ")]);
		expect(text(mine, "Interviews/Globex.md")).toBe(globex(" ").text);
		expect(Notice.shown).toEqual([]);
	});
});
