import { isSpace } from "./text-lines";
import { getProperty } from "./front-matter";
import { foldKey, needsFolding } from "./fold-key";

/** Lower-cases and drops a leading `#`: how Obsidian compares tags. */
export function normalizeTag(raw: string): string {
	return raw.trim().replace(/^#+/, "").toLowerCase();
}

/** True when `tag` is `wanted` or nested below it (`wanted/sub`); `wanted-prep` is not. */
export function tagMatches(tag: string, wanted: string): boolean {
	const w = normalizedWanted(wanted);
	if (!w) return false;
	// Runs for every tag of every note at index time: compare in place instead of normalising a copy.
	let start = 0;
	while (start < tag.length && isSpace(tag.charCodeAt(start))) start++;
	while (tag.charCodeAt(start) === 35) start++;
	// Most tags of a vault differ from the wanted one in their first letter: reject those before
	// slicing. Only an ASCII letter followed by ASCII is sure to fold to its own lower case: with an
	// accent typed after it (`e` + U+0301), it folds to `é`.
	const c = tag.charCodeAt(start);
	if (c < 128 && tag.charCodeAt(start + 1) < 128 && (c >= 65 && c <= 90 ? c | 32 : c) !== w.charCodeAt(0)) return false;
	const body = tag.slice(start);
	let tail: string;
	if (!lastWanted.folds && !needsFolding(body)) {
		if (body.length < w.length || body.slice(0, w.length).toLowerCase() !== w) return false;
		tail = body.slice(w.length);
	} else {
		// Beyond ASCII a letter may change length as it folds (`ß` → `ss`, `İ`, an accent typed apart): fold it all first.
		const folded = foldKey(body);
		if (!folded.startsWith(w)) return false;
		tail = folded.slice(w.length);
	}
	tail = tail.trimEnd();
	return tail === "" || tail.charAt(0) === "/";
}

/** The last wanted tag, folded, and whether it has letters beyond ASCII (this runs per tag of every note). */
let lastWanted: { raw: string; tag: string; folds: boolean } = { raw: "", tag: "", folds: false };

function normalizedWanted(raw: string): string {
	if (lastWanted.raw !== raw) {
		const tag = foldKey(normalizeTag(raw));
		lastWanted = { raw, tag, folds: needsFolding(tag) };
	}
	return lastWanted.tag;
}

/** Tags from front matter `tags`/`tag`: a YAML list, or a comma/space separated string. */
export function frontMatterTags(data: Record<string, unknown> | null, warnings: string[]): string[] {
	const out: string[] = [];
	for (const key of ["tags", "tag"]) {
		const value = getProperty(data, key);
		if (value === undefined || value === null) continue;
		collectTagValues(value, key, out, warnings);
	}
	return out;
}

/**
 * Whether front matter carries `wanted` (or a tag nested below it): the same answer as
 * `frontMatterTags(data).some(t => tagMatches(t, wanted))`, without building the list, as it runs
 * on every note of the vault when the plugin starts.
 */
export function frontMatterHasTag(data: Record<string, unknown> | null | undefined, wanted: string): boolean {
	if (!data) return false;
	return valueHasTag(getProperty(data, "tags"), wanted) || valueHasTag(getProperty(data, "tag"), wanted);
}

const SEPARATOR = /[,\s]/;

function valueHasTag(value: unknown, wanted: string): boolean {
	if (typeof value === "string") return SEPARATOR.test(value) ? value.split(/[,\s]+/).some((part) => tagMatches(part, wanted)) : tagMatches(value, wanted);
	if (typeof value === "number") return tagMatches(String(value), wanted);
	if (Array.isArray(value)) return value.some((v) => (typeof v === "string" || typeof v === "number") && valueHasTag(String(v), wanted));
	return false;
}

function collectTagValues(value: unknown, key: string, out: string[], warnings: string[]): void {
	if (typeof value === "string") {
		for (const part of value.split(/[,\s]+/)) if (part.replace(/^#+/, "")) out.push(normalizeTag(part));
	} else if (Array.isArray(value)) {
		for (const v of value) {
			if (typeof v === "string" || typeof v === "number") collectTagValues(String(v), key, out, warnings);
			else if (v !== null) warnOnce(warnings, `Front matter '${key}' holds a ${describe(v)}; only text tags are read`);
		}
	} else if (typeof value === "number") {
		out.push(String(value));
	} else {
		warnings.push(`Front matter '${key}' holds a ${describe(value)}; only text tags are read`);
	}
}

// A list of 10,000 nested values is one problem, not 10,000 warnings.
function warnOnce(warnings: string[], message: string): void {
	if (!warnings.includes(message)) warnings.push(message);
}

function describe(v: unknown): string {
	if (Array.isArray(v)) return "list";
	if (v instanceof Date) return "date";
	return typeof v === "object" ? "nested object" : typeof v;
}

// Obsidian's tag alphabet: anything but whitespace and ASCII punctuation other than `_`, `-`, `/`.
const INLINE_TAG = /(?:^|[\s([{,;>])#([^\s!-,.:-@[-^`{-~]+)/gu;

/**
 * Cheap scan for a `#` that could start a tag (at the start or after a separator, followed by a
 * tag character), so heading markers and `C#` skip the regex: every heading line has a `#`.
 */
export function mayHoldTag(text: string): boolean {
	for (let at = text.indexOf("#"); at >= 0; at = text.indexOf("#", at + 1)) {
		const before = at === 0 ? 32 : text.charCodeAt(at - 1);
		const after = text.charCodeAt(at + 1);
		const separator = before <= 32 || before === 40 || before === 91 || before === 123 || before === 44 || before === 59 || before === 62 || before > 127;
		if (separator && startsTagBody(after)) return true;
	}
	return false;
}

/** The exact complement of the excluded characters of INLINE_TAG's body, by char code. */
function startsTagBody(c: number): boolean {
	if (Number.isNaN(c) || c === 32 || (c >= 9 && c <= 13)) return false;
	if (c > 127) return true;
	const punct = (c >= 0x21 && c <= 0x2c) || c === 0x2e || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x5e) || c === 0x60 || (c >= 0x7b && c <= 0x7e);
	return !punct;
}

/** Inline `#tags` in one line of prose (code spans already removed); all-digit tags are not tags. */
export function inlineTagsIn(text: string): string[] {
	if (!mayHoldTag(text)) return [];
	const out: string[] = [];
	for (const m of text.matchAll(INLINE_TAG)) {
		const tag = m[1] ?? "";
		if (!/^[\d/]+$/.test(tag)) out.push(tag.toLowerCase());
	}
	return out;
}
