/** @jest-environment jsdom */
import type { GapPoint } from "../../src/core/view-model/gaps-model";
import fc from "fast-check";
import { renderTimeline } from "../../src/ui/gap-timeline";
import { mergeClosePoints, TIMELINE_SLOTS } from "../../src/ui/render-gaps";

const point = (at: number, date: string): GapPoint => ({ at, date, label: `${date} · Acme`, path: `${date} Acme.md`, line: 7 });

describe("timeline dots that would overlap are drawn as one", () => {
	test("points in different slots keep their position and label", () => {
		const points = [point(0, "2025-01-01"), point(0.5, "2025-06-01"), point(1, "2025-12-31")];
		expect(mergeClosePoints(points)).toEqual(points);
	});

	test("points sharing a slot become one dot at their mean, labelled with count and date span", () => {
		const near = 0.3 / TIMELINE_SLOTS;
		const merged = mergeClosePoints([point(0.5, "2025-06-03"), point(0.5 + near, "2025-06-04"), point(0.5 - near, "2025-06-02"), point(1, "2025-12-31")]);
		expect(merged).toHaveLength(2);
		expect(merged[0]?.at).toBeCloseTo(0.5, 10);
		expect(merged[0]?.label).toBe("3 interviews, 2025-06-02 to 2025-06-04");
		expect(merged[0]?.date).toBe("2025-06-02");
		// A click on the merged dot opens the latest of its interviews.
		expect(merged[0]?.path).toBe("2025-06-04 Acme.md");
		expect(merged[1]).toEqual(point(1, "2025-12-31"));
	});

	test("a thousand interviews over a year draw at most one dot per slot", () => {
		const many = Array.from({ length: 1000 }, (_, i) => point(i / 999, `2025-01-${String((i % 28) + 1).padStart(2, "0")}`));
		const merged = mergeClosePoints(many);
		expect(merged.length).toBeLessThanOrEqual(TIMELINE_SLOTS + 1);
		expect(merged.reduce((n, p) => n + (Number(/^(\d+) interviews/.exec(p.label)?.[1]) || 1), 0)).toBe(1000);
	});
});

describe("timeline dots never overlap", () => {
	test("any set of points draws dots at least 1/TIMELINE_SLOTS of the axis apart, counting every interview once", () => {
		fc.assert(
			fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }), (ats) => {
				const merged = mergeClosePoints(ats.map((at, i) => point(at, `2025-01-${String((i % 28) + 1).padStart(2, "0")}`)));
				const xs = merged.map((p) => p.at).sort((a, b) => a - b);
				for (let k = 1; k < xs.length; k++) expect((xs[k] ?? 0) - (xs[k - 1] ?? 0)).toBeGreaterThanOrEqual(1 / TIMELINE_SLOTS - 1e-12);
				expect(merged.reduce((n, p) => n + (p.count ?? 1), 0)).toBe(ats.length);
			}),
			{ numRuns: 300 },
		);
	});

	test("a dot 0.6 slot from a merged pair's mean joins it instead of overlapping it (a fixed slot grid split them)", () => {
		const s = 1 / TIMELINE_SLOTS;
		const merged = mergeClosePoints([point(0.5 - 0.45 * s, "2025-06-01"), point(0.5 + 0.45 * s, "2025-06-02"), point(0.5 + 0.6 * s, "2025-06-03")]);
		expect(merged.map((p) => p.count ?? 1)).toEqual([3]);
	});

	test("a merged dot is drawn larger and marked", () => {
		const svg = renderTimeline(document.createElement("div"), mergeClosePoints([point(0.5, "2025-06-01"), point(0.5, "2025-06-02"), point(0.9, "2025-09-01")]), "Gap");
		const dots = [...svg.querySelectorAll("circle.igt-timeline-dot")];
		expect(dots.map((d) => [d.classList.contains("is-merged"), d.getAttribute("r")])).toEqual([
			[true, "5"],
			[false, "4"],
		]);
	});
});
