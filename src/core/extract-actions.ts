import { cleanTitle, splitBlockId } from "./clean-title";
import type { ScannedNote } from "./markdown-scan";
import type { ActionItem, Step } from "./model";
import { bodyText, itemsAtDepth, listItemEnd, topLevelItems } from "./list-items";
import { itemHeadings, type Section } from "./sections";

/**
 * Action items of one section: sub-headings with their top-level list items as steps (list items
 * above the first sub-heading are items themselves), else list items with their children.
 */
export function extractActionItems(note: ScannedNote, section: Section): ActionItem[] {
	const out: ActionItem[] = [];
	const headings = itemHeadings(section);
	// List items above the first sub-heading (all of them when there is none) are items of their
	// own: open tasks written there must not vanish because the author grouped the rest under headings.
	const first = headings[0]?.heading.index ?? section.end;
	for (const item of topLevelItems(note, section.start, first)) {
		const content = note.lists.content(item);
		const title = cleanTitle(content);
		if (title.length > 0) out.push(fromListItem(note, item, listItemEnd(note, item, first), title, content));
	}
	for (const { heading: h, end } of headings) {
		const title = cleanTitle(h.text);
		if (title.length === 0) continue;
		const steps = stepsOf(note, topLevelItems(note, h.index + 1, end));
		out.push({
			title,
			line: h.index + 1,
			kind: "heading",
			checked: null,
			status: null,
			done: steps.length > 0 && allChecked(steps),
			steps,
			body: bodyText(note, h.index + 1, end, true),
			blockId: splitBlockId(h.text).blockId,
		});
	}
	return out;
}

function fromListItem(note: ScannedNote, item: number, end: number, title: string, content: string): ActionItem {
	const steps = stepsOf(note, itemsAtDepth(note, item + 1, end, note.lists.depth(item) + 1));
	const status = note.lists.status(item);
	const checked = isChecked(status);
	return {
		title,
		line: item + 1,
		kind: status === null ? "bullet" : "task",
		checked,
		status,
		done: steps.length > 0 ? allChecked(steps) : status !== null && checked,
		steps,
		body: bodyText(note, item + 1, end, true),
		blockId: splitBlockId(content).blockId,
	};
}

/** Steps of the list items at these lines; an item with no text is no step. */
function stepsOf(note: ScannedNote, items: number[]): Step[] {
	const out: Step[] = [];
	for (const index of items) {
		const { text, blockId } = splitBlockId(note.lists.content(index));
		if (text.length === 0) continue;
		const status = note.lists.status(index);
		out.push({ text, line: index + 1, checked: isChecked(status), status, blockId });
	}
	return out;
}

function allChecked(steps: Step[]): boolean {
	for (const s of steps) if (!s.checked) return false;
	return true;
}

/** `x` and `X` are done; every other status (` `, `-`, `/`, …) is not. */
export function isChecked(status: string | null): boolean {
	return status === "x" || status === "X";
}
