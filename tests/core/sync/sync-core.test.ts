import fc from "fast-check";
import { findCopyLines, markdownBlockLinks, setCopyStates } from "../../../src/core/sync/copy-lines";
import { changedStates, sourceStates } from "../../../src/core/sync/source-states";
import { refusalNotice } from "../../../src/core/sync/sync-messages";
import { SyncState } from "../../../src/core/sync/sync-state";
import { toggleAction } from "../../../src/core/sync/toggle-action";
import { WriteLedger } from "../../../src/core/sync/write-ledger";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/core/settings";
import { toggleStep } from "../../../src/core/toggle/toggle-step";

const prep = [
	"# Prep",
	"- [ ] Practise design ([[Interviews/Acme#^igt-aaa111|Acme]])",
	"\t- [x] Read a chapter ([[Interviews/Acme#^igt-bbb222|Acme]])",
	"- plain bullet ([[Acme#^igt-ccc333]])",
	"- [ ] user id, not ours ([[Acme#^mine]])",
	"- [ ] md link ([Acme](Interviews/My%20Acme.md#^igt-ddd444))",
	"```",
	"- [ ] in code ([[Acme#^igt-eee555]])",
	"```",
].join("\r\n");

describe("copy lines", () => {
	test("only task lines linking an igt- block outside code count", () => {
		expect(findCopyLines(prep)).toEqual([
			{ line: 2, id: "igt-aaa111", link: "Interviews/Acme", checked: false, text: "Practise design" },
			{ line: 3, id: "igt-bbb222", link: "Interviews/Acme", checked: true, text: "Read a chapter" },
			{ line: 6, id: "igt-ddd444", link: "Interviews/My Acme.md", checked: false, text: "md link" },
		]);
	});

	test("a copy follows its own trailing link, not a block link inside the step's text", () => {
		const line = "- [ ] Redo [[Globex#^igt-other1]] and [x](Globex.md#^igt-other2) properly ([[Interviews/Acme#^igt-mine01|Acme]])";
		expect(findCopyLines(line)).toEqual([{ line: 1, id: "igt-mine01", link: "Interviews/Acme", checked: false, text: "Redo [[Globex#^igt-other1]] and [x](Globex.md#^igt-other2) properly" }]);
		const md = "- [ ] Redo [[Globex#^igt-other1]] properly ([Acme](Interviews/Acme.md#^igt-mine02))";
		expect(findCopyLines(md)).toEqual([{ line: 1, id: "igt-mine02", link: "Interviews/Acme.md", checked: false, text: "Redo [[Globex#^igt-other1]] properly" }]);
	});

	test("setting states changes only status characters and skips copies already there", () => {
		const r = setCopyStates(prep, (c) => (c.id === "igt-aaa111" ? true : c.id === "igt-bbb222" ? true : undefined));
		expect(r.lines).toEqual([2]);
		expect(r.text).toBe(prep.replace("- [ ] Practise", "- [x] Practise"));
		expect(setCopyStates(prep, () => undefined).text).toBe(prep);
	});
});

describe("source states", () => {
	const src = ["## Action Items", "- [ ] Practise design ^igt-aaa111", "  - [x] Read ^igt-bbb222", "  - Draw ^igt-fff666", "- [x] twice ^igt-dup", "- [ ] twice ^igt-dup", "- [x] user ^mine"].join("\n");
	test("maps each igt- id to its line's own checkbox; ids on two lines are left out", () => {
		expect(sourceStates(src)).toEqual(new Map([["igt-aaa111", false], ["igt-bbb222", true], ["igt-fff666", false]]));
	});
	test("changedStates reports flips only", () => {
		const before = new Map([["a", false], ["b", true]]);
		expect(changedStates(before, new Map([["a", true], ["b", true], ["c", true]]))).toEqual(new Map([["a", true]]));
	});
});

describe("toggleAction: a list item with steps ticks them with it", () => {
	const note = ["#real-interview", "## Action Items", "- [ ] Practise design", "  - [x] Read a chapter", "  - Draw three systems", "- [ ] Alone", ""].join("\n");
	test("ticking the item ticks its line and every open step in one edit", () => {
		const r = toggleAction(note, { line: 3, expect: "Practise design", parent: null }, "on", DEFAULT_ENGINE_SETTINGS);
		expect(r).toMatchObject({ ok: true, checked: true, line: 3 });
		if (!r.ok) return;
		expect(r.text).toBe(note.replace("- [ ] Practise", "- [x] Practise").replace("- Draw", "- [x] Draw"));
		expect(r.changes.map((c) => c.line)).toEqual([3, 5]);
	});
	test("unticking opens all of them; toggle follows done", () => {
		const all = note.replace("- [ ] Practise", "- [x] Practise").replace("- Draw", "- [x] Draw");
		const off = toggleAction(all, { line: 3 }, "off", DEFAULT_ENGINE_SETTINGS);
		expect(off.ok && off.text).toBe(note.replace("- [x] Read", "- [ ] Read").replace("- Draw", "- [ ] Draw"));
		const t = toggleAction(all, { line: 3 }, "toggle", DEFAULT_ENGINE_SETTINGS);
		expect(t.ok && t.checked).toBe(false);
	});
	test("unticking leaves cancelled, deferred and in-progress statuses alone, as under a heading item", () => {
		const custom = ["#real-interview", "## Action Items", "- [x] Practise design", "  - [x] Read a chapter", "  - [-] Draw three systems", "  - [/] Mock with Sam", "  - [>] Ask Bo", ""].join("\n");
		const off = toggleAction(custom, { line: 3 }, "off", DEFAULT_ENGINE_SETTINGS);
		expect(off.ok && off.text).toBe(custom.replace("- [x] Practise", "- [ ] Practise").replace("- [x] Read", "- [ ] Read"));
	});
	test("a step or an item without steps is exactly toggleStep", () => {
		for (const line of [4, 6]) expect(toggleAction(note, { line }, "toggle", DEFAULT_ENGINE_SETTINGS)).toEqual(toggleStep(note, { line }, "toggle", DEFAULT_ENGINE_SETTINGS));
	});
});

describe("sync state", () => {
	test("first sight of a copy is a baseline; a flip is a change; holders follow renames and deletes", () => {
		const s = new SyncState();
		expect(s.updateCopies("P.md", [{ line: 1, id: "igt-a", link: "S", checked: false, text: "t" }])).toEqual([]);
		expect(s.updateCopies("P.md", [{ line: 3, id: "igt-a", link: "S", checked: true, text: "t" }])).toEqual([{ id: "igt-a", checked: true, link: "S", text: "t" }]);
		expect(s.holdersOf("igt-a")).toEqual(["P.md"]);
		s.rename("P.md", "Q.md");
		expect(s.holdersOf("igt-a")).toEqual(["Q.md"]);
		expect(s.updateCopies("Q.md", [{ line: 3, id: "igt-a", link: "S", checked: true, text: "t" }])).toEqual([]);
		s.delete("Q.md");
		expect(s.holdersOf("igt-a")).toEqual([]);
	});
	test("source: unknown note is learnt silently, then flips are reported", () => {
		const s = new SyncState();
		expect(s.updateSource("S.md", new Map([["igt-a", false]]))).toEqual(new Map());
		expect(s.knowsSource("S.md")).toBe(true);
		expect(s.updateSource("S.md", new Map([["igt-a", true]]))).toEqual(new Map([["igt-a", true]]));
	});
});

describe("write ledger", () => {
	test("an own write is consumed once; a foreign text drops what is pending", () => {
		const l = new WriteLedger();
		l.expect("a.md", "one");
		l.expect("a.md", "two");
		expect(l.consume("a.md", "two")).toBe(true);
		expect(l.size).toBe(0);
		expect(l.consume("a.md", "two")).toBe(false);
		l.expect("a.md", "three");
		expect(l.consume("a.md", "typed")).toBe(false);
		expect(l.consume("a.md", "three")).toBe(false);
	});
});

test("refusal notices say what happened and that nothing was written", () => {
	expect(refusalNotice(true, "Read a chapter", "ambiguous", '"Read a chapter" moved from line 5 and now appears on lines 7, 9; nothing was changed.')).toBe(
		"Couldn't tick “Read a chapter”: the line moved and 2 lines now match. Nothing was written.",
	);
	expect(refusalNotice(true, "Practise", "ambiguous", '"Practise" appears on lines 5, 6, and the note changed since the tracker read it; nothing was changed.')).toBe(
		"Couldn't tick “Practise”: the line moved and 2 lines now match. Nothing was written.",
	);
	expect(refusalNotice(false, "x", "not-checkable", "")).toBe("Couldn't untick “x”: it is a heading with no steps beneath it. Nothing was written.");
	expect(refusalNotice(true, "[ ]\u00a0Mock", "lookalike-box", "")).toBe(
		"Couldn't tick “[ ] Mock”: its “[ ]” is followed by a non-breaking space, so Markdown does not read it as a checkbox. Retype the space after “]” in the note. Nothing was written.",
	);
});

describe("markdown block links", () => {
	const REGEX = /\]\(([^)#\s]*)#\^([A-Za-z0-9-]+)\)/g;
	const byRegex = (line: string) => [...line.matchAll(REGEX)].map((m) => ({ index: m.index, path: m[1] ?? "", id: m[2] ?? "" }));

	test("finds what the link regex finds, on lines made of the characters that matter", () => {
		const alphabet = fc.constantFrom("]", "(", ")", "#", "^", "a", "-", " ", "\u00a0", "[", ".", "%");
		fc.assert(
			fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
				const line = chars.join("");
				expect(markdownBlockLinks(line)).toEqual(byRegex(line));
			}),
			{ numRuns: 3000 },
		);
		// A megabyte of "](" before the link: the regex took about 0.7 s at 40 KB and grew with the square.
		const long = `- [ ] ${"](".repeat(500_000)} [x](Acme.md#^igt-abc123)`;
		expect(findCopyLines(long)).toMatchObject([{ line: 1, id: "igt-abc123", link: "Acme.md", checked: false }]);
		for (const line of ["- [ ] md link ([Acme](Interviews/My%20Acme.md#^igt-ddd444))", "](a](b#^x)", "](a#^b](c#^d)", "[t](x#^a)[u](y#^b)", "](#^a)"]) {
			expect(markdownBlockLinks(line)).toEqual(byRegex(line));
		}
	});
});
