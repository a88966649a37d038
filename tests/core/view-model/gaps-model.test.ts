import type { NoteRef, Theme, ThemeAnalysis } from "../../../src/core/themes/theme-model";
import { buildGapsModel, dayNumber } from "../../../src/core/view-model/gaps-model";

type Iv = Theme["interviews"][number];

const iv = (path: string, date: string | null, company: string | null = null): Iv => ({ path, title: path.replace(/\.md$/, ""), date, company });
const ref = (path: string, line: number, title = `line ${line}`): NoteRef => ({ path, line, title, date: null });

function theme(id: string, interviews: Iv[], more: Partial<Theme> = {}): Theme {
	const struggles = interviews.map((i) => ref(i.path, 10));
	return {
		id,
		name: id,
		source: "dictionary",
		struggles,
		interviews,
		occurrences: struggles.length,
		firstSeen: interviews[0]?.date ?? null,
		lastSeen: interviews[interviews.length - 1]?.date ?? null,
		openItems: [],
		doneItems: [],
		status: interviews.length > 1 ? "recurring" : "new",
		score: 1,
		...more,
	};
}

const analysis = (...themes: Theme[]): ThemeAnalysis => ({ themes, themesOfStruggle: () => [], themesOfItem: () => [] });
const all = { limit: null, showAll: false, activeId: null };

describe("buildGapsModel", () => {
	test("keeps the engine's order even where scores disagree, and counts struggles and interviews", () => {
		const a = theme("a", [iv("x.md", "2025-01-01"), iv("y.md", "2025-02-01")], { score: 1, occurrences: 5 });
		const b = theme("b", [iv("x.md", "2025-01-01")], { score: 9 });
		const model = buildGapsModel(analysis(a, b), all);
		expect(model.rows.map((r) => r.id)).toEqual(["a", "b"]);
		expect(model.rows.map((r) => r.summary)).toEqual(["5 struggles in 2 interviews", "1 struggle in 1 interview"]);
	});

	test("a new active theme on the same analysis reuses every row it does not change (the pane redraws only those)", () => {
		const themes = analysis(...["t1", "t2", "t3"].map((id) => theme(id, [iv(`${id}.md`, "2025-01-01")])));
		const none = buildGapsModel(themes, all);
		const picked = buildGapsModel(themes, { ...all, activeId: "t2" });
		expect(picked.rows[0]).toBe(none.rows[0]);
		expect(picked.rows[2]).toBe(none.rows[2]);
		expect([none.rows[1]?.active, picked.rows[1]?.active]).toEqual([false, true]);
		expect({ ...picked.rows[1], active: false }).toEqual(none.rows[1]);
		expect(buildGapsModel(themes, all).rows[1]).toBe(none.rows[1]);
		// Another analysis object is another input, even when equal.
		expect(buildGapsModel(analysis(...themes.themes), all).rows[0]).not.toBe(none.rows[0]);
		expect(buildGapsModel(themes, { ...all, itemsShown: 1 }).rows[0]).not.toBe(none.rows[0]);
	});

	test("shows the top N, all of them on request, and the active theme wherever it ranks", () => {
		const themes = ["t1", "t2", "t3", "t4"].map((id) => theme(id, [iv(`${id}.md`, "2025-01-01")]));
		const top = buildGapsModel(analysis(...themes), { limit: 2, showAll: false, activeId: null });
		expect([top.rows.map((r) => r.id), top.total, top.hidden]).toEqual([["t1", "t2"], 4, 2]);
		expect(buildGapsModel(analysis(...themes), { limit: 2, showAll: true, activeId: null }).rows).toHaveLength(4);
		const active = buildGapsModel(analysis(...themes), { limit: 2, showAll: false, activeId: "t4" });
		expect(active.rows.map((r) => [r.id, r.active])).toEqual([["t1", false], ["t2", false], ["t4", true]]);
		expect(active.hidden).toBe(1);
	});

	test("one chip per interview, opening the theme's first struggle there; twin companies get their date", () => {
		const t = theme("t", [iv("a.md", "2025-03-01", "Shopee"), iv("b.md", "2025-04-01", "Shopee"), iv("c.md", null)], {
			struggles: [ref("a.md", 30), ref("a.md", 12), ref("b.md", 7), ref("c.md", 4)],
		});
		const chips = buildGapsModel(analysis(t), all).rows[0]?.chips;
		expect(chips?.map((c) => [c.label, c.path, c.line, c.struggles])).toEqual([
			["Shopee · 2025-03-01", "a.md", 12, 2],
			["Shopee · 2025-04-01", "b.md", 7, 1],
			["c", "c.md", 4, 1],
		]);
		expect(chips?.[0]?.tooltip).toBe("a (2025-03-01)");
	});

	test("chips stop at the latest eight interviews and count the earlier ones; the timeline keeps them all", () => {
		const ivs = Array.from({ length: 11 }, (_, i) => iv(`n${i}.md`, `2025-01-${String(i + 10)}`, `Co${i}`));
		const row = buildGapsModel(analysis(theme("t", ivs)), all).rows[0];
		expect([row?.chips.map((c) => c.label), row?.earlierChips, row?.points.length]).toEqual([["Co3", "Co4", "Co5", "Co6", "Co7", "Co8", "Co9", "Co10"], 3, 11]);
	});

	test("timeline points sit on one axis shared by every theme; undated interviews are counted apart", () => {
		const early = theme("early", [iv("a.md", "2025-01-01"), iv("b.md", "2025-01-11")]);
		const late = theme("late", [iv("c.md", "2025-01-21", "Grab"), iv("d.md", null)]);
		const model = buildGapsModel(analysis(early, late), all);
		expect(model.axis).toEqual({ from: "2025-01-01", to: "2025-01-21" });
		expect(model.rows.map((r) => r.points.map((p) => p.at))).toEqual([[0, 0.5], [1]]);
		expect(model.rows[1]?.undated).toBe(1);
		expect(model.rows[1]?.points[0]?.label).toBe("2025-01-21 · Grab");
		expect(model.rows.map((r) => r.timelineLabel)).toEqual(["Seen on 2025-01-01 and 2025-01-11", "Seen on 2025-01-21 and in 1 undated interview"]);
	});

	test("the axis spans every theme, not only the shown ones, so rows line up after 'Show all'", () => {
		const shown = theme("shown", [iv("a.md", "2025-01-01"), iv("b.md", "2025-01-03")]);
		const hidden = theme("hidden", [iv("c.md", "2025-01-05")]);
		const model = buildGapsModel(analysis(shown, hidden), { limit: 1, showAll: false, activeId: null });
		expect(model.rows[0]?.points.map((p) => p.at)).toEqual([0, 0.5]);
	});

	test("a single date sits mid-axis; no dates at all gives no axis", () => {
		expect(buildGapsModel(analysis(theme("t", [iv("a.md", "2025-05-05")])), all).rows[0]?.points[0]?.at).toBe(0.5);
		const undated = buildGapsModel(analysis(theme("t", [iv("a.md", null)])), all);
		expect([undated.axis, undated.rows[0]?.points, undated.rows[0]?.timelineLabel]).toEqual([{ from: null, to: null }, [], "Seen in 1 undated interview"]);
	});

	test("lists the first open items and counts the rest", () => {
		const open = [1, 2, 3, 4, 5].map((n) => ref("a.md", n));
		const row = buildGapsModel(analysis(theme("t", [iv("a.md", null)], { openItems: open, doneItems: [ref("a.md", 9)] })), all).rows[0];
		expect([row?.openItems.map((r) => r.line), row?.moreOpen, row?.doneItems]).toEqual([[1, 2, 3], 2, 1]);
	});

	test("an empty analysis gives no rows", () => {
		expect(buildGapsModel(analysis(), { limit: 5, showAll: false, activeId: "gone" })).toEqual({ rows: [], total: 0, hidden: 0, axis: { from: null, to: null } });
	});

	test("dayNumber counts calendar days across month and leap-year ends, and rejects non-dates", () => {
		expect((dayNumber("2024-03-01") ?? 0) - (dayNumber("2024-02-28") ?? 0)).toBe(2);
		expect((dayNumber("2025-01-01") ?? 0) - (dayNumber("2024-12-31") ?? 0)).toBe(1);
		expect(dayNumber("1970-01-01")).toBe(0);
		for (const d of ["1999-12-31", "2000-02-29", "2024-07-04", "2100-03-01"]) expect(dayNumber(d)).toBe(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8)) / 86_400_000);
		expect(dayNumber("2025-1-1")).toBeNull();
		expect(dayNumber("2025-13-01")).toBeNull();
	});
});

describe("timeline label for many interviews", () => {
	it("names the span instead of listing every date", () => {
		const dates = Array.from({ length: 40 }, (_, i) => `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`).sort();
		const interviews = [...new Set(dates)].map((d, i) => iv(`n${i}.md`, d));
		const label = buildGapsModel(analysis(theme("t", interviews)), all).rows[0]?.timelineLabel;
		const sorted = interviews.map((i) => i.date ?? "").sort();
		expect(label).toBe(`Seen in ${interviews.length} interviews from ${sorted[0]} to ${sorted[sorted.length - 1]}`);
	});
	it("lists a handful of dates one by one", () => {
		const label = buildGapsModel(analysis(theme("t", [iv("a.md", "2025-01-01"), iv("b.md", "2025-02-01")])), all).rows[0]?.timelineLabel;
		expect(label).toMatch(/^Seen on 2025-01-01 and 2025-02-01/);
	});
});
