import { parseNote } from "../../../src/core/parse-note";
import { allOpenEntries } from "../../../src/core/prep/open-items";
import { addSourceBlockIds, carriedBySource, carriedLines } from "../../../src/core/prep/source-block-ids";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { NoteBuilder } from "../../fakes/note-builder";

const PATH = "Interviews/a.md";
const seq = () => {
	let n = 0;
	return () => ((n++ * 7) % 36) / 36;
};

function carried(text: string) {
	const iv = parseNote(PATH, text, DEFAULT_SETTINGS);
	if (!iv) throw new Error("not an interview");
	return carriedLines(allOpenEntries([iv]));
}

/** Lines of `after` that differ from `before`; both must have the same number of lines. */
function changedLines(before: string, after: string): number[] {
	const a = before.split("\n");
	const b = after.split("\n");
	expect(b).toHaveLength(a.length);
	return a.flatMap((l, i) => (l === b[i] ? [] : [i + 1]));
}

describe("addSourceBlockIds", () => {
	const text = new NoteBuilder(PATH).struggle("Design").action("Practise design", ["Rate limiter", "[x] Ledger", "Webhooks"]).action("Sleep").build().text + "\nTrailing prose\n";

	it("appends an id to each open carried line and changes no other byte", () => {
		const lines = carried(text);
		expect(lines.map((l) => [l.role, l.expect])).toEqual([
			["item", "Practise design"],
			["step", "Rate limiter"],
			["step", "Webhooks"],
			["item", "Sleep"],
		]);
		const r = addSourceBlockIds(text, lines, DEFAULT_SETTINGS, seq());
		expect(changedLines(text, r.text)).toEqual(lines.map((l) => l.line));
		const before = text.split("\n");
		const after = r.text.split("\n");
		for (const l of lines) {
			const id = r.ids.get(l.line);
			expect(id).toMatch(/^igt-[a-z0-9]{6}$/);
			expect(after[l.line - 1]).toBe(`${before[l.line - 1]} ^${id}`);
		}
		expect(new Set(r.ids.values()).size).toBe(4);
		expect(r.skipped).toEqual([]);
	});

	it("reuses ids already there and adds nothing twice", () => {
		const once = addSourceBlockIds(text, carried(text), DEFAULT_SETTINGS, seq());
		const twice = addSourceBlockIds(once.text, carried(once.text), DEFAULT_SETTINGS);
		expect(twice.text).toBe(once.text);
		expect([...twice.ids]).toEqual([...once.ids]);
		expect(carried(once.text).every((l) => l.blockId === once.ids.get(l.line))).toBe(true);
	});

	it("skips a line that no longer holds what the index read there, and keeps CRLF endings", () => {
		const lines = carried(text);
		const edited = text.replace("  - [ ] Rate limiter", "  - [ ] Rate limiter v2").replace(/\n/g, "\r\n");
		const r = addSourceBlockIds(edited, lines, DEFAULT_SETTINGS, seq());
		expect(r.skipped.map((l) => l.expect)).toEqual(["Rate limiter"]);
		expect(r.ids.has(lines[1]?.line ?? -1)).toBe(false);
		expect(r.text.split("\r\n")).toHaveLength(edited.split("\r\n").length);
		expect(r.text).toContain("  - [ ] Rate limiter v2\r\n");
		expect(r.text.replace(/ \^igt-[a-z0-9]{6}/g, "")).toBe(edited);
	});

	it("never writes on a line that moved: a line inserted above shifts every target", () => {
		const lines = carried(text);
		const shifted = text.replace("## Action Items\n", "## Action Items\n\nA new paragraph.\n");
		const r = addSourceBlockIds(shifted, lines, DEFAULT_SETTINGS, seq());
		expect(r.text).toBe(shifted);
		expect(r.skipped).toHaveLength(lines.length);
	});

	it("carries heading items through their steps only", () => {
		const heading = ["---", "tags: [real-interview]", "---", "## Action Items", "### Practise design", "- Rate limiter", "- Webhooks", ""].join("\n");
		const lines = carried(heading);
		expect(lines.map((l) => [l.role, l.line])).toEqual([
			["step", 6],
			["step", 7],
		]);
		const r = addSourceBlockIds(heading, lines, DEFAULT_SETTINGS, seq());
		expect(changedLines(heading, r.text)).toEqual([6, 7]);
	});

	it("groups carried lines by source note", () => {
		const a = parseNote("a.md", text, DEFAULT_SETTINGS);
		const b = parseNote("b.md", new NoteBuilder("b.md").action("One").build().text, DEFAULT_SETTINGS);
		if (!a || !b) throw new Error("not interviews");
		const grouped = carriedBySource(allOpenEntries([a, b]));
		expect([...grouped].map(([iv, ls]) => [iv.path, ls.length])).toEqual([
			["a.md", 4],
			["b.md", 1],
		]);
	});
});
