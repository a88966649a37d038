import { LineKind, type ListLine, type ScannedNote } from "./markdown-scan";
import { indentWidth } from "./text-lines";

/** Top-level (depth 0) list items between two line indexes. */
export function topLevelItems(note: ScannedNote, start: number, end: number): ListLine[] {
	return itemsAtDepth(note, start, end, 0);
}

export function itemsAtDepth(note: ScannedNote, start: number, end: number, depth: number): ListLine[] {
	const out: ListLine[] = [];
	for (let i = start; i < end; i++) {
		if (note.kinds[i] !== LineKind.List) continue;
		const item = note.lists.get(i);
		if (item && item.depth === depth) out.push(item);
	}
	return out;
}

/**
 * Exclusive end of a list item: its continuation lines and children, stopping at the next item
 * at its depth or above, a heading, a rule, or a paragraph back at the margin after a blank line.
 */
export function listItemEnd(note: ScannedNote, item: ListLine, limit: number): number {
	let prevBlank = false;
	let lastContent = item.index;
	for (let j = item.index + 1; j < limit; j++) {
		const kind = note.kinds[j];
		if (kind === LineKind.Blank) {
			prevBlank = true;
			continue;
		}
		if (kind === LineKind.Heading || kind === LineKind.Rule) break;
		if (kind === LineKind.List && (note.lists.get(j)?.depth ?? 0) <= item.depth) break;
		if (kind === LineKind.Text && prevBlank && indentWidth(note.lines[j] ?? "") <= item.indent) break;
		prevBlank = false;
		lastContent = j;
	}
	return lastContent + 1;
}

/** Non-blank lines in a range, trimmed and joined: the readable body of an item. */
export function bodyText(note: ScannedNote, start: number, end: number, skip?: (index: number) => boolean): string {
	const parts: string[] = [];
	for (let i = start; i < end; i++) {
		const kind = note.kinds[i];
		if (kind === LineKind.Blank || (skip && skip(i))) continue;
		parts.push((note.lines[i] ?? "").trim());
	}
	return parts.join("\n");
}

/** Inline tags on lines in a range, de-duplicated. */
export function tagsBetween(note: ScannedNote, start: number, end: number): string[] {
	const out = new Set<string>();
	const tags = note.tags;
	// Tags are in line order: binary-search the first one so a note with thousands of items stays linear.
	let lo = 0;
	let hi = tags.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((tags[mid]?.index ?? 0) < start) lo = mid + 1;
		else hi = mid;
	}
	for (let k = lo; k < tags.length; k++) {
		const t = tags[k];
		if (!t || t.index >= end) break;
		out.add(t.tag);
	}
	return [...out];
}
