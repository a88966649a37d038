import { DictionaryMatcher, effectiveDictionary } from "../../../src/core/themes/dictionary-match";
import { DEFAULT_THEME_SETTINGS } from "../../../src/core/themes/theme-settings";
import { WordTable } from "../../../src/core/themes/text-words";
import { encode, matchIds } from "./encode-text";

describe("dictionary matching", () => {
	it.each([
		["Couldn't quantify the business impact of my cost dashboard", "business-impact"],
		["No numbers for the cost dashboard", "business-impact"],
		["Why Kafka over SQS for the notification service", "decision-reasoning"],
		["Blanked on why Terraform and not Pulumi", "decision-reasoning"],
		["Started drawing before asking anything", "clarifying-requirements"],
		["Rambling in the values interview", "structured-communication"],
		["The 'what would you do differently' question, again", "reflection"],
		["Zoned out while the hiring manager described the team", "composure-listening"],
		["Ran out of time on the graph problem", "coding"],
		["Didn't research their product", "company-research"],
	])("finds the gap in the title %p", (title, id) => {
		expect(matchIds(title)).toContain(id);
	});

	it("stems patterns and text alike (quantif* prefix, plural metrics)", () => {
		expect(matchIds("Quantification was missing")).toEqual(["business-impact"]);
		expect(matchIds("Adoption metrics")).toEqual(["business-impact"]);
	});

	it("needs two distinct body phrases when the title names nothing", () => {
		expect(matchIds("The second round", "They asked about the impact.")).toEqual([]);
		expect(matchIds("The second round", "They asked about the impact and I had no numbers.")).toEqual(["business-impact"]);
	});

	it("counts an overlapping phrase once: 'business impact' alone in the body is one hit", () => {
		expect(matchIds("The second round", "Talked about business impact.")).toEqual([]);
	});

	it("does not add a body-only theme that is weaker than the title's", () => {
		const ids = matchIds("Couldn't quantify the business impact", "The system design was fine, throughput and sharding were fine.");
		expect(ids).toEqual(["business-impact"]);
	});

	it("keeps two themes when both are named in the title", () => {
		expect(matchIds("Postgres vs DynamoDB at scale").sort()).toEqual(["decision-reasoning", "system-design"]);
	});

	it("lets the user add, extend, replace and disable gaps", () => {
		const entry = { id: "salary", name: "Salary negotiation", patterns: ["salary", "compensation", "counter offer"] };
		expect(matchIds("Named a salary too early", "", { gapDictionary: [entry] })).toEqual(["salary"]);
		expect(matchIds("Fumbled the budget talk", "", { gapDictionary: [{ id: "business-impact", name: "", patterns: ["budget talk"] }] })).toEqual(["business-impact"]);
		const replaced = { id: "business-impact", name: "Money", patterns: ["money"], replacePatterns: true };
		expect(matchIds("No numbers again", "", { gapDictionary: [replaced] })).toEqual([]);
		expect(effectiveDictionary({ gapDictionary: [replaced], disabledGapIds: [] }).find((g) => g.id === "business-impact")?.name).toBe("Money");
		expect(matchIds("Rambling answer", "", { disabledGapIds: ["structured-communication"] })).toEqual([]);
	});

	it("explains which phrases matched", () => {
		const table = new WordTable();
		const m = new DictionaryMatcher(table, effectiveDictionary(DEFAULT_THEME_SETTINGS), 2);
		expect(m.explain(encode(table, "why Redis and not a row lock"))).toEqual({ "decision-reasoning": ["why * and not"] });
	});
});

describe("the matcher's next-stem shortcut", () => {
	/** Gap ids found in `title` by a matcher of one gap with these patterns, asked twice: the shortcut applies once a word has been seen. */
	function twice(patterns: string[], title: string): string[][] {
		const table = new WordTable();
		const m = new DictionaryMatcher(table, [{ id: "g", name: "G", patterns }], 2);
		const ids = encode(table, title);
		return [0, 1].map(() => m.match(ids, []).map((gi) => m.gaps[gi]!.id));
	}

	it.each([
		[["the basic"], "Forgot THE BASICS again"],
		[["the basics", "the"], "the end"],
		[["the", "the basics"], "the end"],
		[["the basics", "the * answer"], "the final answer"],
		[["the basics", "the quantif*"], "the quantified result"],
		[["no numbers", "no metrics"], "no metrics at all"],
	])("lets through what it must: %p in %p (the next word by stem, phrases whose second element differs)", (patterns, title) => {
		expect(twice(patterns, title)).toEqual([["g"], ["g"]]);
	});

	it.each([
		[["the basics"], "the end"],
		[["the basics"], "forgot the"],
		[["no numbers", "no metrics"], "no idea"],
	])("rejects %p in %p", (patterns, title) => {
		expect(twice(patterns, title)).toEqual([[], []]);
	});
});
