/** Normalising heading and item text into the titles the contract promises. */

const EMPHASIS_DOUBLE = /\*\*|__/g;
// Single `*`/`_` runs go only when they touch a word edge, so snake_case and 2*3 survive.
// Whole runs are judged by their neighbours: a lookahead regex here was quadratic on long runs.
const EMPHASIS_RUN = /[*_]+/g;
const EDGE_BEFORE = /[\s([{"'“‘]/;
const EDGE_AFTER = /[\s)\]}.,;:!?"'”’]/;
const LEADING_NUMBER = /^(?:\d+(?:\.\d+)*[.)]?|[a-z][.)])(?=\s|$)\s*/i;
// Emoji, pictographs, arrows, dingbats and ASCII punctuation a heading may start with.
const LEADING_SYMBOLS = /^(?:[\p{Extended_Pictographic}\p{So}\p{Sk}#>\-–—•·:|~=+*✓✔✗✘]|\u200d|\ufe0f|\u20e3|\s)+/u;

/** Removes markers, numbering, leading symbols and a trailing colon; collapses whitespace. */
export function cleanTitle(raw: string): string {
	let t = splitBlockId(raw).text;
	// Each pass is skipped when its trigger character is absent: this runs on every heading of every note.
	if (t.indexOf("*") >= 0 || t.indexOf("_") >= 0) t = t.replace(EMPHASIS_DOUBLE, "").replace(EMPHASIS_RUN, stripEdgeRun);
	if (/\s\s|[^\S ]/.test(t)) t = t.replace(/\s+/g, " ");
	t = t.trim();
	// Numbering and symbols can come in either order ("✅ 5. Action items", "5. ✅ ...").
	for (let i = 0; i < 3 && t.length > 0 && !startsWithWord(t); i++) {
		const before = t;
		t = t.replace(LEADING_SYMBOLS, "").replace(LEADING_NUMBER, "");
		if (t === before) break;
	}
	if (t.endsWith(":") || t.endsWith("：")) t = t.slice(0, -1).trimEnd();
	return t;
}

/** A letter that is not a list label like "a)" or "b.": nothing to strip in front of it. */
function startsWithWord(t: string): boolean {
	const c = t.charCodeAt(0) | 32;
	if (c < 97 || c > 122) return false;
	const next = t.charCodeAt(1);
	return next !== 46 && next !== 41;
}

/** Case-insensitive key for comparing a cleaned heading with a configured section name. */
export function headingKey(raw: string): string {
	return cleanTitle(raw).toLowerCase();
}

/** True when the heading text names the section: its cleaned text starts with one of the names. */
export function headingMatches(rawHeading: string, names: readonly string[]): boolean {
	return keyMatches(headingKey(rawHeading), names);
}

/** Like `headingMatches` for a key already made by `headingKey`, so one heading is cleaned once. */
export function keyMatches(key: string, names: readonly string[]): boolean {
	if (!key) return false;
	return nameKeys(names).some((name) => key.startsWith(name));
}

// Settings arrays live as long as the settings object; cleaning them once per array is enough.
const nameKeyCache = new WeakMap<readonly string[], string[]>();

function nameKeys(names: readonly string[]): string[] {
	let keys = nameKeyCache.get(names);
	if (!keys) {
		keys = names.map(headingKey).filter((k) => k.length > 0);
		nameKeyCache.set(names, keys);
	}
	return keys;
}

function stripEdgeRun(run: string, at: number, text: string): string {
	const before = text.charAt(at - 1);
	const after = text.charAt(at + run.length);
	return at === 0 || EDGE_BEFORE.test(before) || after === "" || EDGE_AFTER.test(after) ? "" : run;
}

/** Splits a trailing block id (`text ^abc`) off a line's text. */
export function splitBlockId(text: string): { text: string; blockId: string | null } {
	// lastIndexOf + an anchored test instead of one regex: linear even on a 100k-space line.
	const caret = text.lastIndexOf("^");
	if (caret > 0 && /\s/.test(text.charAt(caret - 1))) {
		const m = /^\^([A-Za-z0-9-]+)\s*$/.exec(text.slice(caret));
		if (m) return { text: text.slice(0, caret).trim(), blockId: m[1] ?? null };
	}
	return { text: text.trim(), blockId: null };
}
