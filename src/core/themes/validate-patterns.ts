import type { GapDictionaryEntry } from "./theme-settings";
import { splitWords } from "./text-words";

/**
 * Checks for the gap dictionary the user writes in data.json. Patterns are not regular
 * expressions (see `compilePhrase` in dictionary-match.ts): nothing a user types can fail to
 * compile, but a pattern can still be useless (no word left), surprising (regex syntax read as
 * words) or slow: every `*` tries one to three words, so k wildcards try up to 3^k ways at each
 * word of every struggle. These checks reject such patterns with a reason instead.
 */

/** Wildcards per pattern: 3^3 = 27 ways at most per starting word, like the built-in patterns. */
export const MAX_PATTERN_WILDCARDS = 3;
/** Longer text is a paragraph, not a phrase; it would never match anyway. */
export const MAX_PATTERN_CHARS = 120;
/** A prefix shorter than this (`a*`, `re*`) matches almost any word. Scripts without spaces need fewer. */
const MIN_PREFIX_CHARS = 3;
const MIN_NON_ASCII_PREFIX_CHARS = 2;
/** Characters that mean a regex to whoever wrote them, and are dropped as punctuation by the matcher. */
const REGEX_SYNTAX = /[|\\()[\]{}+?^$]/;

/** Why a dictionary pattern cannot be used, or null when it can. Never throws, whatever it is given. */
export function checkGapPattern(pattern: unknown): string | null {
	if (typeof pattern !== "string") return "is not text";
	const text = pattern.trim();
	if (!text) return "is empty";
	if (text.length > MAX_PATTERN_CHARS) return `is longer than ${MAX_PATTERN_CHARS} characters`;
	const regex = REGEX_SYNTAX.exec(text);
	if (regex) return `contains "${regex[0]}": patterns are plain phrases, not regular expressions (use * for one to three words, word* for a prefix)`;
	let wildcards = 0;
	let words = 0;
	let previousWasWildcard = true;
	for (const part of text.split(/\s+/)) {
		if (part === "*") {
			if (!previousWasWildcard) wildcards++;
			previousWasWildcard = true;
			continue;
		}
		previousWasWildcard = false;
		if (part.slice(0, -1).includes("*")) return `has "*" inside "${part}": use it as a whole word or at the end of a word`;
		if (part.endsWith("*")) {
			const prefix = splitWords(part.slice(0, -1)).join("");
			if ([...prefix].length < (/^[\x20-\x7e]*$/.test(prefix) ? MIN_PREFIX_CHARS : MIN_NON_ASCII_PREFIX_CHARS)) return `has the prefix "${part}", which would match almost any word`;
			words++;
		} else words += splitWords(part).length;
	}
	if (previousWasWildcard && wildcards > 0) wildcards--;
	if (words === 0) return "has no word to match";
	if (wildcards > MAX_PATTERN_WILDCARDS) return `has ${wildcards} "*" wildcards; at most ${MAX_PATTERN_WILDCARDS} keep matching fast`;
	return null;
}

/** One thing wrong with the gap dictionary, phrased for a Notice. */
export interface DictionaryProblem {
	/** Id of the entry, or `#<n>` (1-based) when it has none. */
	gap: string;
	/** The pattern at fault; null when the entry itself is. */
	pattern: string | null;
	reason: string;
}

/** The gap dictionary of data.json as typed entries, and what was wrong with it. */
export interface ReadDictionary {
	/** Well-formed entries. Patterns that fail `checkGapPattern` are kept (the user's words are not thrown away on save); the matcher skips them. */
	entries: GapDictionaryEntry[];
	problems: DictionaryProblem[];
}

/**
 * Reads whatever data.json holds under `gapDictionary`. An entry that is not an object or has no
 * id is dropped; a pattern that is not text is dropped; every other pattern is kept and checked.
 * Never throws.
 */
export function readGapDictionary(raw: unknown): ReadDictionary {
	const problems: DictionaryProblem[] = [];
	if (raw === undefined || raw === null) return { entries: [], problems };
	if (!Array.isArray(raw)) return { entries: [], problems: [{ gap: "gapDictionary", pattern: null, reason: "is not a list of gaps; ignored" }] };
	const entries: GapDictionaryEntry[] = [];
	(raw as readonly unknown[]).forEach((item, i) => {
		const rec = isRecord(item) ? item : null;
		const id = rec && typeof rec.id === "string" ? rec.id.trim() : "";
		if (!rec || !id) {
			problems.push({ gap: `#${i + 1}`, pattern: null, reason: "has no id; ignored" });
			return;
		}
		const patterns: string[] = [];
		const rawPatterns: readonly unknown[] = Array.isArray(rec.patterns) ? (rec.patterns as readonly unknown[]) : [];
		if (rec.patterns !== undefined && !Array.isArray(rec.patterns)) problems.push({ gap: id, pattern: null, reason: "has patterns that are not a list; ignored" });
		for (const p of rawPatterns) {
			const why = checkGapPattern(p);
			if (typeof p === "string") patterns.push(p);
			if (why) problems.push({ gap: id, pattern: typeof p === "string" ? p : JSON.stringify(p) ?? String(p), reason: why });
		}
		const entry: GapDictionaryEntry = { id, name: typeof rec.name === "string" ? rec.name : "", patterns };
		if (typeof rec.replacePatterns === "boolean") entry.replacePatterns = rec.replacePatterns;
		entries.push(entry);
	});
	return { entries, problems };
}

/** One line per problem: `gap "salary": pattern "(pay|salary)" contains "(": …`. */
export function describeDictionaryProblem(p: DictionaryProblem): string {
	return p.pattern === null ? `gap "${p.gap}" ${p.reason}` : `gap "${p.gap}": pattern "${p.pattern}" ${p.reason}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A tag as typed in settings (`#Job/Interview`), checked: the bare lower-case name, or why it cannot be one. */
export type CheckedTag = { ok: true; tag: string } | { ok: false; reason: string };

/**
 * Checks a tag name the user typed for the interview tag or the gap tag prefix. Obsidian tags are
 * letters, digits, `_`, `-` and `/`, and not all digits; anything else (a space, a comma) would
 * give a setting that silently matches nothing.
 */
export function checkTagName(raw: string): CheckedTag {
	const tag = raw.trim().replace(/^#+/, "").replace(/\/+$/, "").toLowerCase();
	if (!tag) return { ok: false, reason: "cannot be empty" };
	const bad = /[^\p{L}\p{N}\p{M}_\-/]/u.exec(tag);
	if (bad) return { ok: false, reason: `cannot contain "${bad[0] === " " ? "a space" : bad[0]}" (tags are letters, digits, _, - and /)` };
	if (/^[\d/]+$/.test(tag)) return { ok: false, reason: "cannot be only digits" };
	return { ok: true, tag };
}
