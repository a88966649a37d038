import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { indexNotes } from "../../../src/core/build-index";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { computeThemes } from "../../../src/core/themes/compute-themes";

const root = join(__dirname, "../../../examples/vault");
function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}
const notes = walk(root)
	.filter((p) => p.endsWith(".md"))
	.map((p) => ({ path: relative(root, p).split("\\").join("/"), text: readFileSync(p, "utf8") }));
const interviews = indexNotes(notes, DEFAULT_SETTINGS);
const analysis = computeThemes(interviews, DEFAULT_SETTINGS);
const idsOf = (title: string): string[] => {
	for (const iv of interviews) for (const s of iv.struggles) if (s.title === title) return analysis.themes.filter((t) => t.struggles.some((r) => r.path === iv.path && r.line === s.line)).map((t) => t.id).sort();
	throw new Error(`no struggle titled ${title}`);
};

describe("themes of the example vault", () => {
	it("ranks business impact first, recurring across six interviews", () => {
		const top = analysis.themes[0]!;
		expect(top.id).toBe("business-impact");
		expect(top.status).toBe("recurring");
		expect(top.interviews).toHaveLength(6);
		expect(top.openItems.map((r) => r.title)).toContain("Collect adoption numbers for the golden-path templates");
	});

	it.each([
		["No numbers for the impact of the notification service", ["business-impact"]],
		["Could not give grounded examples for business value", ["business-impact"]],
		["Couldn't quantify the business impact of my cost dashboard", ["business-impact"]],
		["Hand-wavy business value", ["business-impact"]],
		["No numbers for the cost dashboard", ["business-impact"]],
		["Why Kafka over SQS for the notification service", ["decision-reasoning"]],
		["Insufficient reasoning for “Why use Takumi?”", ["decision-reasoning"]],
		["Why Redis and not a DB row lock?", ["decision-reasoning"]],
		["Didn't ask clarifying questions before the retry design", ["clarifying-requirements"]],
		["Started drawing before asking anything", ["clarifying-requirements"]],
		["Ran out of time on the graph problem", ["coding"]],
		["Scaling the design export service", ["system-design"]],
		["Scaling the balance reads", ["system-design"]],
		["Nerves in the first round", ["composure-listening"]],
		["Not really listening", ["composure-listening"]],
		["Rambling in the values interview", ["structured-communication"]],
		["The conflict story ran long", ["structured-communication"]],
		["The deep dive stayed at 10,000 feet", ["concrete-examples"]],
		["The \"what would you do differently\" question, again", ["reflection"]],
		["Double-entry accounting basics", ["domain-knowledge"]],
		["Didn't research their product", ["company-research"]],
	])("%s → %p", (title, ids) => {
		expect(idsOf(title)).toEqual(ids);
	});

	it("gives every struggle at least one theme", () => {
		for (const iv of interviews) for (const s of iv.struggles) expect(analysis.themesOfStruggle(iv.path, s.line).length).toBeGreaterThan(0);
	});
});
