import type { ActionItem, Interview, Struggle } from "../model";
import type { ThemeAnalysis } from "../themes/theme-model";
import { newestFirst } from "../interview-order";
import {
	actionText,
	interviewPasses,
	isEmptyFilter,
	ownerMatches,
	refKey,
	searchTerms,
	statusPasses,
	struggleText,
	themeRefs,
	type GroupBy,
	type TrackerFilter,
} from "./tracker-filter";

/** One interview as the tracker shows it: the note, and what of it survives the filter. */
export interface InterviewEntry {
	/** The index's object; a view may reuse what it rendered for the same object and filter. */
	interview: Interview;
	actions: ActionItem[];
	struggles: Struggle[];
}

/** A collapsible group: one interview, or one company's interviews. */
export interface TrackerGroup {
	/** Stable across renders (`interview:<path>` / `company:<name>`), so collapsed state can be kept. */
	key: string;
	label: string;
	/** Set when grouping by interview: the group is that interview. */
	interview: Interview | null;
	entries: InterviewEntry[];
}

export interface TrackerCounts {
	interviews: number;
	open: number;
	done: number;
}

export interface TrackerModel {
	/** Of the interviews that pass every filter but status, so toggling status keeps them meaningful. */
	counts: TrackerCounts;
	/** Every company in the index, sorted, for the company filter. */
	companies: string[];
	/** Interviews in the index, before filtering. */
	total: number;
	actions: TrackerGroup[];
	struggles: TrackerGroup[];
	/** Interviews that carry warnings. */
	warnings: InterviewEntry[];
}

const NO_COMPANY = "No company";

/** Builds what the pane and the code block render. Pure: same input, same output. */
export function buildTrackerModel(
	interviews: readonly Interview[],
	filter: TrackerFilter,
	groupBy: GroupBy,
	themes: ThemeAnalysis | null = null,
): TrackerModel {
	const all = isEmptyFilter(filter);
	const terms = searchTerms(filter.search);
	const refs = themeRefs(themes, filter.themeId);
	const counts: TrackerCounts = { interviews: 0, open: 0, done: 0 };
	const entries: InterviewEntry[] = [];
	for (const iv of newestFirstOf(interviews)) {
		const entry = all ? { interview: iv, actions: iv.actionItems, struggles: iv.struggles } : filterEntry(iv, filter, terms, refs);
		if (!entry) continue;
		counts.interviews++;
		for (const a of entry.actions) a.done ? counts.done++ : counts.open++;
		if (!all && filter.status !== "all") entry.actions = entry.actions.filter((a) => statusPasses(a, filter.status));
		entries.push(entry);
	}
	return {
		counts,
		companies: cached(companyLists, interviews, companiesOf),
		total: interviews.length,
		actions: group(entries.filter((e) => e.actions.length > 0), groupBy),
		struggles: group(entries.filter((e) => e.struggles.length > 0), groupBy),
		warnings: entries.filter((e) => e.interview.warnings.length > 0),
	};
}

function filterEntry(iv: Interview, f: TrackerFilter, terms: string[], refs: Set<string> | null): InterviewEntry | null {
	if (!interviewPasses(iv, f)) return null;
	const inTheme = (line: number) => refs === null || refs.has(refKey(iv.path, line));
	const whole = ownerMatches(terms, iv, () => [iv.title, iv.company, iv.role]);
	const actions = iv.actionItems.filter((a) => inTheme(a.line) && (whole || ownerMatches(terms, a, () => actionText(a))));
	const struggles = iv.struggles.filter((s) => inTheme(s.line) && (whole || ownerMatches(terms, s, () => struggleText(s))));
	const narrowed = terms.length > 0 || refs !== null;
	if (narrowed && !whole && actions.length === 0 && struggles.length === 0) return null;
	if (refs !== null && actions.length === 0 && struggles.length === 0) return null;
	return { interview: iv, actions, struggles };
}

function group(entries: InterviewEntry[], by: GroupBy): TrackerGroup[] {
	if (by === "interview") {
		return entries.map((e) => ({ key: `interview:${e.interview.path}`, label: e.interview.title, interview: e.interview, entries: [e] }));
	}
	const byCompany = new Map<string, InterviewEntry[]>();
	for (const e of entries) {
		const name = e.interview.company ?? NO_COMPANY;
		const k = name.toLowerCase();
		const list = byCompany.get(k) ?? [];
		if (list.length === 0) byCompany.set(k, list);
		list.push(e);
	}
	return [...byCompany.values()]
		.map((list) => ({ key: `company:${(list[0]?.interview.company ?? NO_COMPANY).toLowerCase()}`, label: list[0]?.interview.company ?? NO_COMPANY, interview: null, entries: list }))
		.sort((a, b) => (a.label === NO_COMPANY ? 1 : b.label === NO_COMPANY ? -1 : a.label.localeCompare(b.label)));
}


// The index hands out one array per revision: sorting and listing companies once per array, not
// once per keystroke in the search box.
const sortedLists = new WeakMap<readonly Interview[], Interview[]>();
const companyLists = new WeakMap<readonly Interview[], string[]>();

function cached<T>(map: WeakMap<readonly Interview[], T>, interviews: readonly Interview[], make: (ivs: readonly Interview[]) => T): T {
	let v = map.get(interviews);
	if (v === undefined) {
		v = make(interviews);
		map.set(interviews, v);
	}
	return v;
}

function newestFirstOf(interviews: readonly Interview[]): Interview[] {
	return cached(sortedLists, interviews, (ivs) => [...ivs].sort(newestFirst));
}

function companiesOf(interviews: readonly Interview[]): string[] {
	const seen = new Map<string, string>();
	for (const iv of interviews) if (iv.company && !seen.has(iv.company.toLowerCase())) seen.set(iv.company.toLowerCase(), iv.company);
	return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
