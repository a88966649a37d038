import type { Interview } from "../model";
import type { ThemeStatus } from "./theme-model";

/** Undated interviews sort after every date: a note without one is usually the one just written. */
const UNDATED = "~";

/** Where each interview sits in time, oldest first (undated last, then by path). */
export class Chronology {
	private readonly rank = new Map<string, number>();
	private readonly key = new Map<string, string>();
	readonly total: number;
	/**
	 * The interviews oldest first, by rank and then by their order in the input: with one
	 * interview per path that is the order they were ranked in, so no second sort is needed.
	 */
	readonly ordered: readonly Interview[];
	/** By position in `ordered`: the interview's rank (its position, unless paths repeat). */
	readonly orderedRanks: Int32Array;
	/** By rank: the date key of the interview ranked there (see `dateKeyOf`). */
	private readonly keyAt: string[];
	/** By age: the score weight, as `themeScore` computes it for the half-life it was filled for. */
	private weights: { halfLife: number; byAge: (number | undefined)[] } = { halfLife: NaN, byAge: [] };

	constructor(interviews: readonly Interview[]) {
		const sorted = [...interviews].sort((a, b) => cmp(a.date ?? UNDATED, b.date ?? UNDATED) || cmp(a.path, b.path));
		sorted.forEach((iv, i) => {
			this.rank.set(iv.path, i);
			this.key.set(iv.path, iv.date ?? UNDATED);
		});
		this.keyAt = sorted.map((iv) => iv.date ?? UNDATED);
		this.total = sorted.length;
		const unique = this.rank.size === sorted.length;
		this.ordered = unique
			? sorted
			: interviews
					.map((iv, i) => ({ iv, rank: this.rankOf(iv.path), i }))
					.sort((a, b) => a.rank - b.rank || a.i - b.i)
					.map((x) => x.iv);
		this.orderedRanks = new Int32Array(this.ordered.length);
		this.ordered.forEach((iv, n) => (this.orderedRanks[n] = unique ? n : this.rankOf(iv.path)));
	}

	/** The date key of the interview(s) at this rank: what `dateKeyOf` gives for their path. */
	dateKeyAt(rank: number): string {
		return this.keyAt[rank]!;
	}

	/** 2^(−age / halfLife) for the interviews at this rank: each age's power is worked out once per run. */
	weightAt(rank: number, halfLife: number): number {
		if (this.weights.halfLife !== halfLife) this.weights = { halfLife, byAge: [] };
		const age = this.total - 1 - rank;
		return (this.weights.byAge[age] ??= Math.pow(2, -age / halfLife));
	}

	/** 0 for the oldest interview. */
	rankOf(path: string): number {
		return this.rank.get(path) ?? 0;
	}

	/** The date used to say "after": the interview's date, or a key later than any date. */
	dateKeyOf(path: string): string {
		return this.key.get(path) ?? UNDATED;
	}
}

/** What the status rules need to know about one theme. */
export interface StatusInput {
	/** Ranks (see `Chronology`) of the interviews the theme's struggles are in: any order, duplicates allowed. */
	ranks: readonly number[];
	/** Linked action items: how many, how many are open, and the interviews the done and the open ones are written in (asked only when there are items). */
	items: { count: number; open: number; paths: () => readonly string[]; openPaths: () => readonly string[] };
}

/**
 * - `improving`: seen in two or more interviews, but not in the latest `improvingAfter` (of all
 *   interviews); a one-off that went quiet is just `new`;
 * - `regressed`: the items written before the theme's latest interview are all done (at least
 *   one): it came back despite the plan. We cannot know when a box was ticked, so the note that
 *   created the plan stands in for it; an item written in the latest note is the new plan;
 * - `recurring`: seen in two or more interviews;
 * - `new`: otherwise. Checked in this order: a gap that has stayed away counts as improving
 *   even if it regressed before.
 */
export function themeStatus(input: StatusInput, chrono: Chronology, improvingAfter: number): ThemeStatus {
	const distinct = distinctRanks(input.ranks);
	let latest = -1;
	for (const r of distinct) latest = Math.max(latest, r);
	const youngest = latest < 0 ? Infinity : chrono.total - 1 - latest;
	// Quiet for long enough: whatever happened before, it is not showing up now.
	if (improvingAfter > 0 && youngest >= improvingAfter) return distinct.length >= 2 ? "improving" : "new";
	if (input.items.count > 0 && latest >= 0) {
		// Only the plan that existed before the latest occurrence counts: an item written for the recurrence itself is the new plan.
		const seenAt = chrono.dateKeyAt(latest);
		const before = (paths: readonly string[]) => paths.filter((p) => chrono.dateKeyOf(p) < seenAt).length;
		if (before(input.items.paths()) > 0 && before(input.items.openPaths()) === 0) return "regressed";
	}
	return distinct.length >= 2 ? "recurring" : "new";
}

/**
 * Recurrence weighted by recency: score = Σ over the distinct interviews the theme appears in
 * of 2^(−age / halfLife), where age is how many interviews came after that one (0 for the
 * latest). A gap seen in the last interview adds 1, one seen `halfLife` interviews ago adds ½,
 * so three recent occurrences outrank five old ones. Rounded to 3 decimals to keep output stable.
 */
export function themeScore(ranks: readonly number[], chrono: Chronology, halfLife: number): number {
	const h = halfLife > 0 ? halfLife : 1;
	let score = 0;
	for (const r of distinctRanks(ranks)) score += chrono.weightAt(r, h);
	return Math.round(score * 1000) / 1000;
}

/** Each rank once, in order of first appearance; a theme's ranks arrive ascending, which needs no set. */
function distinctRanks(ranks: readonly number[]): readonly number[] {
	for (let k = 1; k < ranks.length; k++) if (ranks[k]! <= ranks[k - 1]!) return [...new Set(ranks)];
	return ranks;
}

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
