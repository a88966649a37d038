import type { ActionItem, Interview, Struggle } from "../model";
import type { ThemeAnalysis } from "../themes/theme-model";

export type StatusFilter = "open" | "done" | "all";
export type GroupBy = "interview" | "company";

/** What the user narrowed the tracker to. Plain data so a view can keep it in its state. */
export interface TrackerFilter {
	/** Free text; every whitespace-separated term must occur (case-insensitive). */
	search: string;
	/** Exact company, compared case-insensitively; null for every company. */
	company: string | null;
	/** Inclusive `YYYY-MM-DD` bounds; an undated interview is hidden once a bound is set. */
	from: string | null;
	to: string | null;
	/** Which action items show; struggles are not open or done, so they ignore it. */
	status: StatusFilter;
	/** Only struggles and items of this theme; null for all. */
	themeId: string | null;
}

export const DEFAULT_TRACKER_FILTER: TrackerFilter = { search: "", company: null, from: null, to: null, status: "all", themeId: null };

/** True when the filter shows everything, so callers can skip per-item work. */
export function isEmptyFilter(f: TrackerFilter): boolean {
	return !f.search.trim() && f.company === null && f.from === null && f.to === null && f.status === "all" && f.themeId === null;
}

/** Interview-level checks: company and date range. */
export function interviewPasses(iv: Interview, f: TrackerFilter): boolean {
	if (f.company !== null && (iv.company ?? "").toLowerCase() !== f.company.toLowerCase()) return false;
	if (f.from !== null || f.to !== null) {
		if (iv.date === null) return false;
		if (f.from !== null && iv.date < f.from) return false;
		if (f.to !== null && iv.date > f.to) return false;
	}
	return true;
}

/** Lower-cased search terms; empty when there is nothing to search for. */
export function searchTerms(search: string): string[] {
	return search.toLowerCase().split(/\s+/).filter((t) => t.length > 0);
}

// The index replaces an interview's objects when its note changes and never mutates them, so the
// lower-cased text of each can be kept for as long as the object lives.
const hays = new WeakMap<object, string>();

/**
 * True when every term occurs in one of the texts of `owner` (an interview, item or struggle),
 * lower-cased once per object: each keystroke in the search box otherwise joined and lower-cased
 * the whole vault again.
 */
export function ownerMatches(terms: readonly string[], owner: object, texts: () => readonly (string | null)[]): boolean {
	if (terms.length === 0) return true;
	let hay = hays.get(owner);
	if (hay === undefined) {
		hay = texts().filter((t): t is string => !!t).join("\n").toLowerCase();
		hays.set(owner, hay);
	}
	const h = hay;
	return terms.every((t) => h.includes(t));
}

export function actionText(a: ActionItem): string[] {
	return [a.title, a.body, ...a.steps.map((s) => s.text)];
}

export function struggleText(s: Struggle): string[] {
	return [s.title, s.body, ...s.tags];
}

export function statusPasses(a: ActionItem, status: StatusFilter): boolean {
	return status === "all" || (status === "done") === a.done;
}

/** `path:line` of every struggle and item in a theme, or null when the theme is unknown. */
export function themeRefs(themes: ThemeAnalysis | null | undefined, themeId: string | null): Set<string> | null {
	if (themeId === null || !themes) return null;
	const theme = themes.themes.find((t) => t.id === themeId);
	const out = new Set<string>();
	if (!theme) return out;
	for (const r of [...theme.struggles, ...theme.openItems, ...theme.doneItems]) out.add(refKey(r.path, r.line));
	return out;
}

export function refKey(path: string, line: number): string {
	return `${path}:${line}`;
}
