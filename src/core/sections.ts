import { headingMatches } from "./clean-title";
import type { HeadingLine, ScannedNote } from "./markdown-scan";

export type SectionKind = "struggles" | "actions" | "meta";

/** A section: the lines after its heading up to the next heading of the same or a higher level. */
export interface Section {
	kind: SectionKind;
	heading: HeadingLine;
	/** First line index after the heading. */
	start: number;
	/** Exclusive end line index. */
	end: number;
	/** Headings strictly inside the section. */
	subHeadings: HeadingLine[];
}

export interface SectionNames {
	struggles: readonly string[];
	actions: readonly string[];
	meta: readonly string[];
}

/**
 * Finds every section named in `names`. A heading nested inside an open section is one of its
 * sub-headings even when it matches the same name, so "### Where I struggled with Go" under
 * "## Where I Struggled" stays a struggle; but a nested heading naming the *other* main section
 * starts it, because notes like "# Where I Struggled … ## Action Items" mean two sections.
 */
export function findSections(note: ScannedNote, names: SectionNames): Section[] {
	const out: Section[] = [];
	const hs = note.headings;
	let i = 0;
	while (i < hs.length) {
		const h = hs[i] as HeadingLine;
		const kind = sectionKind(h.text, names);
		if (!kind) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < hs.length && (hs[j] as HeadingLine).level > h.level && !startsOther(kind, (hs[j] as HeadingLine).text, names)) j++;
		const end = j < hs.length ? (hs[j] as HeadingLine).index : note.lines.length;
		out.push({ kind, heading: h, start: h.index + 1, end, subHeadings: hs.slice(i + 1, j) });
		i = j;
	}
	return out;
}

function startsOther(kind: SectionKind, text: string, names: SectionNames): boolean {
	const other = sectionKind(text, names);
	return other !== null && other !== "meta" && other !== kind;
}

function sectionKind(text: string, names: SectionNames): SectionKind | null {
	if (headingMatches(text, names.struggles)) return "struggles";
	if (headingMatches(text, names.actions)) return "actions";
	if (headingMatches(text, names.meta)) return "meta";
	return null;
}

/** The shallowest sub-headings of a section: each one starts an item. */
export function itemHeadings(section: Section): HeadingLine[] {
	if (section.subHeadings.length === 0) return [];
	const top = Math.min(...section.subHeadings.map((h) => h.level));
	return section.subHeadings.filter((h) => h.level === top);
}

/** Exclusive end of the item that starts at `heading`: the next heading at its level or above. */
export function itemEnd(section: Section, heading: HeadingLine): number {
	for (const h of section.subHeadings) {
		if (h.index > heading.index && h.level <= heading.level) return h.index;
	}
	return section.end;
}
