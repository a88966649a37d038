/** Normalising heading and item text into the titles the contract promises. */

const EMPHASIS_DOUBLE = /\*\*|__/g;
// Single `*`/`_` only when they touch a word edge, so snake_case and 2*3 survive.
const EMPHASIS_SINGLE = /(^|[\s([{"'“‘])[*_]+|[*_]+(?=$|[\s)\]}.,;:!?"'”’])/g;
const LEADING_NUMBER = /^(?:\d+(?:\.\d+)*[.)]?|[a-z][.)])(?=\s|$)\s*/i;
// Emoji, pictographs, arrows, dingbats and ASCII punctuation a heading may start with.
const LEADING_SYMBOLS = /^(?:[\p{Extended_Pictographic}\p{So}\p{Sk}\u200d\ufe0f\u20e3#>\-–—•·:|~=+*✓✔✗✘]|\s)+/u;
const TRAILING_COLON = /\s*[:：]\s*$/;
const BLOCK_ID = /\s+\^[A-Za-z0-9-]+\s*$/;

/** Removes markers, numbering, leading symbols and a trailing colon; collapses whitespace. */
export function cleanTitle(raw: string): string {
	let t = raw.replace(BLOCK_ID, "");
	t = t.replace(EMPHASIS_DOUBLE, "").replace(EMPHASIS_SINGLE, "$1");
	t = t.replace(/\s+/g, " ").trim();
	// Numbering and symbols can come in either order ("✅ 5. Action items", "5. ✅ ...").
	for (let i = 0; i < 3; i++) {
		const before = t;
		t = t.replace(LEADING_SYMBOLS, "").replace(LEADING_NUMBER, "");
		if (t === before) break;
	}
	return t.replace(TRAILING_COLON, "").trim();
}

/** Case-insensitive key for comparing a cleaned heading with a configured section name. */
export function headingKey(raw: string): string {
	return cleanTitle(raw).toLowerCase();
}

/** True when the heading text names the section: its cleaned text starts with one of the names. */
export function headingMatches(rawHeading: string, names: readonly string[]): boolean {
	const key = headingKey(rawHeading);
	if (!key) return false;
	return names.some((n) => {
		const name = headingKey(n);
		return name.length > 0 && key.startsWith(name);
	});
}

/** Splits a trailing block id (`text ^abc`) off a line's text. */
export function splitBlockId(text: string): { text: string; blockId: string | null } {
	const m = /\s+\^([A-Za-z0-9-]+)\s*$/.exec(text);
	if (!m) return { text: text.trim(), blockId: null };
	return { text: text.slice(0, m.index).trim(), blockId: m[1] ?? null };
}
