import { computeThemes } from "../../../src/core/themes/compute-themes";
import { DEFAULT_THEME_SETTINGS } from "../../../src/core/themes/theme-settings";
import { themesJson } from "../../../src/core/themes/themes-json";
import { interview, item, struggle } from "./theme-builders";

const S = DEFAULT_THEME_SETTINGS;
const byId = (a: ReturnType<typeof computeThemes>, id: string) => a.themes.find((t) => t.id === id);

describe("tag precedence", () => {
	it("uses #gap/ tags alone when present, ignoring the dictionary", () => {
		const a = computeThemes([interview("a.md", "2025-01-01", [struggle(3, "No numbers for the impact", "", ["gap/cost-dashboard"])])], S);
		expect(a.themes.map((t) => [t.id, t.name, t.source])).toEqual([["cost-dashboard", "Cost dashboard", "tag"]]);
		expect(a.themesOfStruggle("a.md", 3)).toEqual(["Cost dashboard"]);
	});

	it("joins a tag naming a dictionary gap with the dictionary's matches, honouring the prefix setting", () => {
		const a = computeThemes(
			[interview("a.md", "2025-01-01", [struggle(3, "Second round went badly", "", ["weak/business-impact"]), struggle(5, "Couldn't quantify the savings")])],
			{ ...S, gapTagPrefix: "#weak/" },
		);
		expect(a.themes).toHaveLength(1);
		expect(a.themes[0]).toMatchObject({ id: "business-impact", name: "Business impact & metrics", source: "dictionary", occurrences: 2 });
	});
});

describe("similarity grouping of unmatched struggles", () => {
	const ivs = [
		interview("a.md", "2025-01-01", [struggle(3, "Idempotency for payment retries", "Retries of the bank callback were not idempotent.")]),
		interview("b.md", "2025-02-01", [struggle(3, "Payment retries and idempotency keys again", "Same callback retries question.")]),
		interview("c.md", "2025-03-01", [struggle(3, "Kubernetes pod eviction", "Didn't remember eviction order.")]),
	];
	const a = computeThemes(ivs, S);

	it("groups struggles sharing rare words into one automatic theme named by its top terms", () => {
		const auto = a.themes.filter((t) => t.source === "auto");
		expect(auto).toHaveLength(2);
		const group = auto.find((t) => t.occurrences === 2)!;
		expect(group.struggles.map((r) => r.path)).toEqual(["a.md", "b.md"]);
		expect(group.id).toMatch(/^auto-/);
		expect(group.name.toLowerCase()).toMatch(/retries|idempotency|payment|callback/);
	});

	it("names a lone struggle by its own title", () => {
		expect(a.themesOfStruggle("c.md", 3)).toEqual(["Kubernetes pod eviction"]);
	});

	it("respects the threshold setting", () => {
		const strict = computeThemes(ivs, { ...S, similarityThreshold: 0.99 });
		expect(strict.themes.filter((t) => t.source === "auto")).toHaveLength(3);
	});

	it("with a word every struggle shares, still groups by the rarer words and keeps loners apart", () => {
		// 150 loners first, so the shared word is in more groups than the grouper walks for it.
		let seed = 7;
		const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26));
		const word = () => Array.from({ length: 9 }, letter).join("");
		const loners = Array.from({ length: 150 }, (_, i) => interview(`n${i}.md`, "2025-01-01", [struggle(3, `${word()} widget`)]));
		const late = [
			interview("x.md", "2025-06-01", [struggle(3, "Idempotency for payment retries widget")]),
			interview("y.md", "2025-07-01", [struggle(3, "Payment retries and idempotency keys widget"), struggle(5, "Kubernetes eviction widget")]),
		];
		const auto = computeThemes([...loners, ...late], S).themes.filter((t) => t.source === "auto");
		expect(auto.filter((t) => t.occurrences > 1).map((t) => t.struggles.map((r) => r.path))).toEqual([["x.md", "y.md"]]);
		expect(auto).toHaveLength(152);
	});

	it("links an action item to the automatic theme it is about", () => {
		const withItem = [...ivs.slice(0, 2), interview("c.md", "2025-03-01", [], [item(9, "Study idempotency keys for payment retries", false)])];
		const t = computeThemes(withItem, S).themes.find((x) => x.occurrences === 2)!;
		expect(t.openItems.map((r) => r.title)).toEqual(["Study idempotency keys for payment retries"]);
	});
});

describe("status rules", () => {
	const biz = (line: number) => struggle(line, "Couldn't quantify the business impact");
	const filler = (path: string, date: string) => interview(path, date, [struggle(3, "Rambling answer without structure")]);

	it("new: one interview", () => {
		expect(computeThemes([interview("a.md", "2025-01-01", [biz(3)])], S).themes[0]!.status).toBe("new");
	});

	it("recurring: two or more interviews", () => {
		const a = computeThemes([interview("a.md", "2025-01-01", [biz(3)]), interview("b.md", "2025-02-01", [biz(3)])], S);
		expect(byId(a, "business-impact")!.status).toBe("recurring");
	});

	it("improving: absent from the latest N interviews", () => {
		const ivs = [interview("a.md", "2025-01-01", [biz(3)]), interview("b.md", "2025-02-01", [biz(3)]), filler("c.md", "2025-03-01"), filler("d.md", "2025-04-01"), filler("e.md", "2025-05-01")];
		expect(byId(computeThemes(ivs, S), "business-impact")!.status).toBe("improving");
		expect(byId(computeThemes(ivs, { ...S, improvingAfterInterviews: 4 }), "business-impact")!.status).toBe("recurring");
	});

	it("regressed: seen in an interview dated after the one whose (all done) items addressed it", () => {
		const plan = item(9, "Write a one-line impact statement for every project", true);
		const ivs = [interview("a.md", "2025-01-01", [biz(3)], [plan]), interview("b.md", "2025-02-01", [biz(3)])];
		const t = byId(computeThemes(ivs, S), "business-impact")!;
		expect(t.doneItems.map((r) => r.path)).toEqual(["a.md"]);
		expect(t.status).toBe("regressed");
	});

	it("not regressed while a linked item is open, nor when the done plan is from the latest occurrence", () => {
		const open = [interview("a.md", "2025-01-01", [biz(3)], [item(9, "Collect adoption numbers", false), item(10, "Write impact statements", true)]), interview("b.md", "2025-02-01", [biz(3)])];
		expect(byId(computeThemes(open, S), "business-impact")!.status).toBe("recurring");
		const same = [interview("a.md", "2025-01-01", [biz(3)]), interview("b.md", "2025-02-01", [biz(3)], [item(9, "Write impact statements", true)])];
		expect(byId(computeThemes(same, S), "business-impact")!.status).toBe("recurring");
	});
});

describe("ranking and output", () => {
	it("ranks recent recurrence above old recurrence, with the documented score", () => {
		const ivs = [
			interview("1.md", "2025-01-01", [struggle(3, "Ran out of time on the graph problem")]),
			interview("2.md", "2025-02-01", [struggle(3, "Off-by-one in the binary search")]),
			interview("3.md", "2025-03-01", [struggle(3, "No numbers for the dashboard")]),
			interview("4.md", "2025-04-01", [struggle(3, "Couldn't quantify the savings")]),
		];
		const a = computeThemes(ivs, S);
		expect(a.themes.map((t) => t.id)).toEqual(["business-impact", "coding"]);
		expect(a.themes[0]!.score).toBeCloseTo(1 + Math.pow(2, -1 / 4), 3);
		expect(a.themes[1]!.score).toBeCloseTo(Math.pow(2, -2 / 4) + Math.pow(2, -3 / 4), 3);
	});

	it("fills first/last seen, interviews oldest first with undated last, and the contract JSON", () => {
		const ivs = [interview("z.md", null, [struggle(3, "No numbers again")]), interview("b.md", "2025-02-01", [struggle(7, "No numbers for the dashboard")], [], "Grab")];
		const a = computeThemes(ivs, S);
		expect(a.themes[0]).toMatchObject({ firstSeen: "2025-02-01", lastSeen: "2025-02-01", occurrences: 2 });
		expect(a.themes[0]!.interviews.map((i) => [i.path, i.company])).toEqual([["b.md", "Grab"], ["z.md", null]]);
		expect(themesJson(a)).toEqual([{ name: "Business impact & metrics", struggles: [{ path: "b.md", line: 7 }, { path: "z.md", line: 3 }] }]);
		expect(a.themesOfItem("b.md", 1)).toEqual([]);
	});

	it("is deterministic: input order does not change the analysis", () => {
		const ivs = [
			interview("a.md", "2025-01-01", [struggle(3, "Idempotency for retries"), struggle(5, "No numbers")]),
			interview("b.md", "2025-02-01", [struggle(3, "Retries and idempotency"), struggle(5, "Rambling")]),
		];
		const one = computeThemes(ivs, S).themes;
		const two = computeThemes([...ivs].reverse(), S).themes;
		expect(JSON.stringify(two)).toBe(JSON.stringify(one));
	});
});

describe("lookups", () => {
	it("answer for the analysis as it was made, though built on first use after the themes were changed", () => {
		const a = computeThemes([interview("a.md", "2025-01-01", [struggle(3, "No numbers for the impact")], [item(9, "Add real numbers to the story", false)])], S);
		a.themes[0]!.name = "Renamed";
		a.themes[0]!.struggles.length = 0;
		a.themes[0]!.openItems.length = 0;
		a.themes.length = 0;
		expect(a.themesOfStruggle("a.md", 3)).toEqual(["Business impact & metrics"]);
		expect(a.themesOfItem("a.md", 9)).toEqual(["business-impact"]);
	});
});

describe("lookups on a huge note", () => {
	it("answers themesOfStruggle for every struggle of a 30,000-struggle note", () => {
		const struggles = Array.from({ length: 30_000 }, (_, i) => ({ title: i % 2 ? "No numbers for the business impact" : "Rambling answer", line: i + 1, body: "", tags: [] }));
		const iv = { path: "big.md", title: "big", date: "2026-01-01", company: null, role: null, meta: {}, struggles, actionItems: [], warnings: [] };
		const analysis = computeThemes([iv], DEFAULT_THEME_SETTINGS);
		let named = 0;
		for (const s of struggles) named += analysis.themesOfStruggle("big.md", s.line).length > 0 ? 1 : 0;
		expect(named).toBe(30_000);
	});
});
