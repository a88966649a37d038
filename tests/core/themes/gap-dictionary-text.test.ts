import fc from "fast-check";
import { effectiveDictionary } from "../../../src/core/themes/dictionary-match";
import { formatGapDictionary, parseGapDictionary } from "../../../src/core/themes/gap-dictionary-text";
import { BUILTIN_GAPS } from "../../../src/core/themes/gap-dictionary";
import type { GapDictionaryEntry } from "../../../src/core/themes/theme-settings";
import { checkGapPattern, readGapDictionary } from "../../../src/core/themes/validate-patterns";

describe("parseGapDictionary", () => {
	it("reads a new gap, additions to a built-in gap and a replacement, skipping blanks and comments", () => {
		const text = [
			"# my gaps",
			"salary-negotiation | Salary negotiation | salary, negotiat*, compensation",
			"",
			"   # indented comment",
			"business-impact |  | revenue impact, ",
			"Coding | Coding drills | = leetcode, data structure",
		].join("\n");
		expect(parseGapDictionary(text)).toEqual({
			entries: [
				{ id: "salary-negotiation", name: "Salary negotiation", patterns: ["salary", "negotiat*", "compensation"] },
				{ id: "business-impact", name: "", patterns: ["revenue impact"] },
				{ id: "coding", name: "Coding drills", patterns: ["leetcode", "data structure"], replacePatterns: true },
			],
			problems: [],
		});
	});

	it("gives the matcher what the lines say", () => {
		const { entries } = parseGapDictionary("salary-negotiation | Salary negotiation | salary\ncoding | | = leetcode\nbusiness-impact | Impact |");
		const gaps = effectiveDictionary({ gapDictionary: entries, disabledGapIds: [] });
		expect(gaps.find((g) => g.id === "salary-negotiation")).toEqual({ id: "salary-negotiation", name: "Salary negotiation", patterns: ["salary"] });
		expect(gaps.find((g) => g.id === "coding")).toEqual({ id: "coding", name: "Coding & algorithms", patterns: ["leetcode"] });
		const impact = gaps.find((g) => g.id === "business-impact");
		expect(impact?.name).toBe("Impact");
		expect(impact?.patterns).toEqual(BUILTIN_GAPS.find((g) => g.id === "business-impact")?.patterns);
	});

	it("reads Windows and old Mac line endings", () => {
		expect(parseGapDictionary("a-gap | A | one\r\nb-gap | B | two\rc-gap | C | three").entries.map((e) => e.id)).toEqual(["a-gap", "b-gap", "c-gap"]);
	});

	it("empty text is an empty dictionary", () => {
		expect(parseGapDictionary("")).toEqual({ entries: [], problems: [] });
		expect(parseGapDictionary("\n  \n# nothing yet\n")).toEqual({ entries: [], problems: [] });
	});

	it("names the line and the reason of every problem, and keeps the lines that parsed", () => {
		const text = [
			"salary | Salary | (pay|salary), salary talk",
			"# fine below",
			"ok-gap | OK | fine words",
			"just a line",
			"Salary Talk | S | talk",
			"ok-gap | Again | more",
			"new-gap | New | = words",
			"coding | | =",
			"empty-gap | Empty |",
			" | No id | words",
			"!!! | Bang | words",
			"wild | Wild | a * b * c * d * e, re*",
		].join("\n");
		const { entries, problems } = parseGapDictionary(text);
		expect(problems).toEqual([
			'Line 1: pattern "(pay|salary)" contains "(": patterns are plain phrases, not regular expressions (use * for one to three words, word* for a prefix)',
			'Line 4: expected "id | Name | pattern, pattern", found no second "|"',
			'Line 5: the id "salary talk" must be lower-case words joined by "-", e.g. "salary-talk"',
			'Line 6: the gap "ok-gap" is already on line 3; put all its patterns on one line',
			'Line 7: "=" replaces the patterns of a built-in gap, and "new-gap" is not one',
			'Line 8: "=" with no pattern would leave "coding" matching nothing; add it to Disabled gaps instead',
			'Line 9: the new gap "empty-gap" has no pattern, so it would never match',
			'Line 10: the gap has no id before the first "|"',
			'Line 11: the id "!!!" has no letter or digit',
			'Line 12: pattern "a * b * c * d * e" has 4 "*" wildcards; at most 3 keep matching fast',
			'Line 12: pattern "re*" has the prefix "re*", which would match almost any word',
		]);
		expect(entries).toEqual([{ id: "ok-gap", name: "OK", patterns: ["fine words"] }]);
	});
});

describe("formatGapDictionary", () => {
	it("writes one line per gap with the replace marker", () => {
		const entries: GapDictionaryEntry[] = [
			{ id: "salary-negotiation", name: "Salary negotiation", patterns: ["salary", "negotiat*"] },
			{ id: "coding", name: "", patterns: ["leetcode"], replacePatterns: true },
			{ id: "business-impact", name: "Impact", patterns: [], replacePatterns: false },
		];
		expect(formatGapDictionary(entries)).toBe(["salary-negotiation | Salary negotiation | salary, negotiat*", "coding |  | = leetcode", "business-impact | Impact |"].join("\n"));
	});

	it("writes what a line cannot hold as the matcher reads it", () => {
		const text = formatGapDictionary([{ id: "pay", name: "Pay | perks\nand more", patterns: ["pay, perks", "  base   salary "] }]);
		expect(text).toBe("pay | Pay / perks and more | pay perks, base salary");
		expect(parseGapDictionary(text)).toEqual({ entries: [{ id: "pay", name: "Pay / perks and more", patterns: ["pay perks", "base salary"] }], problems: [] });
	});

	it("shows a pattern the matcher skips, so parsing the shown text names it", () => {
		const stored = readGapDictionary([{ id: "salary", name: "Salary", patterns: ["(pay|salary)"] }]).entries;
		expect(parseGapDictionary(formatGapDictionary(stored)).problems).toEqual([
			'Line 1: pattern "(pay|salary)" contains "(": patterns are plain phrases, not regular expressions (use * for one to three words, word* for a prefix)',
		]);
	});
});

describe("round trip", () => {
	const word = fc.stringMatching(/^[a-z]{3,8}$/);
	const pattern = fc
		.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom("", "*", " *"))
		.map(([ws, tail]) => ws.join(" ") + tail)
		.filter((p) => checkGapPattern(p) === null);
	const name = fc.array(fc.stringMatching(/^[A-Za-z&'"()]{1,8}$/), { maxLength: 4 }).map((ws) => ws.join(" "));
	const builtIn = fc.constantFrom(...BUILTIN_GAPS.map((g) => g.id));
	const fresh = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => `my-${ws.join("-")}`);
	const entry: fc.Arbitrary<GapDictionaryEntry> = fc.oneof(
		fc.record({ id: fresh, name, patterns: fc.array(pattern, { minLength: 1, maxLength: 5 }) }),
		fc.record({ id: builtIn, name, patterns: fc.array(pattern, { maxLength: 5 }) }),
		fc.record({ id: builtIn, name, patterns: fc.array(pattern, { minLength: 1, maxLength: 5 }), replacePatterns: fc.constant(true) }),
	);
	const dictionary = fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 8 });

	it("format then parse gives the same entries", () => {
		fc.assert(
			fc.property(dictionary, (entries) => {
				expect(parseGapDictionary(formatGapDictionary(entries))).toEqual({ entries, problems: [] });
			}),
		);
	});

	it("parse then format is stable: the text a user saved reads back the same", () => {
		const typed = "# mine\nsalary-negotiation|Salary negotiation|salary ,negotiat*\n\nCODING |  |=leetcode";
		const once = formatGapDictionary(parseGapDictionary(typed).entries);
		expect(once).toBe("salary-negotiation | Salary negotiation | salary, negotiat*\ncoding |  | = leetcode");
		expect(formatGapDictionary(parseGapDictionary(once).entries)).toBe(once);
	});
});
