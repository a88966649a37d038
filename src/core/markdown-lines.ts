/**
 * Hand-written matchers for the line shapes the scanner classifies. Each is exactly one anchored
 * regex of the original scanner, written as a character loop: the scanner runs them on every
 * list and heading line of every note, and a regex match array per line was most of its garbage.
 */

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const GT = 62;

/** What `matchListMarker` found; one shared object, read right after the call. */
export const listMarker = {
	/** Columns of indentation before the marker (inside a blockquote: after the `>`). */
	indent: 0,
	/** Columns the leading tabs add beyond their character count. */
	tabExtra: 0,
};

/** What `matchCheckbox` found: the status character's length in code units (1, or 2 for a pair). */
export const checkbox = { statusLen: 0 };

function isSpaceOrTab(c: number): boolean {
	return c === SPACE || c === TAB;
}

/** What `matchHeading` found: where the text after the `#` markers starts. */
export const headingMarker = { end: 0 };

/** `^ {0,3}(#{1,6})(?=[ \t]|$)`: the heading level, or 0. Sets `headingMarker`. */
export function matchHeading(line: string): number {
	let k = 0;
	while (k < 3 && line.charCodeAt(k) === SPACE) k++;
	let h = 0;
	while (h < 7 && line.charCodeAt(k + h) === HASH) h++;
	if (h === 0 || h > 6) return 0;
	const next = k + h;
	if (next !== line.length && !isSpaceOrTab(line.charCodeAt(next))) return 0;
	headingMarker.end = next;
	return h;
}

/** `^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$`: a thematic break. */
export function isRule(line: string): boolean {
	let k = 0;
	while (k < 3 && line.charCodeAt(k) === SPACE) k++;
	const ch = line.charCodeAt(k);
	if (ch !== 45 && ch !== 42 && ch !== 95) return false;
	let count = 1;
	for (let j = k + 1; j < line.length; j++) {
		const c = line.charCodeAt(j);
		if (c === ch) count++;
		else if (!isSpaceOrTab(c)) return false;
	}
	return count >= 3;
}

/**
 * `^([ \t]*)(?:((?:>[ \t]?)+)([ \t]*))?([-*+]|\d{1,9}[.)])(?:[ \t]+|$)`: the end of the marker
 * and the spaces after it, or -1. The regex never backtracks into another split, so the greedy
 * reading below is the only one. Sets `listMarker`.
 */
export function matchListMarker(line: string): number {
	const len = line.length;
	let p = 0;
	let col = 0;
	while (p < len) {
		const c = line.charCodeAt(p);
		if (c === SPACE) col++;
		else if (c === TAB) col += 4 - (col % 4);
		else break;
		p++;
	}
	listMarker.tabExtra = col - p;
	let indent = col;
	if (line.charCodeAt(p) === GT) {
		while (line.charCodeAt(p) === GT) {
			p++;
			if (isSpaceOrTab(line.charCodeAt(p))) p++;
		}
		// Inner indent only counts when there is one; its tabs advance from column 0.
		let inner = 0;
		const from = p;
		while (p < len) {
			const c = line.charCodeAt(p);
			if (c === SPACE) inner++;
			else if (c === TAB) inner += 4 - (inner % 4);
			else break;
			p++;
		}
		if (p > from) indent = inner;
	}
	const c = line.charCodeAt(p);
	if (c === 45 || c === 42 || c === 43) p++;
	else if (c >= 48 && c <= 57) {
		let d = 1;
		while (d < 10 && isDigit(line.charCodeAt(p + d))) d++;
		if (d > 9) return -1;
		const after = line.charCodeAt(p + d);
		if (after !== 46 && after !== 41) return -1;
		p += d + 1;
	} else return -1;
	if (p < len) {
		if (!isSpaceOrTab(line.charCodeAt(p))) return -1;
		while (p < len && isSpaceOrTab(line.charCodeAt(p))) p++;
	}
	listMarker.indent = indent;
	return p;
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/**
 * `^\[([^\]])\](?=[ \t]|$)[ \t]?` (with `u`) at `at`: where the content after the box starts, or
 * -1. The status is one code point, so a surrogate pair counts as one. Sets `checkbox`.
 */
export function matchCheckbox(line: string, at: number): number {
	if (line.charCodeAt(at) !== 91 || at + 1 >= line.length) return -1;
	const s = line.charCodeAt(at + 1);
	if (s === 93) return -1;
	const low = line.charCodeAt(at + 2);
	const len = s >= 0xd800 && s <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
	const close = at + 1 + len;
	if (line.charCodeAt(close) !== 93) return -1;
	const q = close + 1;
	if (q === line.length) {
		checkbox.statusLen = len;
		return q;
	}
	if (!isSpaceOrTab(line.charCodeAt(q))) return -1;
	checkbox.statusLen = len;
	return q + 1;
}

/** Heading text without a closing sequence (`## Title ##`): as `/(?:^|[ \t])#+$/` then trim. */
export function headingText(line: string, from: number): string {
	let t = line.slice(from).trim();
	let s = t.length;
	while (s > 0 && t.charCodeAt(s - 1) === HASH) s--;
	if (s === t.length) return t;
	if (s === 0) return "";
	if (isSpaceOrTab(t.charCodeAt(s - 1))) t = t.slice(0, s - 1).trim();
	return t;
}
