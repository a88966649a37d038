import type { NoteRef, Theme, ThemeAnalysis, ThemeStatus } from "../themes/theme-model";

/** Gaps the pane lists before "Show all": enough to see the pattern, short enough to reach the items below. */
export const DEFAULT_GAPS_SHOWN = 5;
/** Open action items listed per gap; the rest are counted, since the items section lists them all. */
export const OPEN_ITEMS_SHOWN = 3;
/** Interview chips per gap: the latest ones; the timeline still shows every interview. */
export const CHIPS_SHOWN = 8;

/** One interview a gap showed up in; opening it goes to the gap's first struggle there. */
export interface GapChip {
	path: string;
	/** 1-based line of the theme's first struggle in this interview. */
	line: number;
	label: string;
	/** The interview's title and date, for the tooltip. */
	tooltip: string;
	/** Struggles of this gap in the interview (shown when above 1). */
	struggles: number;
}

/** One dated interview on the shared time axis. */
export interface GapPoint {
	/** Position on the shared axis, 0 (earliest date of any gap) to 1 (latest). */
	at: number;
	date: string;
	/** Tooltip: date and where. */
	label: string;
	/** Where a click on the dot goes: the theme's first struggle in that interview, as its chip. */
	path: string;
	line: number;
	/** Interviews a merged dot stands for (drawn larger); absent for one interview. */
	count?: number;
}

export interface GapStatusInfo {
	/** Sentence-case word on the badge, so status never depends on colour alone. */
	label: string;
	/** Tooltip saying what the status means. */
	hint: string;
}

/** A theme as the "Recurring gaps" section shows it. */
export interface GapRow {
	id: string;
	name: string;
	status: ThemeStatus;
	/** The theme filter is set to this gap. */
	active: boolean;
	/** "5 struggles in 4 interviews". */
	summary: string;
	lastSeen: string | null;
	/** The latest CHIPS_SHOWN interviews, oldest first. */
	chips: GapChip[];
	/** Interviews left out of `chips` (the earliest ones). */
	earlierChips: number;
	/** The first open items linked to the gap. */
	openItems: NoteRef[];
	/** Open items beyond `openItems`. */
	moreOpen: number;
	doneItems: number;
	points: GapPoint[];
	/** Interviews without a date, which have no place on the axis. */
	undated: number;
	/** Screen-reader text of the timeline. */
	timelineLabel: string;
}

export interface GapsModel {
	/** In the engine's ranking order. */
	rows: GapRow[];
	/** Themes in the analysis. */
	total: number;
	/** Themes left out by the limit. */
	hidden: number;
	/** Earliest and latest interview date over every theme (not only the shown ones), so rows line up. */
	axis: { from: string | null; to: string | null };
}

export interface GapsOptions {
	/** Most rows shown; null for all. */
	limit: number | null;
	/** The user asked for every row despite the limit. */
	showAll: boolean;
	/** Theme id of the pane's theme filter. */
	activeId: string | null;
	/** Open items listed per row (default OPEN_ITEMS_SHOWN). */
	itemsShown?: number;
}

export const STATUS_INFO: Readonly<Record<ThemeStatus, GapStatusInfo>> = {
	recurring: { label: "Recurring", hint: "Showed up in two or more interviews" },
	new: { label: "New", hint: "Showed up in one interview so far" },
	improving: { label: "Improving", hint: "Not seen in your most recent interviews" },
	regressed: { label: "Regressed", hint: "Showed up again after the action items planned for it were done" },
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What the "Recurring gaps" section shows. Keeps the engine's ranking (the report and the pane
 * must agree) and only cuts it: the top `limit`, plus the active theme wherever it ranks, so a
 * filter set from the header is never invisible here. Pure: same input, same output.
 */
export function buildGapsModel(analysis: ThemeAnalysis, options: GapsOptions): GapsModel {
	const themes = analysis.themes;
	const cut = options.showAll || options.limit === null ? themes.length : options.limit;
	const shown = themes.filter((t, i) => i < cut || t.id === options.activeId);
	const rows = rowsOf(analysis, options.itemsShown ?? OPEN_ITEMS_SHOWN);
	return {
		rows: shown.map((t) => rows.get(t, t.id === options.activeId)),
		total: themes.length,
		hidden: themes.length - shown.length,
		axis: rows.span ? { from: rows.span.from, to: rows.span.to } : { from: null, to: null },
	};
}

/**
 * Rows already built from one analysis, so picking a gap (a new active id, same analysis) costs
 * nothing for the rows it leaves alone and the pane can tell them unchanged by identity. Rows are
 * shared between calls: callers must not change them.
 */
class RowCache {
	readonly span: Span | null;
	private readonly rows = new Map<Theme, [GapRow | undefined, GapRow | undefined]>();

	constructor(
		themes: readonly Theme[],
		readonly itemsShown: number,
	) {
		this.span = dateSpan(themes);
	}

	get(t: Theme, active: boolean): GapRow {
		let pair = this.rows.get(t);
		if (!pair) {
			pair = [undefined, undefined];
			this.rows.set(t, pair);
		}
		const at = active ? 1 : 0;
		let row = pair[at];
		if (!row) {
			const other = pair[1 - at];
			row = other ? { ...other, active } : toRow(t, active, this.span, this.itemsShown);
			pair[at] = row;
		}
		return row;
	}
}

const rowCaches = new WeakMap<ThemeAnalysis, RowCache>();

function rowsOf(analysis: ThemeAnalysis, itemsShown: number): RowCache {
	let cache = rowCaches.get(analysis);
	if (!cache || cache.itemsShown !== itemsShown) {
		cache = new RowCache(analysis.themes, itemsShown);
		rowCaches.set(analysis, cache);
	}
	return cache;
}

interface Span {
	from: string;
	to: string;
	start: number;
	days: number;
}

function dateSpan(themes: readonly Theme[]): Span | null {
	let from: string | null = null;
	let to: string | null = null;
	for (const t of themes) {
		for (const iv of t.interviews) {
			if (iv.date === null || dayNumber(iv.date) === null) continue;
			if (from === null || iv.date < from) from = iv.date;
			if (to === null || iv.date > to) to = iv.date;
		}
	}
	if (from === null || to === null) return null;
	const start = dayNumber(from) ?? 0;
	return { from, to, start, days: (dayNumber(to) ?? start) - start };
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, or null when it is not one. Integer calendar
 * arithmetic (days from civil) instead of `Date`: no time zone can shift it, and it is far
 * cheaper, which matters with thousands of interviews on the axis.
 */
export function dayNumber(date: string): number | null {
	const m = ISO_DATE.exec(date);
	if (!m) return null;
	const y = Number(m[1]);
	const mo = Number(m[2]);
	const d = Number(m[3]);
	if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
	const yy = mo <= 2 ? y - 1 : y;
	const era = Math.floor(yy / 400);
	const yoe = yy - era * 400;
	const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

function toRow(t: Theme, active: boolean, span: Span | null, itemsShown: number): GapRow {
	const firstLine = firstStruggleLines(t);
	const points: GapPoint[] = [];
	let undated = 0;
	for (const iv of t.interviews) {
		const day = iv.date === null ? null : dayNumber(iv.date);
		if (iv.date === null || day === null || span === null) {
			undated++;
			continue;
		}
		const at = span.days === 0 ? 0.5 : (day - span.start) / span.days;
		points.push({ at, date: iv.date, label: [iv.date, iv.company ?? iv.title].join(" · "), path: iv.path, line: firstLine.get(iv.path) ?? 1 });
	}
	return {
		id: t.id,
		name: t.name,
		status: t.status,
		active,
		summary: `${plural(t.occurrences, "struggle")} in ${plural(t.interviews.length, "interview")}`,
		lastSeen: t.lastSeen,
		chips: chipsOf(t, firstLine).slice(-CHIPS_SHOWN),
		earlierChips: Math.max(0, t.interviews.length - CHIPS_SHOWN),
		openItems: t.openItems.slice(0, itemsShown),
		moreOpen: Math.max(0, t.openItems.length - itemsShown),
		doneItems: t.doneItems.length,
		points,
		undated,
		timelineLabel: timelineLabel(points, undated),
	};
}

/** The line of the theme's first struggle in each of its interviews. */
function firstStruggleLines(t: Theme): Map<string, number> {
	const firstLine = new Map<string, number>();
	for (const s of t.struggles) {
		const seen = firstLine.get(s.path);
		if (seen === undefined || s.line < seen) firstLine.set(s.path, s.line);
	}
	return firstLine;
}

function chipsOf(t: Theme, firstLine: ReadonlyMap<string, number>): GapChip[] {
	const count = new Map<string, number>();
	for (const s of t.struggles) count.set(s.path, (count.get(s.path) ?? 0) + 1);
	const uses = new Map<string, number>();
	for (const iv of t.interviews) {
		const k = (iv.company ?? iv.title).toLowerCase();
		uses.set(k, (uses.get(k) ?? 0) + 1);
	}
	return t.interviews.map((iv) => {
		const name = iv.company ?? iv.title;
		// The same company twice (two rounds) would give twin chips; the date tells them apart.
		const twin = iv.date !== null && (uses.get(name.toLowerCase()) ?? 0) > 1;
		return {
			path: iv.path,
			line: firstLine.get(iv.path) ?? 1,
			label: twin ? `${name} · ${iv.date ?? ""}` : name,
			tooltip: iv.date ? `${iv.title} (${iv.date})` : iv.title,
			struggles: count.get(iv.path) ?? 0,
		};
	});
}

/** Dates a screen reader lists one by one; past that it hears a span, not a thousand dates. */
const LABEL_DATES = 6;

function timelineLabel(points: readonly GapPoint[], undated: number): string {
	const parts: string[] = [];
	const first = points[0];
	const last = points[points.length - 1];
	if (first && last && points.length > LABEL_DATES) parts.push(`Seen in ${plural(points.length, "interview")} from ${first.date} to ${last.date}`);
	else if (points.length > 0) parts.push(`Seen on ${listOf(points.map((p) => p.date))}`);
	if (undated > 0) parts.push(`${parts.length ? "and in" : "Seen in"} ${plural(undated, "undated interview")}`);
	return parts.length ? parts.join(" ") : "No interviews";
}

function listOf(words: readonly string[]): string {
	if (words.length <= 1) return words.join("");
	return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

/** "1 struggle", "4 interviews". */
export function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}
