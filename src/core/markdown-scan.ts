import { indentWidth } from "./text-lines";
import { inlineTagsIn } from "./tags";

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

export interface ScannedNote {
	lines: readonly string[];
	kinds: Uint8Array;
	headings: HeadingLine[];
	/** Sparse: list items by line index. */
	lists: Map<number, ListLine>;
	/** Inline tags (lower-case, no `#`) with their line index; never from code or comments. */
	tags: { index: number; tag: string }[];
}

const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
// Inner indent only after a `>`: otherwise a long run of spaces could be split n ways (quadratic).
const LIST = /^([ \t]*)(?:((?:>[ \t]?)+)([ \t]*))?([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const CHECKBOX = /^\[([^\]])\](?=[ \t]|$)[ \t]?/u;

interface OpenItem {
	indent: number;
	/** Smallest indent at which a following item counts as this one's child. */
	childAt: number;
}

/** One pass over the body lines: classifies each, records headings, list items and inline tags. */
export function scanMarkdown(lines: readonly string[], bodyStart: number): ScannedNote {
	const kinds = new Uint8Array(lines.length);
	const headings: HeadingLine[] = [];
	const lists = new Map<number, ListLine>();
	const tags: { index: number; tag: string }[] = [];
	kinds.fill(LineKind.FrontMatter, 0, Math.min(bodyStart, lines.length));

	let fence: { char: string; len: number } | null = null;
	let comment: CommentState = { html: false, percent: false };
	let stack: OpenItem[] = [];
	let prevBlank = true;

	for (let i = bodyStart; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (fence) {
			kinds[i] = LineKind.Code;
			if (closesFence(line, fence)) fence = null;
			continue;
		}
		if (comment.html || comment.percent) {
			const r = stripComments(line, comment);
			comment = r.state;
			kinds[i] = LineKind.Code;
			if (!comment.html && !comment.percent) collectTags(r.text, i, tags);
			continue;
		}
		// Dispatch on the first non-blank character: most lines are prose and skip every regex below.
		const lead = firstNonBlank(line);
		if (lead < 0) {
			kinds[i] = LineKind.Blank;
			prevBlank = true;
			continue;
		}
		const c = line.charAt(lead);
		const fenceOpen = c === "`" || c === "~" ? FENCE_OPEN.exec(line) : null;
		if (fenceOpen && !(fenceOpen[1]?.startsWith("`") && (fenceOpen[2] ?? "").includes("`"))) {
			const marker = fenceOpen[1] ?? "```";
			fence = { char: marker.charAt(0), len: marker.length };
			kinds[i] = LineKind.Code;
			if (lead === 0) stack = [];
			continue;
		}
		const heading = c === "#" ? HEADING.exec(line) : null;
		if (heading) {
			const level = heading[1]?.length ?? 1;
			kinds[i] = LineKind.Heading;
			headings.push({ index: i, level, text: headingText(line.slice(heading[0].length)) });
			comment = proseTags(line, i, comment, tags);
			stack = [];
			prevBlank = false;
			continue;
		}
		if ((c === "-" || c === "*" || c === "_") && RULE.test(line)) {
			kinds[i] = LineKind.Rule;
			stack = [];
			prevBlank = true;
			continue;
		}
		const list = c === "-" || c === "*" || c === "+" || c === ">" || (c >= "0" && c <= "9") ? LIST.exec(line) : null;
		if (list) {
			const indent = indentWidth(list[3] ? list[3] : (list[1] ?? ""));
			const markerEnd = list[0].length;
			const rest = line.slice(markerEnd);
			const box = rest.charAt(0) === "[" ? CHECKBOX.exec(rest) : null;
			while (stack.length > 0 && indent < (stack[stack.length - 1]?.childAt ?? 0)) stack.pop();
			const depth = stack.length;
			const contentCol = markerEnd + (indentWidth(line) - leadingWhitespace(line));
			stack.push({ indent, childAt: Math.min(contentCol, indent + 2) });
			kinds[i] = LineKind.List;
			lists.set(i, {
				index: i,
				indent,
				depth,
				status: box ? (box[1] ?? " ") : null,
				content: box ? rest.slice(box[0].length) : rest,
			});
			comment = proseTags(line, i, comment, tags);
			prevBlank = false;
			continue;
		}
		kinds[i] = LineKind.Text;
		// A paragraph back at the margin after a blank line ends any open list.
		if (prevBlank && stack.length > 0 && indentWidth(line) < (stack[0]?.childAt ?? 0)) stack = [];
		comment = proseTags(line, i, comment, tags);
		prevBlank = false;
	}
	return { lines, kinds, headings, lists, tags };
}

function headingText(rest: string): string {
	let t = rest.trim();
	// Optional closing sequence: `## Title ##`.
	const closing = /(?:^|[ \t])#+$/.exec(t);
	if (closing) t = t.slice(0, closing.index).trim();
	return t;
}

function closesFence(line: string, fence: { char: string; len: number }): boolean {
	const t = line.trim();
	if (t.length < fence.len || t.charAt(0) !== fence.char) return false;
	for (let k = 0; k < t.length; k++) if (t.charAt(k) !== fence.char) return false;
	return true;
}

interface CommentState {
	html: boolean;
	percent: boolean;
}

/** Removes HTML (`<!-- -->`) and Obsidian (`%% %%`) comments, carrying an open one to the next line. */
function stripComments(line: string, state: CommentState): { text: string; state: CommentState } {
	if (!state.html && !state.percent && line.indexOf("<!--") < 0 && line.indexOf("%%") < 0) {
		return { text: line, state };
	}
	let out = "";
	let pos = 0;
	let html = state.html;
	let percent = state.percent;
	while (pos < line.length) {
		if (html) {
			const end = line.indexOf("-->", pos);
			if (end < 0) return { text: out, state: { html: true, percent: false } };
			pos = end + 3;
			html = false;
		} else if (percent) {
			const end = line.indexOf("%%", pos);
			if (end < 0) return { text: out, state: { html: false, percent: true } };
			pos = end + 2;
			percent = false;
		} else {
			const h = line.indexOf("<!--", pos);
			const p = line.indexOf("%%", pos);
			if (h < 0 && p < 0) {
				out += line.slice(pos);
				break;
			}
			const useHtml = h >= 0 && (p < 0 || h < p);
			const at = useHtml ? h : p;
			out += line.slice(pos, at) + " ";
			pos = at + (useHtml ? 4 : 2);
			if (useHtml) html = true;
			else percent = true;
		}
	}
	return { text: out, state: { html, percent } };
}

/** Removes inline code spans so `#tags` inside backticks are not read. */
export function stripInlineCode(text: string): string {
	if (text.indexOf("`") < 0) return text;
	let out = "";
	let pos = 0;
	while (pos < text.length) {
		const start = text.indexOf("`", pos);
		if (start < 0) {
			out += text.slice(pos);
			break;
		}
		let runEnd = start;
		while (text.charAt(runEnd) === "`") runEnd++;
		const run = text.slice(start, runEnd);
		const close = findRun(text, run, runEnd);
		if (close < 0) {
			out += text.slice(pos, runEnd);
			pos = runEnd;
			continue;
		}
		out += text.slice(pos, start) + " ";
		pos = close + run.length;
	}
	return out;
}

function findRun(text: string, run: string, from: number): number {
	let at = text.indexOf(run, from);
	while (at >= 0) {
		const before = text.charAt(at - 1);
		const after = text.charAt(at + run.length);
		if (before !== "`" && after !== "`") return at;
		let skip = at;
		while (text.charAt(skip) === "`") skip++;
		at = text.indexOf(run, skip);
	}
	return -1;
}

/** Collects the tags of one prose line and returns the comment state for the next line. */
function proseTags(line: string, index: number, state: CommentState, tags: { index: number; tag: string }[]): CommentState {
	if (line.indexOf("#") < 0 && line.indexOf("<!--") < 0 && line.indexOf("%%") < 0) return state;
	const r = stripComments(line, state);
	collectTags(r.text, index, tags);
	return r.state;
}

function leadingWhitespace(line: string): number {
	let k = 0;
	while (k < line.length && (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9)) k++;
	return k;
}

/** Index of the first character that is not a space or tab, or -1 for a blank line. */
function firstNonBlank(line: string): number {
	for (let k = 0; k < line.length; k++) {
		const code = line.charCodeAt(k);
		if (code !== 32 && code !== 9 && code !== 13 && code !== 12 && code !== 11 && code !== 0xa0 && code !== 0xfeff) return k;
	}
	return -1;
}

function collectTags(text: string, index: number, tags: { index: number; tag: string }[]): void {
	if (text.indexOf("#") < 0) return;
	for (const tag of inlineTagsIn(stripInlineCode(text))) tags.push({ index, tag });
}
