import { headingKey, keyMatches } from "./clean-title";
import { foldKey } from "./fold-key";
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

// Cleaning only removes characters around words, so a heading that names a section contains the
// first word of that name; checking that first skips cleaning for nearly every heading.
const firstWords = new WeakMap<SectionNames, string[]>();

function mayName(text: string, names: SectionNames): boolean {
	let words = firstWords.get(names);
	if (!words) {
		words = [...names.struggles, ...names.actions, ...names.meta].map((n) => headingKey(n).split(" ")[0] ?? "").filter(Boolean);
		firstWords.set(names, words);
	}
	const lower = foldKey(text);
	return words.some((w) => lower.includes(w));
}

function startsOther(kind: SectionKind, text: string, names: SectionNames): boolean {
	const other = sectionKind(text, names);
	return other !== null && other !== "meta" && other !== kind;
}

function sectionKind(text: string, names: SectionNames): SectionKind | null {
	if (!mayName(text, names)) return null;
	const key = headingKey(text);
	if (keyMatches(key, names.struggles)) return "struggles";
	if (keyMatches(key, names.actions)) return "actions";
	if (keyMatches(key, names.meta)) return "meta";
	return null;
}

/**
 * The sub-headings that start items, each with the exclusive end of its item. The first
 * sub-heading sets the item level; deeper headings belong to the item above them, and a
 * shallower one (a stray "## Questions" under "# Action Items" with "###" items) is an item
 * of its own rather than swallowing the items before it.
 */
export function itemHeadings(section: Section): { heading: HeadingLine; end: number }[] {
	const first = section.subHeadings[0];
	if (!first) return [];
	const items = section.subHeadings.filter((h) => h.level <= first.level);
	return items.map((heading, k) => ({ heading, end: items[k + 1]?.index ?? section.end }));
}
