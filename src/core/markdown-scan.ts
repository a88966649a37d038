import { Comment, collectTags, proseTags, stripComments, commentAfter, type LineTag } from "./markdown-inline";
import { checkbox, headingMarker, headingText, isRule, listMarker, matchCheckbox, matchHeading, matchListMarker } from "./markdown-lines";
import { indentWidth } from "./text-lines";

/** What a body line is, as far as the engine cares. */
export const LineKind = {
	Blank: 0,
	Text: 1,
	Heading: 2,
	List: 3,
	/** Inside (or delimiting) a fenced code block or a multi-line comment. */
	Code: 4,
	Rule: 5,
	FrontMatter: 6,
} as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

export interface HeadingLine {
	index: number;
	level: number;
	/** Heading text without the `#` markers and closing sequence. */
	text: string;
}

export interface ListLine {
	index: number;
	/** Columns of indentation before the marker (inside a blockquote: after the `>`). */
	indent: number;
	/** 0 for a top-level item, 1 for its children, … (reset by headings and paragraphs). */
	depth: number;
	/** Task status character, or null for a plain bullet. */
	status: string | null;
	/** Text after the marker and checkbox. */
	content: string;
}

// Per-line list facts, STRIDE numbers a line: indent, depth, content offset, status length (0: no box).
const STRIDE = 4;

/**
 * The list items of a scanned note, by line index. Facts live in one typed array rather than an
 * object per item (a long note has thousands), and text is sliced only when asked for.
 */
export class ListLines {
	constructor(
		private readonly lines: readonly string[],
		private readonly kinds: Uint8Array,
		private readonly facts: Int32Array,
	) {}

	has(index: number): boolean {
		return this.kinds[index] === LineKind.List;
	}

	/** The item at a line as one object, for callers outside the hot path. */
	get(index: number): ListLine | undefined {
		if (!this.has(index)) return undefined;
		return { index, indent: this.indent(index), depth: this.depth(index), status: this.status(index), content: this.content(index) };
	}

	indent(index: number): number {
		return this.facts[index * STRIDE] ?? 0;
	}

	depth(index: number): number {
		return this.facts[index * STRIDE + 1] ?? 0;
	}

	/** Text after the marker and checkbox. */
	content(index: number): string {
		return (this.lines[index] ?? "").slice(this.facts[index * STRIDE + 2] ?? 0);
	}

	/** Task status character, or null for a plain bullet; the box sits right before the content. */
	status(index: number): string | null {
		const len = this.facts[index * STRIDE + 3] ?? 0;
		if (len === 0) return null;
		const line = this.lines[index] ?? "";
		let close = (this.facts[index * STRIDE + 2] ?? 0) - 1;
		if (line.charCodeAt(close) !== 93) close--;
		return line.slice(close - len, close);
	}
}

export interface ScannedNote {
	lines: readonly string[];
	kinds: Uint8Array;
	headings: HeadingLine[];
	/** Sparse: list items by line index. */
	lists: ListLines;
	/** Inline tags (lower-case, no `#`) with their line index; never from code or comments. */
	tags: LineTag[];
}

const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;

/** Buffers one scan may borrow instead of allocating; only `parseNote`, which never keeps them, asks. */
export interface ScanBuffers {
	kinds: Uint8Array;
	facts: Int32Array;
	stack: Int32Array;
}

/** Buffers for notes of up to `lineCount` lines, to lend to many scans in turn. */
export function newScanBuffers(lineCount: number): ScanBuffers {
	return { kinds: new Uint8Array(lineCount), facts: new Int32Array(lineCount * STRIDE), stack: new Int32Array(lineCount) };
}

/** One pass over the body lines: classifies each, records headings, list items and inline tags. */
export function scanMarkdown(lines: readonly string[], bodyStart: number, buffers?: ScanBuffers): ScannedNote {
	const n = lines.length;
	const { kinds, facts, stack } = buffers && buffers.kinds.length >= n ? buffers : newScanBuffers(n);
	// `stack` holds the child columns of the open list items, innermost last.
	let top = 0;
	const headings: HeadingLine[] = [];
	const tags: LineTag[] = [];
	const fmEnd = Math.min(bodyStart, n);
	kinds.fill(LineKind.FrontMatter, 0, fmEnd);

	let fenceChar = 0;
	let fenceLen = 0;
	let comment: Comment = Comment.None;
	let prevBlank = true;

	for (let i = Math.max(bodyStart, 0); i < n; i++) {
		const line = lines[i] ?? "";
		if (fenceLen > 0) {
			kinds[i] = LineKind.Code;
			if (closesFence(line, fenceChar, fenceLen)) fenceLen = 0;
			continue;
		}
		if (comment !== Comment.None) {
			const text = stripComments(line, comment);
			comment = commentAfter.state;
			kinds[i] = LineKind.Code;
			if (comment === Comment.None) collectTags(text, i, tags);
			continue;
		}
		// Dispatch on the first non-blank character: most lines are prose and skip every matcher below.
		const lead = firstNonBlank(line);
		if (lead < 0) {
			kinds[i] = LineKind.Blank;
			prevBlank = true;
			continue;
		}
		const c = line.charCodeAt(lead);
		const fenceOpen = c === 96 || c === 126 ? FENCE_OPEN.exec(line) : null;
		if (fenceOpen && !(fenceOpen[1]?.startsWith("`") && (fenceOpen[2] ?? "").includes("`"))) {
			const marker = fenceOpen[1] ?? "```";
			fenceChar = marker.charCodeAt(0);
			fenceLen = marker.length;
			kinds[i] = LineKind.Code;
			if (lead === 0) top = 0;
			continue;
		}
		const level = c === 35 ? matchHeading(line) : 0;
		if (level > 0) {
			kinds[i] = LineKind.Heading;
			headings.push({ index: i, level, text: headingText(line, headingMarker.end) });
			comment = proseTags(line, i, comment, tags);
			top = 0;
			prevBlank = false;
			continue;
		}
		if ((c === 45 || c === 42 || c === 95) && isRule(line)) {
			kinds[i] = LineKind.Rule;
			top = 0;
			prevBlank = true;
			continue;
		}
		const markerEnd = c === 45 || c === 42 || c === 43 || c === 62 || (c >= 48 && c <= 57) ? matchListMarker(line) : -1;
		if (markerEnd >= 0) {
			const indent = listMarker.indent;
			const boxEnd = matchCheckbox(line, markerEnd);
			while (top > 0 && indent < (stack[top - 1] ?? 0)) top--;
			const at = i * STRIDE;
			facts[at] = indent;
			facts[at + 1] = top;
			facts[at + 2] = boxEnd >= 0 ? boxEnd : markerEnd;
			facts[at + 3] = boxEnd >= 0 ? checkbox.statusLen : 0;
			stack[top++] = Math.min(markerEnd + listMarker.tabExtra, indent + 2);
			kinds[i] = LineKind.List;
			comment = proseTags(line, i, comment, tags);
			prevBlank = false;
			continue;
		}
		kinds[i] = LineKind.Text;
		// A paragraph back at the margin after a blank line ends any open list.
		if (prevBlank && top > 0 && indentWidth(line) < (stack[0] ?? 0)) top = 0;
		comment = proseTags(line, i, comment, tags);
		prevBlank = false;
	}
	return { lines, kinds, headings, lists: new ListLines(lines, kinds, facts), tags };
}

function closesFence(line: string, char: number, len: number): boolean {
	const t = line.trim();
	if (t.length < len) return false;
	for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) !== char) return false;
	return true;
}

/** Index of the first character that is not a space or tab, or -1 for a blank line. */
function firstNonBlank(line: string): number {
	for (let k = 0; k < line.length; k++) {
		const code = line.charCodeAt(k);
		if (code !== 32 && code !== 9 && code !== 13 && code !== 12 && code !== 11 && code !== 0xa0 && code !== 0xfeff) return k;
	}
	return -1;
}
