import type { ActionItem, Interview, Struggle } from "../../../src/core/model";
import type { ThemeAnalysis } from "../../../src/core/themes/theme-model";
import { DEFAULT_TRACKER_FILTER, type TrackerFilter } from "../../../src/core/view-model/tracker-filter";
import { buildTrackerModel } from "../../../src/core/view-model/tracker-model";

function action(title: string, line: number, done: boolean, steps: string[] = []): ActionItem {
	return {
		title,
		line,
		kind: "task",
		checked: done,
		status: done ? "x" : " ",
		done,
		steps: steps.map((text, i) => ({ text, line: line + i + 1, checked: done, status: done ? "x" : " ", blockId: null })),
		body: "",
		blockId: null,
	};
}
function struggle(title: string, line: number, body = ""): Struggle {
	return { title, line, body, tags: [] };
}
function iv(path: string, date: string | null, company: string | null, actions: ActionItem[], struggles: Struggle[], warnings: string[] = []): Interview {
	return { path, title: path.replace(/\.md$/, ""), date, company, role: "Engineer", meta: {}, struggles, actionItems: actions, warnings };
}

const shopee1 = iv("Shopee 1.md", "2025-11-23", "Shopee", [action("Prepare challenges", 10, false, ["gRPC metadata"]), action("Numbers", 20, true)], [struggle("Business impact", 5, "No metrics for the promotion engine")]);
const shopee2 = iv("Shopee 2.md", "2025-12-02", "shopee", [action("Mock interview", 30, false)], [struggle("System design", 7)]);
const grab = iv("Grab.md", "2025-09-18", "Grab", [action("Idempotency", 40, true)], [struggle("Kafka vs SQS", 9)], ["No 'Meta' section"]);
const undated = iv("Undated.md", null, null, [], [struggle("Nerves", 3)]);
const all = [shopee1, grab, undated, shopee2];
const f = (p: Partial<TrackerFilter>): TrackerFilter => ({ ...DEFAULT_TRACKER_FILTER, ...p });

describe("buildTrackerModel", () => {
	test("counts interviews and open/done items, newest first, undated last", () => {
		const m = buildTrackerModel(all, DEFAULT_TRACKER_FILTER, "interview");
		expect(m.counts).toEqual({ interviews: 4, open: 2, done: 2 });
		expect(m.struggles.map((g) => g.label)).toEqual(["Shopee 2", "Shopee 1", "Grab", "Undated"]);
		expect(m.actions.map((g) => g.key)).toEqual(["interview:Shopee 2.md", "interview:Shopee 1.md", "interview:Grab.md"]);
		expect(m.warnings.map((e) => e.interview.path)).toEqual(["Grab.md"]);
		expect(m.companies).toEqual(["Grab", "Shopee"]);
	});

	test("groups by company case-insensitively, no company last", () => {
		const m = buildTrackerModel(all, DEFAULT_TRACKER_FILTER, "company");
		expect(m.struggles.map((g) => [g.label, g.entries.map((e) => e.interview.path)])).toEqual([
			["Grab", ["Grab.md"]],
			["shopee", ["Shopee 2.md", "Shopee 1.md"]],
			["No company", ["Undated.md"]],
		]);
	});

	test("status filters action items but counts stay over both", () => {
		const m = buildTrackerModel(all, f({ status: "open" }), "interview");
		expect(m.actions.flatMap((g) => g.entries.flatMap((e) => e.actions.map((a) => a.title)))).toEqual(["Mock interview", "Prepare challenges"]);
		expect(m.counts).toEqual({ interviews: 4, open: 2, done: 2 });
		const done = buildTrackerModel(all, f({ status: "done" }), "interview");
		expect(done.actions.flatMap((g) => g.entries.flatMap((e) => e.actions.map((a) => a.title)))).toEqual(["Numbers", "Idempotency"]);
	});

	test("company and date range narrow the interviews; undated drop out once a bound is set", () => {
		expect(buildTrackerModel(all, f({ company: "SHOPEE" }), "interview").counts.interviews).toBe(2);
		const m = buildTrackerModel(all, f({ from: "2025-10-01", to: "2025-11-30" }), "interview");
		expect(m.struggles.map((g) => g.label)).toEqual(["Shopee 1"]);
	});

	test("search keeps matching items, or the whole interview when its title matches", () => {
		const m = buildTrackerModel(all, f({ search: "grpc" }), "interview");
		expect(m.counts).toEqual({ interviews: 1, open: 1, done: 0 });
		expect(m.actions[0]?.entries[0]?.actions.map((a) => a.title)).toEqual(["Prepare challenges"]);
		expect(m.struggles).toEqual([]);
		const whole = buildTrackerModel(all, f({ search: "grab" }), "interview");
		expect(whole.struggles.map((g) => g.label)).toEqual(["Grab"]);
		expect(buildTrackerModel(all, f({ search: "metrics promotion" }), "interview").struggles.map((g) => g.label)).toEqual(["Shopee 1"]);
		expect(buildTrackerModel(all, f({ search: "nothing like this" }), "interview").counts.interviews).toBe(0);
	});

	test("a theme keeps only its struggles and items", () => {
		const themes: ThemeAnalysis = {
			themes: [
				{
					id: "impact",
					name: "Business impact",
					source: "dictionary",
					struggles: [{ path: "Shopee 1.md", line: 5, title: "Business impact", date: null }],
					interviews: [],
					occurrences: 1,
					firstSeen: null,
					lastSeen: null,
					openItems: [],
					doneItems: [{ path: "Shopee 1.md", line: 20, title: "Numbers", date: null }],
					status: "new",
					score: 1,
				},
			],
			themesOfStruggle: () => [],
			themesOfItem: () => [],
		};
		const m = buildTrackerModel(all, f({ themeId: "impact" }), "interview", themes);
		expect(m.counts).toEqual({ interviews: 1, open: 0, done: 1 });
		expect(m.struggles.map((g) => g.label)).toEqual(["Shopee 1"]);
	});

	test("without a filter the entries share the interview's arrays (cheap to rebuild)", () => {
		const m = buildTrackerModel(all, DEFAULT_TRACKER_FILTER, "interview");
		expect(m.actions[1]?.entries[0]?.actions).toBe(shopee1.actionItems);
	});
});
