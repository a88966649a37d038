import { FIRST_ACTION_LINE as L, interviewNote, toggle, toggled } from "./toggle-helpers";

const base = ["- [ ] Rewrite stories", "    - [ ] Mentoring", "    - [ ] Failure", "- [ ] Deep slices", "    - [ ] Mentoring", "    - [ ] Volume leak"];

describe("toggleStep: relocation when the line moved", () => {
	test("lines inserted above: the unique step is found and edited", () => {
		const text = interviewNote(["New item at the top:", "- [ ] Brand new", "", ...base]);
		const r = toggle(text, { line: L + 2, expect: "Failure" }, "on");
		expect(r).toMatchObject({ ok: true, relocated: true, line: L + 5, changes: [{ line: L + 5, before: "    - [ ] Failure", after: "    - [x] Failure" }] });
	});

	test("the line still holds the text: edited in place, no search", () => {
		const r = toggle(interviewNote(base), { line: L + 1, expect: "Mentoring" }, "on");
		expect(r).toMatchObject({ ok: true, relocated: false, line: L + 1 });
	});

	test("the text is gone: not-found, nothing written", () => {
		const r = toggle(interviewNote(base), { line: L + 2, expect: "Deleted step" }, "on");
		expect(r).toMatchObject({ ok: false, reason: "not-found" });
		if (!r.ok) expect(r.message).toContain('"Deleted step"');
	});

	test("several lines hold the text: ambiguous, lists them", () => {
		const r = toggle(interviewNote(["- [ ] Extra", ...base]), { line: L + 1, expect: "Mentoring" }, "on");
		expect(r).toMatchObject({ ok: false, reason: "ambiguous" });
		if (!r.ok) expect(r.message).toContain(`lines ${L + 2}, ${L + 5}`);
	});

	test("the parent title tells equal step texts apart", () => {
		const text = interviewNote(["- [ ] Extra", ...base]);
		const r = toggle(text, { line: L + 1, expect: "Mentoring", parent: "Deep slices" }, "on");
		expect(r).toMatchObject({ ok: true, relocated: true, line: L + 5 });
	});

	test("the same text under the wrong parent on the given line is not taken", () => {
		const text = interviewNote(base);
		const r = toggle(text, { line: L + 1, expect: "Mentoring", parent: "Deep slices" }, "on");
		expect(r).toMatchObject({ ok: true, relocated: true, line: L + 4 });
	});

	test("parent null targets items only", () => {
		const text = interviewNote(["- [ ] Failure", "    - [ ] Failure"]);
		expect(toggle(text, { line: 1, expect: "Failure", parent: null }, "on")).toMatchObject({ ok: true, line: L });
	});

	test("a struggle or prose line with the same words is never a match", () => {
		const text = interviewNote(["- [ ] Explaining impact"]).replace("## Action Items", "Moved prose\n\n## Action Items");
		const r = toggle(text, { line: 5, expect: "Explaining impact" }, "on");
		expect(r).toMatchObject({ ok: true, relocated: true, line: L + 2 });
	});

	test("the expected text may be the raw line or the item's cleaned title", () => {
		const text = interviewNote(["1. [ ] **Bold** item ^b1"]);
		expect(toggled(text, { line: L, expect: "1. [ ] **Bold** item ^b1" }, "on")).toContain("1. [x] **Bold** item ^b1");
		expect(toggled(text, { line: L, expect: "Bold item" }, "on")).toContain("1. [x] **Bold** item ^b1");
		expect(toggled(text, { line: L, expect: "**Bold** item" }, "on")).toContain("1. [x] **Bold** item ^b1");
	});

	test("a moved heading item is found by its title", () => {
		const text = interviewNote(["Intro", "", "### Practise design", "- [ ] ledger"]);
		expect(toggle(text, { line: L, expect: "Practise design" }, "on")).toMatchObject({ ok: true, line: L + 2, changes: [{ line: L + 3 }] });
	});
});
