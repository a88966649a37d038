import { cleanTitle } from "./clean-title";
import { LineKind, type ScannedNote } from "./markdown-scan";
import type { Struggle } from "./model";
import { bodyText, listItemEnd, tagsBetween, topLevelItems } from "./list-items";
import { itemHeadings, type Section } from "./sections";

/** Struggles of one section: sub-headings (and list items above the first), else top-level list items, else paragraphs. */
export function extractStruggles(note: ScannedNote, section: Section): Struggle[] {
	const out: Struggle[] = [];
	const headings = itemHeadings(section);
	// List items above the first sub-heading (all of them when there is none) are struggles; a lead
	// paragraph above sub-headings stays an intro.
	const first = headings[0]?.heading.index ?? section.end;
	const items = topLevelItems(note, section.start, first);
	items.forEach((item, k) => {
		const end = listItemEnd(note, item, first);
		const count = out.length;
		add(out, note, cleanTitle(note.lists.content(item)), item, end);
		// A paragraph of tags between this item and the next (`#gap/scaling` below it) tags this one.
		const next = items[k + 1] ?? first;
		const added = out[out.length - 1];
		if (added && out.length > count && onlyTagLines(note, end, next)) added.tags = [...new Set([...added.tags, ...tagsBetween(note, end, next)])];
	});
	for (const { heading: h, end } of headings) add(out, note, cleanTitle(h.text), h.index, end);
	if (headings.length > 0 || items.length > 0) return out;
	// Paragraphs: runs of consecutive prose lines. A table, an embed or a callout is not a paragraph.
	let open = -1;
	// The struggle the last prose paragraph made: a paragraph of tags below it tags it (a `#gap/…`
	// written under it), and none other (a paragraph with no title in between breaks the link).
	let above: Struggle | null = null;
	const paragraph = (start: number, end: number) => {
		if (onlyTagLines(note, start, end)) {
			if (above) above.tags = [...new Set([...above.tags, ...tagsBetween(note, start, end)])];
			return;
		}
		const count = out.length;
		add(out, note, cleanTitle(note.lines[start] ?? ""), start, end);
		above = out.length > count ? (out[out.length - 1] ?? null) : null;
	};
	for (let i = section.start; i < section.end; i++) {
		const prose = note.kinds[i] === LineKind.Text && !isBlockLike(note.lines[i] ?? "");
		if (prose && open < 0) open = i;
		if (!prose && open >= 0) {
			paragraph(open, i);
			open = -1;
		}
	}
	if (open >= 0) paragraph(open, section.end);
	return out;
}

// A line of nothing but tags (`#real-interview #acme`, `Tags: #a #b`): how many notes end, not prose.
const TAG_LINE = /^(?:tags?\s*:\s*)?(?:#[^\s#]+\s*)+$/i;

/** Lines `start`..`end` hold tags and nothing else but blank lines (and at least one tag line). */
function onlyTagLines(note: ScannedNote, start: number, end: number): boolean {
	let tags = false;
	for (let i = start; i < end; i++) {
		if (note.kinds[i] === LineKind.Blank) continue;
		if (note.kinds[i] !== LineKind.Text || !TAG_LINE.test((note.lines[i] ?? "").trim())) return false;
		tags = true;
	}
	return tags;
}

/** Adds the struggle titled at line `index` whose item ends before `end`; an empty title is no struggle. */
function add(out: Struggle[], note: ScannedNote, title: string, index: number, end: number): void {
	if (title.length === 0) return;
	// The note's closing tag line is not part of the last struggle's text (its tags still count).
	let body = bodyText(note, index + 1, end);
	for (let cut = body.lastIndexOf("\n"); body !== "" && TAG_LINE.test(body.slice(cut + 1)); cut = body.lastIndexOf("\n")) body = cut < 0 ? "" : body.slice(0, cut);
	out.push({ title, line: index + 1, body, tags: tagsBetween(note, index, end) });
}

/** A table row, a line that is only an embed, or a quote/callout line: text, but not a struggle's paragraph. */
function isBlockLike(line: string): boolean {
	const t = line.trim();
	return t.startsWith("|") || t.startsWith(">") || /^!\[\[[^\]]*\]\]$/.test(t) || /^!\[[^\]]*\]\([^)]*\)$/.test(t);
}
