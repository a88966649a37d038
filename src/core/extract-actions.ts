import { cleanTitle, splitBlockId } from "./clean-title";
import type { ListLine, ScannedNote } from "./markdown-scan";
import type { ActionItem, Step } from "./model";
import { bodyText, itemsAtDepth, listItemEnd, topLevelItems } from "./list-items";
import { itemHeadings, type Section } from "./sections";

/** Action items of one section: sub-headings with their top-level list items as steps, else list items with their children. */
export function extractActionItems(note: ScannedNote, section: Section): ActionItem[] {
	const headings = itemHeadings(section);
	if (headings.length > 0) {
		return headings
			.map(({ heading: h, end }): ActionItem => {
				const stepLines = topLevelItems(note, h.index + 1, end);
				const steps = stepLines.map(toStep).filter((s) => s.text.length > 0);
				const stepSet = new Set(stepLines.map((s) => s.index));
				const { blockId } = splitBlockId(h.text);
				return {
					title: cleanTitle(h.text),
					line: h.index + 1,
					kind: "heading",
					checked: null,
					status: null,
					done: steps.length > 0 && steps.every((s) => s.checked),
					steps,
					body: bodyText(note, h.index + 1, end, (i) => stepSet.has(i) || note.lists.has(i)),
					blockId,
				};
			})
			.filter((a) => a.title.length > 0);
	}
	return topLevelItems(note, section.start, section.end)
		.map((item) => fromListItem(note, item, listItemEnd(note, item, section.end)))
		.filter((a) => a.title.length > 0);
}

function fromListItem(note: ScannedNote, item: ListLine, end: number): ActionItem {
	const children = itemsAtDepth(note, item.index + 1, end, item.depth + 1);
	const steps = children.map(toStep).filter((s) => s.text.length > 0);
	const checked = isChecked(item.status);
	const { blockId } = splitBlockId(item.content);
	return {
		title: cleanTitle(item.content),
		line: item.index + 1,
		kind: item.status === null ? "bullet" : "task",
		checked,
		status: item.status,
		done: steps.length > 0 ? steps.every((s) => s.checked) : item.status !== null && checked,
		steps,
		body: bodyText(note, item.index + 1, end, (i) => note.lists.has(i)),
		blockId,
	};
}

function toStep(item: ListLine): Step {
	const { text, blockId } = splitBlockId(item.content);
	return { text, line: item.index + 1, checked: isChecked(item.status), status: item.status, blockId };
}

/** `x` and `X` are done; every other status (` `, `-`, `/`, …) is not. */
export function isChecked(status: string | null): boolean {
	return status === "x" || status === "X";
}
