import { BLOCK_ID_PREFIX, blockIdOfLine, parseBlockLinks } from "../block-ids";
import { isSpace } from "../text-lines";
import { isChecked } from "../extract-actions";
import { readFrontMatter } from "../front-matter";
import { LineKind, scanMarkdown } from "../markdown-scan";
import { applyEdits, lineSpans, spanTexts, type TextEdit } from "../toggle/line-spans";
import { checkboxEdit, listLineShape } from "../toggle/task-line";

/**
 * A prep-note copy: a task line linking to a source line by one of our block ids, e.g.
 * `- [ ] Read a chapter ([[Interviews/Acme#^igt-k3x9q2|Acme]])`. Its checkbox mirrors the source.
 */
export interface CopyLine {
	/** 1-based line in the prep note. */
	line: number;
	/** The block id the copy points at (`igt-…`). */
	id: string;
	/** Link text of the source note as written (`Interviews/Acme`), resolved by the caller. */
	link: string;
	checked: boolean;
	/** The copy's text without its checkbox and its link to the source, for messages. */
	text: string;
}


/**
 * Every copy in a note: task lines (not plain bullets) outside code and front matter with a block
 * link carrying an `igt-` id, and no `igt-` id of their own. Any note can hold copies; nothing marks
 * a note as a prep note.
 */
export function findCopyLines(text: string): CopyLine[] {
	if (!text.includes(`#^${BLOCK_ID_PREFIX}`)) return [];
	const lines = spanTexts(text, lineSpans(text));
	const note = scanMarkdown(lines, readFrontMatter(lines).bodyStart);
	const out: CopyLine[] = [];
	lines.forEach((raw, i) => {
		if (note.kinds[i] !== LineKind.List || !raw.includes(`#^${BLOCK_ID_PREFIX}`)) return;
		const shape = listLineShape(raw);
		if (!shape || shape.status === null) return;
		// A line with an id of ours is a source line: a block link in its text is a reference to
		// another item, and ticking it must not tick that one.
		if (blockIdOfLine(raw)?.startsWith(BLOCK_ID_PREFIX)) return;
		const link = ownBlockLink(raw);
		if (link) out.push({ line: i + 1, id: link.id, link: link.note, checked: isChecked(shape.status), text: copyText(raw.slice(shape.statusAt + 2), link.id) });
	});
	return out;
}

/** `Read a chapter ([[Acme#^igt-k3x9q2|Acme]])` → `Read a chapter`: the text before the link's parenthesis. */
function copyText(afterBox: string, id: string): string {
	const at = afterBox.lastIndexOf(`#^${id}`);
	const open = afterBox.lastIndexOf(" (", at);
	return (open > 0 ? afterBox.slice(0, open) : afterBox).trim();
}

/**
 * The copy's link to its source: the last `igt-` block link on the line, as the prep writer
 * appends it after the step's text. The text itself may link to another block (even one of ours),
 * and following that link would tick a line in another note.
 */
function ownBlockLink(line: string): { note: string; id: string } | null {
	const wiki = lastOf(parseBlockLinks(line), (l) => l.id.startsWith(BLOCK_ID_PREFIX));
	const md = lastOf(markdownBlockLinks(line), (m) => m.id.startsWith(BLOCK_ID_PREFIX));
	const wikiAt = wiki ? line.lastIndexOf(`#^${wiki.id}`) : -1;
	const mdAt = md?.index ?? -1;
	if (wiki && wikiAt >= mdAt) return { note: wiki.note, id: wiki.id };
	if (md) return { note: safeDecode(md.path), id: md.id };
	return null;
}

/**
 * Markdown links to a block, `](path#^id)`, which the prep writer falls back to for paths a
 * wikilink cannot hold: what `/\]\(([^)#\s]*)#\^([A-Za-z0-9-]+)\)/g` matches (`index` at the
 * `]`), found from each `#^` instead. That regex backtracks over every `](` of a long run of
 * them, and this runs on every change to a note holding one of our links.
 */
export function markdownBlockLinks(line: string): { index: number; path: string; id: string }[] {
	const out: { index: number; path: string; id: string }[] = [];
	let floor = 0;
	for (let at = line.indexOf("#^"); at >= 0; at = line.indexOf("#^", at + 2)) {
		let end = at + 2;
		while (end < line.length && isIdChar(line.charCodeAt(end))) end++;
		if (end === at + 2 || line.charCodeAt(end) !== 41) continue;
		// The path runs back to the nearest `)`, `#` or whitespace, and never before the last match.
		let from = at;
		while (from > floor && isPathChar(line.charCodeAt(from - 1))) from--;
		let open = from;
		while (open + 2 <= at && !(line.charCodeAt(open) === 93 && line.charCodeAt(open + 1) === 40)) open++;
		if (open + 2 > at) continue;
		out.push({ index: open, path: line.slice(open + 2, at), id: line.slice(at + 2, end) });
		floor = end + 1;
		at = end - 1;
	}
	return out;
}

function isIdChar(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/** `[^)#\s]`: JavaScript's `\s` by char code. */
function isPathChar(c: number): boolean {
	return c !== 41 && c !== 35 && !isSpace(c);
}

// Array.prototype.findLast is ES2023, newer than some mobile WebViews Obsidian still runs on.
function lastOf<T>(xs: readonly T[], ok: (x: T) => boolean): T | undefined {
	for (let i = xs.length - 1; i >= 0; i--) {
		const x = xs[i] as T;
		if (ok(x)) return x;
	}
	return undefined;
}

function safeDecode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/**
 * Sets copies to the state `want` gives them (undefined: leave the line alone). Only checkbox
 * bytes change; copies already in the wanted state are not touched, so an unchanged note comes
 * back identical and need not be written.
 */
export function setCopyStates(text: string, want: (copy: CopyLine) => boolean | undefined): { text: string; lines: number[] } {
	const copies = findCopyLines(text);
	if (copies.length === 0) return { text, lines: [] };
	const spans = lineSpans(text);
	const edits: TextEdit[] = [];
	const lines: number[] = [];
	for (const c of copies) {
		const wanted = want(c);
		if (wanted === undefined || wanted === c.checked) continue;
		const span = spans[c.line - 1];
		const shape = span ? listLineShape(text.slice(span.start, span.end)) : null;
		const edit = shape ? checkboxEdit(shape, wanted) : null;
		if (!span || !edit) continue;
		edits.push({ ...edit, at: span.start + edit.at });
		lines.push(c.line);
	}
	return { text: edits.length > 0 ? applyEdits(text, edits) : text, lines };
}
