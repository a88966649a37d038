import { isChecked } from "../extract-actions";
import type { TextEdit } from "./line-spans";

/**
 * Where the checkbox of one list line sits. The patterns mirror `markdown-scan.ts` so a line the
 * parser calls a step is exactly a line this module can edit.
 */
export interface ListLineShape {
	/** Column where the text after the marker (and its spacing) begins: a new checkbox goes here. */
	afterMarker: number;
	/** Task status (may be a two-unit emoji), or null for a plain bullet. */
	status: string | null;
	/** Column of the status character inside `[ ]`, or -1 for a plain bullet. */
	statusAt: number;
}

const LIST = /^([ \t]*)((?:>[ \t]?)*)([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const CHECKBOX = /^\[([^\]])\](?=[ \t]|$)/u;

/** Reads the marker and checkbox of a list line; null when the line is not a list item. */
export function listLineShape(line: string): ListLineShape | null {
	const list = LIST.exec(line);
	if (!list) return null;
	const afterMarker = list[0].length;
	const box = CHECKBOX.exec(line.slice(afterMarker));
	if (!box) return { afterMarker, status: null, statusAt: -1 };
	return { afterMarker, status: box[1] ?? " ", statusAt: afterMarker + 1 };
}

// `[ ]` followed by another kind of space (a non-breaking one, typed with Option+Space on a Mac):
// Markdown reads the line as a plain bullet whose text starts with `[ ]`.
const LOOKALIKE_BOX = /^\[[^\]]\][^\S \t]/u;

/**
 * True for a plain bullet whose text looks like a checkbox but is not one. Ticking it would add a
 * second box (`- [x] [ ]\u00a0foo`), so callers refuse and say which space to retype.
 */
export function hasLookalikeBox(line: string, shape: ListLineShape): boolean {
	return shape.status === null && LOOKALIKE_BOX.test(line.slice(shape.afterMarker));
}

/** The checkbox a plain bullet gains when it is ticked: `- foo` → `- [x] foo`. */
export const INSERTED_CHECKBOX = "[x] ";

/**
 * The one edit that makes a list line ticked (`want`) or open, relative to the line's start;
 * null when it already is. Ticking sets any status but `x`/`X` to `x`; unticking sets any
 * status but a space to a space (Obsidian shows `[/]` and `[-]` as ticked too); a plain bullet
 * is already open and gains `[x] ` when ticked, keeping its marker, spacing and numbering.
 */
export function checkboxEdit(shape: ListLineShape, want: boolean): TextEdit | null {
	const { status } = shape;
	if (status === null) return want ? { at: shape.afterMarker, remove: 0, insert: INSERTED_CHECKBOX } : null;
	if (want) return isChecked(status) ? null : { at: shape.statusAt, remove: status.length, insert: "x" };
	return status === " " ? null : { at: shape.statusAt, remove: status.length, insert: " " };
}
