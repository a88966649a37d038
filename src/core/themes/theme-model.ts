/** The result of the theme (gap) engine: what the pane, the report, prep notes and `scan --json` read. */

/**
 * A struggle or action item, by where it lives. Read-only, and frozen: the engine makes one per
 * struggle or item of an unchanged note and hands the same object to every analysis.
 */
export interface NoteRef {
	readonly path: string;
	/** 1-based line of the struggle heading / list item. */
	readonly line: number;
	readonly title: string;
	/** Date of the interview it belongs to (`YYYY-MM-DD`) or null. */
	readonly date: string | null;
}

export type ThemeStatus = "recurring" | "new" | "improving" | "regressed";

/** How a theme was found: an explicit `#gap/...` tag, the built-in/user dictionary, or text similarity. */
export type ThemeSource = "tag" | "dictionary" | "auto";

export interface Theme {
	/** Stable id (slug), e.g. `business-impact`, `auto-cost-dashboard`. */
	id: string;
	/** Display name, e.g. "Business impact & metrics". */
	name: string;
	source: ThemeSource;
	struggles: NoteRef[];
	/** Interviews it showed up in, oldest first (undated last); frozen and shared across analyses, as `NoteRef`s are. */
	interviews: { readonly path: string; readonly title: string; readonly date: string | null; readonly company: string | null }[];
	/** Number of struggles in this theme. */
	occurrences: number;
	firstSeen: string | null;
	lastSeen: string | null;
	/** Action items linked to the theme (same matching as struggles). */
	openItems: NoteRef[];
	doneItems: NoteRef[];
	status: ThemeStatus;
	/** Ranking score; higher first. Formula documented in compute-themes.ts and README. */
	score: number;
}

export interface ThemeAnalysis {
	/** Ranked, highest score first; ties by name. */
	themes: Theme[];
	/** Theme names of the struggle at path:line (empty when none). */
	themesOfStruggle(path: string, line: number): string[];
	/** Theme ids of the action item at path:line (empty when none). */
	themesOfItem(path: string, line: number): string[];
}
