import { BLOCK_ID_PREFIX, blockIdOfLine } from "../block-ids";
import { isChecked } from "../extract-actions";
import { readFrontMatter } from "../front-matter";
import { LineKind, scanMarkdown } from "../markdown-scan";
import { lineSpans, spanTexts } from "../toggle/line-spans";
import { listLineShape } from "../toggle/task-line";

/**
 * Block id → whether its line's own checkbox is ticked, for every list line of a note carrying one
 * of our `igt-` ids (a plain bullet counts as open). An id found on several lines is left out:
 * which one the copies mean cannot be told, so neither is synced.
 */
export function sourceStates(text: string): Map<string, boolean> {
	const out = new Map<string, boolean>();
	if (!text.includes(`^${BLOCK_ID_PREFIX}`)) return out;
	const lines = spanTexts(text, lineSpans(text));
	const note = scanMarkdown(lines, readFrontMatter(lines).bodyStart);
	const twice = new Set<string>();
	lines.forEach((raw, i) => {
		if (note.kinds[i] !== LineKind.List) return;
		const id = blockIdOfLine(raw);
		const shape = id?.startsWith(BLOCK_ID_PREFIX) ? listLineShape(raw) : null;
		if (!id || !shape) return;
		if (out.has(id)) twice.add(id);
		out.set(id, isChecked(shape.status));
	});
	for (const id of twice) out.delete(id);
	return out;
}

/** Ids whose state differs between two snapshots (added or removed ids are not changes). */
export function changedStates(before: ReadonlyMap<string, boolean>, after: ReadonlyMap<string, boolean>): Map<string, boolean> {
	const out = new Map<string, boolean>();
	for (const [id, now] of after) {
		const was = before.get(id);
		if (was !== undefined && was !== now) out.set(id, now);
	}
	return out;
}
