import fc from "fast-check";
import { effectiveDictionary } from "../../../src/core/themes/dictionary-match";
import { computeThemes } from "../../../src/core/themes/compute-themes";
import { BUILTIN_GAPS } from "../../../src/core/themes/gap-dictionary";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { checkGapPattern, checkTagName, describeDictionaryProblem, readGapDictionary } from "../../../src/core/themes/validate-patterns";
import type { Interview } from "../../../src/core/model";

describe("checkGapPattern", () => {
	it("accepts every built-in pattern", () => {
		const refused = BUILTIN_GAPS.flatMap((g) => g.patterns.map((p) => [p, checkGapPattern(p)])).filter(([, why]) => why !== null);
		expect(refused).toEqual([]);
	});

	it.each([
		["salary negotiation", null],
		["why * over", null],
		["* leading and trailing *", null],
		["a * b * c * d", null],
		["面试*", null],
		["", "is empty"],
		["   ", "is empty"],
		["* * *", "has no word to match"],
		["!!!", "has no word to match"],
		["(pay|salary)", 'contains "(": patterns are plain phrases, not regular expressions (use * for one to three words, word* for a prefix)'],
		["\\d+ dollars", 'contains "\\": patterns are plain phrases, not regular expressions (use * for one to three words, word* for a prefix)'],
		["colou?r", 'contains "?": patterns are plain phrases, not regular expressions (use * for one to three words, word* for a prefix)'],
		["a * b * c * d * e", 'has 4 "*" wildcards; at most 3 keep matching fast'],
		["a*b", 'has "*" inside "a*b": use it as a whole word or at the end of a word'],
		["re*", 'has the prefix "re*", which would match almost any word'],
		["x".repeat(121), "is longer than 120 characters"],
		[42, "is not text"],
		[null, "is not text"],
	])("%p → %p", (pattern, why) => {
		expect(checkGapPattern(pattern)).toBe(why);
	});

	it("never throws, whatever the text", () => {
		fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => void checkGapPattern(s)), { numRuns: 2000 });
	});
});

describe("readGapDictionary", () => {
	it.each([undefined, null])("reads %p as no custom gaps, no problem", (raw) => {
		expect(readGapDictionary(raw)).toEqual({ entries: [], problems: [] });
	});

	it.each(["text", 42, { id: "x" }])("reports a non-list %p and ignores it", (raw) => {
		expect(readGapDictionary(raw)).toEqual({ entries: [], problems: [{ gap: "gapDictionary", pattern: null, reason: "is not a list of gaps; ignored" }] });
	});

	it("keeps sound entries, drops id-less ones and non-text patterns, keeps and reports bad text patterns", () => {
		const { entries, problems } = readGapDictionary([
			{ id: " salary ", name: "Salary", patterns: ["salary expectations", "(pay|salary)", 7], replacePatterns: true, extra: 1 },
			{ name: "no id", patterns: ["x"] },
			"not an object",
			{ id: "k8s", patterns: "kubernetes" },
		]);
		expect(entries).toEqual([
			{ id: "salary", name: "Salary", patterns: ["salary expectations", "(pay|salary)"], replacePatterns: true },
			{ id: "k8s", name: "", patterns: [] },
		]);
		expect(problems.map(describeDictionaryProblem)).toEqual([
			'gap "salary": pattern "(pay|salary)" contains "(": patterns are plain phrases, not regular expressions (use * for one to three words, word* for a prefix)',
			'gap "salary": pattern "7" is not text',
			'gap "#2" has no id; ignored',
			'gap "#3" has no id; ignored',
			'gap "k8s" has patterns that are not a list; ignored',
		]);
	});
});

describe("the matcher skips what the checks refuse", () => {
	it("drops refused patterns from the effective dictionary and keeps the rest", () => {
		const gaps = effectiveDictionary({ gapDictionary: [{ id: "salary", name: "Salary", patterns: ["salary talk", "(pay|salary)", "a * b * c * d * e"] }], disabledGapIds: [] });
		expect(gaps.find((g) => g.id === "salary")?.patterns).toEqual(["salary talk"]);
	});

	it("a wildcard-heavy pattern against a text that fits it everywhere does not hang the themes", () => {
		const words = Array.from({ length: 2000 }, () => "a").join(" ");
		const iv: Interview = {
			path: "I.md", title: "I", date: "2026-01-01", company: null, role: null, meta: {}, actionItems: [], warnings: [],
			struggles: [{ title: "a a a a", line: 1, body: words, tags: [] }],
		};
		const pattern = Array.from({ length: 30 }, () => "a").join(" * ");
		const t0 = performance.now();
		computeThemes([iv], { ...DEFAULT_SETTINGS, gapDictionary: [{ id: "aaa", name: "A", patterns: [pattern] }] });
		expect(performance.now() - t0).toBeLessThan(2000);
	});
});

describe("checkTagName", () => {
	it.each([
		["#Job-Interview", { ok: true, tag: "job-interview" }],
		[" gap/ ", { ok: true, tag: "gap" }],
		["entretien_d'embauche", { ok: false, reason: `cannot contain "'" (tags are letters, digits, _, - and /)` }],
		["real interview", { ok: false, reason: 'cannot contain "a space" (tags are letters, digits, _, - and /)' }],
		[" # ", { ok: false, reason: "cannot be empty" }],
		["2026", { ok: false, reason: "cannot be only digits" }],
		["面试", { ok: true, tag: "面试" }],
	])("%p → %p", (raw, result) => {
		expect(checkTagName(raw)).toEqual(result);
	});
});
