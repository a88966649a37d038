/** Normalising heading and item text into the titles the contract promises. */

import { Comment, codeSpans, stripComments } from "./markdown-inline";
import { foldKey, needsFolding } from "./fold-key";
import { isSpace } from "./text-lines";

const EMPHASIS_DOUBLE = /\*\*|__/g;
// Single `*`/`_` runs go only when they touch a word edge, so snake_case and 2*3 survive.
// Whole runs are judged by their neighbours: a lookahead regex here was quadratic on long runs.
const EMPHASIS_RUN = /[*_]+/g;
const EDGE_BEFORE = /[\s([{"'“‘]/;
const EDGE_AFTER = /[\s)\]}.,;:!?"'”’]/;
// Numbering, not a quantity: `3.`, `3.1`, `5)`, `a)`. A bare `50` stays ("50 LeetCode mediums").
const LEADING_NUMBER = /^(?:\d+(?:\.\d+)+[.)]?|\d+[.)]|[a-z][.)])(?=\s|$)\s*/i;
// ... unless a decimal is followed by a unit in lower case: "1.5 hours on DP", "2.5 years of Go" are
// quantities, while "3.1 Title", "5.2 Second round", "3.1 iOS" and "1.1 two pointers" (lower-case
// notes number headings too) are numbered.
const DECIMAL_QUANTITY = /^\d+\.\d+\s*(?:hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s|ms|days?|weeks?|wks?|months?|years?|yrs?|times|[xX]|[kK]|m|million|billion|percent|%|[kKmMgGtT][bB]|qps|rps)(?![\p{L}\p{N}-])/u;
// Emoji, pictographs, arrows (→ ⇒ ⟶ ⤴, some of them math symbols), dingbats and ASCII punctuation
// a heading may start with. Not other math ("√n decomposition", "<T> generics", "≤ 30 min"), not
// currency ("$100k offer"), and not the opening of markup that needs its closing half: `code`,
// ~~struck~~, ==highlight==, or a #tag.
const LEADING_SYMBOLS = /^(?:(?!`|~~|==|#[^\s#])(?:[\p{Extended_Pictographic}\p{So}\p{Sk}\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f#>\-–—•·:|~=+*✓✔✗✘]|\u200d|\ufe0f|\u20e3|\s))+/u;
// Keycap emoji: a digit, an optional variation selector and U+20E3 ("1️⃣ Where I struggled").
const LEADING_KEYCAPS = /^(?:[0-9#*]\ufe0f?\u20e3\s*)+/u;

/** Removes markers, numbering, leading symbols and a trailing colon; collapses whitespace. */
export function cleanTitle(raw: string): string {
	let t = withoutEmphasis(withoutBlockId(withoutComments(raw)));
	if (needsSpaceCollapse(t)) t = t.replace(/\s+/g, " ");
	t = t.trim();
	// Numbering and symbols can come in either order ("✅ 5. Action items", "5. ✅ ...").
	for (let i = 0; i < 3 && t.length > 0 && !startsWithWord(t); i++) {
		const before = t;
		if (isKeycap(t)) t = t.replace(LEADING_KEYCAPS, "");
		// Neither pattern can match at an ASCII letter or digit the other can: skip the one that cannot.
		if (!isAsciiAlnum(t.charCodeAt(0))) t = t.replace(LEADING_SYMBOLS, "");
		if (isAsciiAlnum(t.charCodeAt(0)) && !DECIMAL_QUANTITY.test(t)) t = t.replace(LEADING_NUMBER, "");
		if (t === before) break;
	}
	if (t.endsWith(":") || t.endsWith("：")) t = t.slice(0, -1).trimEnd();
	return t;
}

/**
 * Text without bold and italic markers: `**`/`__` anywhere, single `*`/`_` runs at a word edge, so
 * `snake_case` and `2*3` survive; code spans keep their text (`__init__`, `**kwargs`). Each pass
 * is skipped when its trigger character is absent: this runs on every heading of every note.
 */
export function withoutEmphasis(text: string): string {
	if (text.indexOf("`") < 0) return emphasisOutsideCode(text);
	let out = "";
	let last = 0;
	for (const [at, end] of codeSpans(text)) {
		out += emphasisOutsideCode(text.slice(last, at)) + text.slice(at, end);
		last = end;
	}
	return out + emphasisOutsideCode(text.slice(last));
}

function emphasisOutsideCode(text: string): string {
	let t = text;
	if (t.indexOf("*") >= 0 || t.indexOf("_") >= 0) {
		if (t.indexOf("**") >= 0 || t.indexOf("__") >= 0) t = t.replace(EMPHASIS_DOUBLE, "");
		if (t.indexOf("*") >= 0 || t.indexOf("_") >= 0) t = t.replace(EMPHASIS_RUN, stripEdgeRun);
	}
	return t;
}

/**
 * A title as reading view shows it: `%% notes to self %%` and `<!-- -->` comments on its line are
 * hidden there, by the same rules the scanner uses (a code span that starts first is not a comment).
 */
function withoutComments(text: string): string {
	if (text.indexOf("%%") < 0 && text.indexOf("<!--") < 0) return text;
	return stripComments(text, Comment.None);
}

function isKeycap(t: string): boolean {
	const c = t.charCodeAt(0);
	if (!((c >= 48 && c <= 57) || c === 35 || c === 42)) return false;
	const next = t.charCodeAt(1);
	return next === 0x20e3 || (next === 0xfe0f && t.charCodeAt(2) === 0x20e3);
}

function isAsciiAlnum(c: number): boolean {
	return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** `/\s\s|[^\S ]/`: any whitespace but a single space, by char code. */
function needsSpaceCollapse(t: string): boolean {
	let prevSpace = false;
	for (let k = 0; k < t.length; k++) {
		const c = t.charCodeAt(k);
		if (c === 32) {
			if (prevSpace) return true;
			prevSpace = true;
		} else if (c < 128 && c !== 9 && (c < 10 || c > 13)) {
			prevSpace = false;
		} else if (isSpace(c)) {
			return true;
		} else {
			prevSpace = false;
		}
	}
	return false;
}


/** A letter that is not a list label like "a)" or "b.": nothing to strip in front of it. */
function startsWithWord(t: string): boolean {
	const c = t.charCodeAt(0) | 32;
	if (c < 97 || c > 122) return false;
	const next = t.charCodeAt(1);
	return next !== 46 && next !== 41;
}

/**
 * Case-insensitive key for comparing a cleaned heading with a configured section name. A leading
 * quantity goes too: titles keep "50 LeetCode mediums" and "1.5 hours", but "## 2 Action items" and
 * "## 3.1 where i struggled" name sections.
 */
export function headingKey(raw: string): string {
	if (!needsFolding(raw)) return cleanTitle(raw).toLowerCase().replace(CJK_NUMBERING, "").replace(QUANTITY, "");
	// Folded first, so full-width `１．` and `（一）` read as the numbering they are; `①` as `1.`,
	// since Chinese notes write it with no space before the text (`①遇到的困难`).
	const circled = raw.replace(LEADING_CIRCLED, (_m, before: string, n: string) => `${before}${n.charCodeAt(0) - 0x245f}.`);
	return cleanTitle(foldKey(circled).replace(INVISIBLE_START, "")).replace(CJK_NUMBERING, "").replace(QUANTITY, "");
}

const QUANTITY = /^\d+(?:\.\d+)?\s+/;

// ① to ⑳ at the start, after any markup (`**①…`).
const LEADING_CIRCLED = /^([^\p{L}\p{N}]*)([\u2460-\u2473])/u;

// A right-to-left or zero-width mark that an Arabic or Hebrew keyboard, or a paste, puts first.
const INVISIBLE_START = /^[\s\u200b-\u200f\u2060\ufeff]+/;
// Numbering as Chinese and Japanese notes write it: `一、`, `1、`, `(一)`, `1.` with no space before
// the text (after folding, `１．` is `1.`); `2.Action items` in English too.
const CJK_NUMBERING = /^(?:\((?:\d+|[一二三四五六七八九十百]+)\)|(?:\d+|[一二三四五六七八九十百]+)[、.])\s*/u;

/** True when a heading key (from `headingKey`) names the section: it starts with one of the names. Takes the key so one heading is cleaned once. */
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
	const at = blockIdAt(text);
	if (at < 0) return { text: text.trim(), blockId: null };
	return { text: text.slice(0, at).trim(), blockId: text.slice(at + 1).trimEnd() };
}

/** The text without its trailing block id, for callers that need no id (no result object). */
function withoutBlockId(text: string): string {
	const at = blockIdAt(text);
	return at < 0 ? text.trim() : text.slice(0, at).trim();
}

/**
 * Index of the `^` of a trailing block id (`/^\^([A-Za-z0-9-]+)\s*$/` after whitespace), or -1.
 * lastIndexOf and a character loop instead of one regex: linear even on a 100k-space line.
 */
function blockIdAt(text: string): number {
	const caret = text.lastIndexOf("^");
	if (caret <= 0 || !isSpace(text.charCodeAt(caret - 1))) return -1;
	let k = caret + 1;
	while (k < text.length && isIdChar(text.charCodeAt(k))) k++;
	if (k === caret + 1) return -1;
	for (let j = k; j < text.length; j++) if (!isSpace(text.charCodeAt(j))) return -1;
	return caret;
}

function isIdChar(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}
