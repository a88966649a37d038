import { FIRST_ACTION_LINE as L, interviewNote, textDiff, toggle, toggled } from "./toggle-helpers";

/** Ticks the first action line of a note built from `lines` and returns that line afterwards. */
function tickLine(lines: string[], line = L, eol = "\n"): string {
	const out = toggled(interviewNote(lines, eol), { line }, "on");
	return out.split(eol)[line - 1] ?? "";
}

describe("toggleStep: task lines change only their status character", () => {
	test.each([
		["- [ ] Practise STAR", "- [x] Practise STAR"],
		["* [ ] star marker", "* [x] star marker"],
		["+ [ ] plus marker", "+ [x] plus marker"],
		["1. [ ] numbered dot", "1. [x] numbered dot"],
		["12) [ ] numbered paren", "12) [x] numbered paren"],
		["-\t[ ] tab after marker", "-\t[x] tab after marker"],
		["- [ ]\ttab after box", "- [x]\ttab after box"],
		["- [ ] trailing spaces   ", "- [x] trailing spaces   "],
		["- [ ] with block id ^abc-1", "- [x] with block id ^abc-1"],
		["- [ ] inline field [due:: 2026-01-01] (priority:: high)", "- [x] inline field [due:: 2026-01-01] (priority:: high)"],
		["- [ ] emoji 🚀 text ✅", "- [x] emoji 🚀 text ✅"],
		["- [/] in progress", "- [x] in progress"],
		["- [-] cancelled", "- [x] cancelled"],
		["- [🔥] emoji status", "- [x] emoji status"],
		["> - [ ] in a callout", "> - [x] in a callout"],
		[">> 1) [ ] nested quote", ">> 1) [x] nested quote"],
	])("%j → %j", (before, after) => {
		expect(tickLine([before])).toBe(after);
	});

	test("an already ticked task is left alone and nothing changes", () => {
		const text = interviewNote(["- [X] capital x"]);
		const r = toggle(text, { line: L }, "on");
		expect(r).toMatchObject({ ok: true, text, changes: [], checked: true });
	});

	test.each([
		["- [x] done", "- [ ] done"],
		["- [X] capital", "- [ ] capital"],
		["- [/] in progress unticks to open", "- [ ] in progress unticks to open"],
		["- [-] cancelled unticks to open", "- [ ] cancelled unticks to open"],
	])("untick %j → %j", (before, after) => {
		const out = toggled(interviewNote([before]), { line: L }, "off");
		expect(out.split("\n")[L - 1]).toBe(after);
	});

	test("toggle follows the contract's checked: x unticks, a custom status ticks", () => {
		expect(toggled(interviewNote(["- [x] a"]), { line: L }).split("\n")[L - 1]).toBe("- [ ] a");
		expect(toggled(interviewNote(["- [/] a"]), { line: L }).split("\n")[L - 1]).toBe("- [x] a");
	});

	test("nested steps: only the named line changes", () => {
		const text = interviewNote(["- [ ] Item", "    - [ ] step one", "\t- [ ] step two", "- [ ] Other"]);
		const out = toggled(text, { line: L + 2, expect: "step two" }, "on");
		expect(textDiff(text, out)).toEqual({ at: text.indexOf("- [ ] step two") + 3, removed: " ", inserted: "x" });
	});
});

describe("toggleStep: plain bullets gain a checkbox", () => {
	test.each([
		["- foo", "- [x] foo"],
		["* foo", "* [x] foo"],
		["+ foo", "+ [x] foo"],
		["1. foo", "1. [x] foo"],
		["3) foo", "3) [x] foo"],
		["-   wide gap", "-   [x] wide gap"],
		["> - in a callout", "> - [x] in a callout"],
		["- [link](https://x.y) is not a checkbox", "- [x] [link](https://x.y) is not a checkbox"],
		["- foo ^blk", "- [x] foo ^blk"],
	])("%j → %j", (before, after) => {
		expect(tickLine([before])).toBe(after);
	});

	test("a nested plain step keeps its indentation", () => {
		const text = interviewNote(["- Item", "\t- tabbed step", "- Next"]);
		expect(toggled(text, { line: L + 1, expect: "tabbed step" }, "on").split("\n")[L]).toBe("\t- [x] tabbed step");
	});

	test("unticking a plain bullet changes nothing: it is already open", () => {
		const text = interviewNote(["- foo"]);
		expect(toggle(text, { line: L }, "off")).toMatchObject({ ok: true, text, changes: [], checked: false });
	});

	test("tick then untick leaves `- [ ] text` and nothing else changed", () => {
		const text = interviewNote(["- foo"], "\r\n");
		const twice = toggled(toggled(text, { line: L }), { line: L });
		expect(twice).toBe(text.replace("- foo", "- [ ] foo"));
	});
});

describe("toggleStep: line endings, BOM and other lines stay byte-identical", () => {
	test.each([["\n"], ["\r\n"], ["\r"]])("eol %j", (eol) => {
		const text = interviewNote(["- [ ] a", "- [ ] b  ", "- c"], eol);
		const out = toggled(text, { line: L + 1, expect: "b" }, "on");
		expect(out).toBe(text.replace("- [ ] b", "- [x] b"));
	});

	test("mixed endings and a BOM: line numbers match the parser and nothing else moves", () => {
		const text = "\uFEFF#real-interview\r\n\r## Action Items\n- [ ] one\r\n- [ ] two\r- three\n";
		expect(toggled(text, { line: 4, expect: "one" }, "on")).toBe(text.replace("[ ] one", "[x] one"));
		expect(toggled(text, { line: 5, expect: "two" }, "on")).toBe(text.replace("[ ] two", "[x] two"));
		expect(toggled(text, { line: 6, expect: "three" }, "on")).toBe(text.replace("- three", "- [x] three"));
	});

	test("front matter and no trailing newline", () => {
		const text = "---\ntags: [real-interview]\n---\n# Action Items\n- [ ] last";
		expect(toggled(text, { line: 5 }, "on")).toBe("---\ntags: [real-interview]\n---\n# Action Items\n- [x] last");
	});

	test("reports the change with before and after lines", () => {
		const r = toggle(interviewNote(["- [ ] a ^id1"], "\r\n"), { line: L, expect: "a" }, "on");
		expect(r).toMatchObject({ ok: true, line: L, relocated: false, checked: true, changes: [{ line: L, before: "- [ ] a ^id1", after: "- [x] a ^id1" }] });
	});
});

describe("toggleStep: heading action items tick through their steps", () => {
	const text = interviewNote(["### Practise design", "", "- [ ] ledger prompt", "- [x] rate limiter", "- webhooks", "- [/] with Sam", "", "### Empty heading", "", "Just prose."]);

	test("ticking ticks every open step in one edit", () => {
		const r = toggle(text, { line: L, expect: "Practise design" }, "on");
		if (!r.ok) throw new Error(r.message);
		expect(r.changes.map((c) => c.after)).toEqual(["- [x] ledger prompt", "- [x] webhooks", "- [x] with Sam"]);
		expect(r.text).toBe(text.replace("[ ] ledger", "[x] ledger").replace("- webhooks", "- [x] webhooks").replace("[/] with", "[x] with"));
		expect(r.checked).toBe(true);
	});

	test("unticking opens the ticked steps and leaves custom statuses alone", () => {
		const r = toggle(text, { line: L }, "off");
		if (!r.ok) throw new Error(r.message);
		expect(r.changes).toEqual([{ line: L + 3, before: "- [x] rate limiter", after: "- [ ] rate limiter" }]);
	});

	test("toggle ticks an unfinished heading and unticks a finished one", () => {
		const done = toggled(text, { line: L });
		expect(toggle(done, { line: L })).toMatchObject({ ok: true, checked: false });
	});

	test("a heading with no steps is not checkable", () => {
		expect(toggle(text, { line: L + 7, expect: "Empty heading" })).toMatchObject({ ok: false, reason: "not-checkable" });
	});
});

describe("toggleStep: a box followed by a non-breaking space is not a checkbox", () => {
	// Option+Space on a Mac types U+00A0; Markdown then reads `[ ]` as text, so inserting a box
	// would leave `- [x] [ ] Mock`.
	test.each(["- [ ]\u00a0Mock interview", "1. [x]\u202fDrill", "- [ ]\u3000Ideographic"])("%j is refused when ticked, unchanged", (line) => {
		const text = interviewNote([line]);
		expect(toggle(text, { line: L }, "on")).toMatchObject({ ok: false, reason: "lookalike-box" });
	});

	test("a heading item whose steps include one is refused as a whole", () => {
		const text = interviewNote(["### Drills", "- [ ] real step", "- [ ]\u00a0lookalike"]);
		const r = toggle(text, { line: L }, "on");
		expect(r).toMatchObject({ ok: false, reason: "lookalike-box" });
		expect(!r.ok && r.message).toMatch(new RegExp(`^Line ${L + 2} `));
	});

	test("unticking such a bullet is already a no-op, and a box then a plain space still ticks", () => {
		expect(toggle(interviewNote(["- [ ]\u00a0Mock"]), { line: L }, "off")).toMatchObject({ ok: true, changes: [] });
		expect(tickLine(["- [ ] text with\u00a0nbsp later"])).toBe("- [x] text with\u00a0nbsp later");
		expect(tickLine(["- plain [ ]\u00a0later"])).toBe("- [x] plain [ ]\u00a0later");
	});
});

describe("toggleStep: what is not a step", () => {
	const text = interviewNote(["- [ ] real", "", "Some prose", "```", "- [ ] in code", "```"]);
	test.each([
		[1, "the tag line"],
		[5, "a struggle (outside Action Items)"],
		[L + 2, "prose"],
		[L + 4, "a task inside a code block"],
		[999, "past the end"],
	])("line %i (%s) is refused without a write", (line) => {
		expect(toggle(text, { line })).toMatchObject({ ok: false, reason: "not-a-step" });
	});
});
