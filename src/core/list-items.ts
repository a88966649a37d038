import { LineKind, type ScannedNote } from "./markdown-scan";
import { indentWidth } from "./text-lines";

/** Line indexes of the top-level (depth 0) list items between two line indexes. */
export function topLevelItems(note: ScannedNote, start: number, end: number): number[] {
	return itemsAtDepth(note, start, end, 0);
}

/** Line indexes of the list items at one depth between two line indexes. */
export function itemsAtDepth(note: ScannedNote, start: number, end: number, depth: number): number[] {
	const out: number[] = [];
	const kinds = note.kinds;
	const lists = note.lists;
	for (let i = start; i < end; i++) {
		if (kinds[i] === LineKind.List && lists.depth(i) === depth) out.push(i);
	}
	return out;
}

/**
 * Exclusive end of the list item at line `item`: its continuation lines and children, stopping at
 * the next item at its depth or above, a heading, a rule, or a paragraph back at the margin after
 * a blank line.
 */
export function listItemEnd(note: ScannedNote, item: number, limit: number): number {
	const kinds = note.kinds;
	const depth = note.lists.depth(item);
	const indent = note.lists.indent(item);
	let prevBlank = false;
	let lastContent = item;
	for (let j = item + 1; j < limit; j++) {
		const kind = kinds[j];
		if (kind === LineKind.Blank) {
			prevBlank = true;
			continue;
		}
		if (kind === LineKind.Heading || kind === LineKind.Rule) break;
		if (kind === LineKind.List && note.lists.depth(j) <= depth) break;
		if (kind === LineKind.Text && prevBlank && indentWidth(note.lines[j] ?? "") <= indent) break;
		prevBlank = false;
		lastContent = j;
	}
	return lastContent + 1;
}

/**
 * Non-blank lines in a range, trimmed and joined: the readable body of an item. With
 * `skipLists`, list lines are left out (an action item's steps are not its prose).
 */
export function bodyText(note: ScannedNote, start: number, end: number, skipLists = false): string {
	let out = "";
	let first = true;
	const kinds = note.kinds;
	for (let i = start; i < end; i++) {
		const kind = kinds[i];
		if (kind === LineKind.Blank || (skipLists && kind === LineKind.List)) continue;
		const line = (note.lines[i] ?? "").trim();
		out = first ? line : out + "\n" + line;
		first = false;
	}
	return out;
}

/** Inline tags on lines in a range, de-duplicated. */
export function tagsBetween(note: ScannedNote, start: number, end: number): string[] {
	const tags = note.tags;
	// Tags are in line order: binary-search the first one so a note with thousands of items stays linear.
	let lo = 0;
	let hi = tags.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((tags[mid]?.index ?? 0) < start) lo = mid + 1;
		else hi = mid;
	}
	// Most items hold no tag at all: answer those without a Set.
	if (lo >= tags.length || (tags[lo]?.index ?? end) >= end) return [];
	const out = new Set<string>();
	for (let k = lo; k < tags.length; k++) {
		const t = tags[k];
		if (!t || t.index >= end) break;
		out.add(t.tag);
	}
	return [...out];
}
