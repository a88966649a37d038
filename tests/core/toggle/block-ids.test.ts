import { blockIdOfLine, ensureBlockId, findBlockLine, findBlockLines, formatBlockLink, newBlockId, parseBlockLinks } from "../../../src/core/block-ids";
import { FIRST_ACTION_LINE as L, interviewNote, textDiff, toggled } from "./toggle-helpers";

/** A repeatable stand-in for Math.random. */
function seeded(seed: number): () => number {
	let s = seed;
	return () => {
		s = (s * 1103515245 + 12345) % 2147483648;
		return s / 2147483648;
	};
}

describe("block ids", () => {
	test("ensureBlockId appends ` ^igt-…` after the last byte of the line and nothing else", () => {
		const text = interviewNote(["- [ ] a step  ", "- next"], "\r\n");
		const r = ensureBlockId(text, L, seeded(1));
		if (!r.ok) throw new Error(r.message);
		expect(r.added).toBe(true);
		expect(r.blockId).toMatch(/^igt-[a-z0-9]{6}$/);
		expect(textDiff(text, r.text)).toEqual({ at: text.indexOf("a step  ") + 8, removed: "", inserted: ` ^${r.blockId}` });
		expect(findBlockLine(r.text, r.blockId)).toEqual({ ok: true, line: L });
	});

	test("an existing block id (the user's) is kept and reused", () => {
		const text = interviewNote(["- [ ] a step ^mine"]);
		expect(ensureBlockId(text, L)).toEqual({ ok: true, text, blockId: "mine", added: false });
	});

	test("headings and prose cannot carry an id", () => {
		const text = interviewNote(["### Heading item", "- step", "", "prose"]);
		expect(ensureBlockId(text, L)).toMatchObject({ ok: false, reason: "not-a-list-item" });
		expect(ensureBlockId(text, L + 3)).toMatchObject({ ok: false, reason: "not-a-list-item" });
		expect(ensureBlockId(text, 999)).toMatchObject({ ok: false, reason: "not-a-list-item" });
	});

	test("a new id never repeats one already in the note", () => {
		let calls = 0;
		const stuck = () => (calls++ < 6 ? 0 : 0.5);
		expect(newBlockId(new Set(["igt-aaaaaa"]), stuck)).toBe("igt-ssssss");
	});

	test("the id survives a toggle and lines inserted above", () => {
		const r = ensureBlockId(interviewNote(["- plain step"]), L, seeded(7));
		if (!r.ok) throw new Error(r.message);
		const ticked = toggled("Inserted\n\n" + r.text, { line: L, expect: "plain step" }, "on");
		expect(findBlockLine(ticked, r.blockId)).toEqual({ ok: true, line: L + 2 });
		expect(ticked.split("\n")[L + 1]).toBe(`- [x] plain step ^${r.blockId}`);
	});

	test("find ignores code blocks and refuses duplicates", () => {
		const text = "- a ^x1\n```\n- b ^x1\n```\n- c ^x2\n- d ^x2\n";
		expect(findBlockLines(text, "x1")).toEqual([1]);
		expect(findBlockLine(text, "x2")).toMatchObject({ ok: false, reason: "ambiguous" });
		expect(findBlockLine(text, "nope")).toMatchObject({ ok: false, reason: "not-found" });
	});

	test("blockIdOfLine needs whitespace before the caret", () => {
		expect(blockIdOfLine("- step ^abc-1  ")).toBe("abc-1");
		expect(blockIdOfLine("- x^2")).toBeNull();
	});

	test("links: format and parse round-trip", () => {
		const link = formatBlockLink("2025-11-23 Shopee promotion team", "igt-k3x9q2", "source");
		expect(link).toBe("[[2025-11-23 Shopee promotion team#^igt-k3x9q2|source]]");
		expect(parseBlockLinks(`- [ ] Mentoring ${link} and [[Other#^b2]]`)).toEqual([
			{ note: "2025-11-23 Shopee promotion team", id: "igt-k3x9q2", alias: "source" },
			{ note: "Other", id: "b2", alias: null },
		]);
	});
});
