/**
 * Offsets of every line in a note's text, so edits touch exactly the bytes they mean to.
 * The whole note is never split and re-joined: CRLF, LF, lone CR, mixed endings and a BOM
 * all survive because nothing outside an edit is ever rebuilt.
 */

/** One line of the text: `text.slice(start, end)` is the line without its terminator. */
export interface LineSpan {
	start: number;
	end: number;
}

/** Replace `remove` characters at offset `at` with `insert`. */
export interface TextEdit {
	at: number;
	remove: number;
	insert: string;
}

/**
 * Spans numbered the way `splitLines` (and so the parser) numbers lines: CRLF, LF and lone CR
 * each end a line, and a leading BOM is not part of line 1.
 */
export function lineSpans(text: string): LineSpan[] {
	const spans: LineSpan[] = [];
	let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	for (let i = start; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c !== 10 && c !== 13) continue;
		spans.push({ start, end: i });
		if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
		start = i + 1;
	}
	spans.push({ start, end: text.length });
	return spans;
}

/** The lines' contents (no terminators); index `i` is 1-based line `i + 1`. */
export function spanTexts(text: string, spans: readonly LineSpan[]): string[] {
	return spans.map((s) => text.slice(s.start, s.end));
}

/** Applies non-overlapping edits; everything between them is copied verbatim. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const sorted = [...edits].sort((a, b) => a.at - b.at);
	const parts: string[] = [];
	let pos = 0;
	for (const e of sorted) {
		if (e.at < pos) throw new RangeError("overlapping text edits");
		parts.push(text.slice(pos, e.at), e.insert);
		pos = e.at + e.remove;
	}
	parts.push(text.slice(pos));
	return parts.join("");
}
