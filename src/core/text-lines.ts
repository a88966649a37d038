/** Splitting note text into lines the way Obsidian numbers them: CRLF, LF and lone CR all end a line. */

const BOM = "\uFEFF";

export function stripBom(text: string): string {
	return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Lines of `text` without their terminators; a leading BOM is dropped so line 1 stays line 1. */
export function splitLines(text: string): string[] {
	const t = stripBom(text);
	// Plain "\n" splitting is several times faster than a regex split; most notes have no "\r" at all.
	const parts = t.split("\n");
	return t.indexOf("\r") < 0 ? parts : splitCarriageReturns(parts);
}

/**
 * Finishes a "\n" split of text holding "\r": a "\r" ending a part (not the last) was the first
 * half of a CRLF; any other "\r" is a line end of its own. Same lines as `/\r\n|\r|\n/`.
 */
function splitCarriageReturns(parts: string[]): string[] {
	const out: string[] = [];
	const last = parts.length - 1;
	for (let k = 0; k <= last; k++) {
		let part = parts[k] ?? "";
		if (k < last && part.charCodeAt(part.length - 1) === 13) part = part.slice(0, -1);
		if (part.indexOf("\r") < 0) out.push(part);
		else for (const piece of part.split("\r")) out.push(piece);
	}
	return out;
}

/** Column width of leading whitespace, tabs advancing to the next multiple of 4 (as CommonMark). */
export function indentWidth(line: string): number {
	let col = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 32) col++;
		else if (c === 9) col += 4 - (col % 4);
		else break;
	}
	return col;
}

/** JavaScript's `\s`: ASCII whitespace, Unicode space separators, line/paragraph separators, BOM. */
export function isSpace(c: number): boolean {
	if (c < 128) return c === 32 || (c >= 9 && c <= 13);
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const MARK = /\p{M}/u;

/**
 * The nearest index at or before `at` where cutting `text` splits no character: not inside a
 * surrogate pair, not before a combining mark, a variation selector, a skin tone or a keycap, not
 * on either side of a zero-width joiner (👩‍💻). A cut mid-character shows as � and makes JSON
 * that strict UTF-8 readers reject.
 */
export function safeCut(text: string, at: number): number {
	let i = Math.min(Math.max(at, 0), text.length);
	while (i > 0 && i < text.length && joinsPrevious(text, i)) i--;
	return i;
}

function joinsPrevious(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c >= 0xdc00 && c <= 0xdfff) return true;
	if (c === 0x200d || text.charCodeAt(i - 1) === 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || c === 0x20e3) return true;
	if (c < 0x300) return false;
	const cp = text.codePointAt(i) ?? c;
	return (cp >= 0x1f3fb && cp <= 0x1f3ff) || MARK.test(String.fromCodePoint(cp));
}

/** `text` cut to at most `max` UTF-16 units with an ellipsis, never inside a character. */
export function shorten(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, safeCut(text, max - 1))}…` : text;
}
