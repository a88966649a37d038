/** Settings of the theme (gap) engine. Owned by the themes work; composed into the one settings object. Plain JSON only. */

/**
 * One gap of the dictionary, as the user can write it in data.json.
 * Patterns are short phrases matched on stemmed words: `no numbers`, `why * over`
 * (`*` stands for one to three words), `quantif*` (a word starting with `quantif`).
 */
export interface GapDictionaryEntry {
	/** Stable slug; an entry with the id of a built-in gap edits that gap. */
	id: string;
	/** Display name; empty keeps the built-in name. */
	name: string;
	patterns: string[];
	/** When editing a built-in gap: true replaces its patterns, false (default) adds to them. */
	replacePatterns?: boolean;
}

export interface ThemeSettings {
	/** Inline tag prefix that names a gap explicitly (`#gap/business-impact`). */
	gapTagPrefix: string;
	/** User additions and edits to the built-in gap dictionary. */
	gapDictionary: GapDictionaryEntry[];
	/** Built-in or user gap ids that never match. */
	disabledGapIds: string[];
	/** Cosine similarity (0..1) at which an unmatched struggle joins an automatic theme. */
	similarityThreshold: number;
	/** A theme is `improving` once it has not shown up in this many of the latest interviews. */
	improvingAfterInterviews: number;
	/** Interviews after which a past occurrence counts half as much in the score. */
	scoreHalfLifeInterviews: number;
	/** Distinct dictionary phrases the body alone needs to match (the title needs one). */
	bodyMinPhraseHits: number;
}

export const DEFAULT_THEME_SETTINGS: ThemeSettings = {
	gapTagPrefix: "gap",
	gapDictionary: [],
	disabledGapIds: [],
	similarityThreshold: 0.3,
	improvingAfterInterviews: 3,
	scoreHalfLifeInterviews: 4,
	bodyMinPhraseHits: 2,
};
