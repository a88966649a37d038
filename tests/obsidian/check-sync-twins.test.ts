import { parseNote } from "../../src/core/parse-note";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { toggleAction } from "../../src/core/sync/toggle-action";
import { targetOf } from "../../src/obsidian/check-sync";

/** Two identical action items, as the index saw them: on lines 5 and 6. */
const head = "---\ntags: [real-interview]\n---\n## Action Items\n";
const indexed = head + "- [ ] Send thank-you mail\n- [ ] Send thank-you mail\n";
const iv = parseNote("a.md", indexed, DEFAULT_SETTINGS);
const click = (line: number) => ({ path: "a.md", line, text: "Send thank-you mail", checked: false });

describe("a click on one of two identical lines", () => {
	test("ticks exactly that line while the note is as indexed", () => {
		if (!iv) throw new Error("fixture is not an interview");
		const r = toggleAction(indexed, targetOf(click(6), iv), "on", DEFAULT_SETTINGS);
		expect(r.ok && r.text).toBe(head + "- [ ] Send thank-you mail\n- [x] Send thank-you mail\n");
	});

	test("is refused once a line above moved them, instead of ticking the twin now on the clicked line", () => {
		if (!iv) throw new Error("fixture is not an interview");
		const now = head + "\n- [ ] Send thank-you mail\n- [ ] Send thank-you mail\n";
		const r = toggleAction(now, targetOf(click(6), iv), "on", DEFAULT_SETTINGS);
		expect(r).toMatchObject({ ok: false, reason: "ambiguous" });
		expect(r.ok ? "" : r.message).toBe('"Send thank-you mail" appears on lines 6, 7, and the note changed since the tracker read it; nothing was changed.');
	});

	test("a step's twins are those under items of the same title; a unique step still follows a move", () => {
		const steps = head + "- [ ] Practise\n  - [ ] Read\n- [ ] Rest\n  - [ ] Read\n";
		const indexedSteps = parseNote("b.md", steps, DEFAULT_SETTINGS);
		if (!indexedSteps) throw new Error("fixture is not an interview");
		const target = targetOf({ path: "b.md", line: 6, text: "Read", checked: false }, indexedSteps);
		expect(target).toEqual({ line: 6, expect: "Read", parent: "Practise", seen: [6] });
		const moved = steps.replace("## Action Items\n", "## Action Items\n\n");
		const r = toggleAction(moved, target, "on", DEFAULT_SETTINGS);
		expect(r.ok && r.text).toBe(moved.replace("  - [ ] Read\n- [ ] Rest", "  - [x] Read\n- [ ] Rest"));
	});
});
