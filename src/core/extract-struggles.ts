import { cleanTitle } from "./clean-title";
import { LineKind, type ScannedNote } from "./markdown-scan";
import type { Struggle } from "./model";
import { bodyText, listItemEnd, tagsBetween, topLevelItems } from "./list-items";
import { itemHeadings, type Section } from "./sections";

/** Struggles of one section: sub-headings, else top-level list items, else paragraphs. */
export function extractStruggles(note: ScannedNote, section: Section): Struggle[] {
	const headings = itemHeadings(section);
	if (headings.length > 0) {
		return headings
			.map(({ heading: h, end }) => {
				return make(cleanTitle(h.text), h.index, bodyText(note, h.index + 1, end), tagsBetween(note, h.index, end));
			})
			.filter(isNamed);
	}
	const items = topLevelItems(note, section.start, section.end);
	if (items.length > 0) {
		return items
			.map((item) => {
				const end = listItemEnd(note, item, section.end);
				return make(cleanTitle(item.content), item.index, bodyText(note, item.index + 1, end), tagsBetween(note, item.index, end));
			})
			.filter(isNamed);
	}
	return paragraphs(note, section.start, section.end)
		.map(([start, end]) => make(cleanTitle(note.lines[start] ?? ""), start, bodyText(note, start + 1, end), tagsBetween(note, start, end)))
		.filter(isNamed);
}

function make(title: string, index: number, body: string, tags: string[]): Struggle {
	return { title, line: index + 1, body, tags };
}

function isNamed(s: Struggle): boolean {
	return s.title.length > 0;
}

/** Runs of consecutive prose lines, as [start, end) pairs. */
function paragraphs(note: ScannedNote, start: number, end: number): [number, number][] {
	const out: [number, number][] = [];
	let open = -1;
	for (let i = start; i < end; i++) {
		const prose = note.kinds[i] === LineKind.Text;
		if (prose && open < 0) open = i;
		if (!prose && open >= 0) {
			out.push([open, i]);
			open = -1;
		}
	}
	if (open >= 0) out.push([open, end]);
	return out;
}
