import { isChecked } from "../extract-actions";
import { findCheckables, type Checkable, type SectionSettings } from "./checkables";
import { applyEdits, lineSpans, spanTexts, type LineSpan, type TextEdit } from "./line-spans";
import { locateTarget, type LocateRefusal, type ToggleTarget } from "./locate-target";
import { checkboxEdit, hasLookalikeBox, listLineShape } from "./task-line";

/** What the caller wants: ticked, open, or the opposite of what the note holds now. */
export type CheckState = "on" | "off" | "toggle";

/** One edited line, before and after, without its line terminator. */
export interface LineChange {
	line: number;
	before: string;
	after: string;
}

export type ToggleRefusal = LocateRefusal | "not-checkable" | "lookalike-box";

export type ToggleResult =
	| {
			ok: true;
			/** The whole note, byte-identical to the input outside the changed lines. */
			text: string;
			/** Empty when the target already was in the wanted state (nothing to write). */
			changes: LineChange[];
			/** 1-based line of the item or step that was ticked (after relocation). */
			line: number;
			/** True when the target was found by its text on a different line. */
			relocated: boolean;
			/** Whether the target counts as done now (a heading item: all its steps ticked). */
			checked: boolean;
	  }
	| { ok: false; reason: ToggleRefusal; message: string };

/**
 * Ticks or unticks one action item or step in a note's text. Pure: the caller decides where the
 * text comes from and where it goes (`vault.process`, a file on disk). Only the checkbox bytes
 * change; a refusal says why in one sentence and nothing is to be written.
 */
export function toggleStep(text: string, target: ToggleTarget, state: CheckState, settings: SectionSettings): ToggleResult {
	const spans = lineSpans(text);
	const lines = spanTexts(text, spans);
	const located = locateTarget(findCheckables(lines, settings), lines.length, target);
	if (!located.ok) return located;
	const found = located.target;
	const planned = found.kind === "heading" ? headingEdits(found, state, lines) : listEdits(found, state, lines);
	if ("reason" in planned) return planned;
	const edits: TextEdit[] = [];
	const changes: LineChange[] = [];
	for (const { line, edit } of planned.edits) {
		const span = spans[line - 1] as LineSpan;
		const before = lines[line - 1] ?? "";
		edits.push({ ...edit, at: span.start + edit.at });
		changes.push({ line, before, after: applyEdits(before, [edit]) });
	}
	const out = edits.length > 0 ? applyEdits(text, edits) : text;
	return { ok: true, text: out, changes, line: found.line, relocated: located.relocated, checked: planned.checked };
}

function lookalike(line: number): Refused {
	return {
		ok: false,
		reason: "lookalike-box",
		message: `Line ${line} starts with a box whose following space is not a plain space, so Markdown does not read it as a checkbox; nothing was changed.`,
	};
}

interface Planned {
	edits: { line: number; edit: TextEdit }[];
	checked: boolean;
}

type Refused = { ok: false; reason: ToggleRefusal; message: string };

function listEdits(c: Checkable, state: CheckState, lines: readonly string[]): Planned | Refused {
	const shape = listLineShape(lines[c.line - 1] ?? "");
	if (!shape) return { ok: false, reason: "not-a-step", message: `Line ${c.line} is not a list item; nothing was changed.` };
	const want = state === "toggle" ? !isChecked(shape.status) : state === "on";
	if (want && hasLookalikeBox(lines[c.line - 1] ?? "", shape)) return lookalike(c.line);
	const edit = checkboxEdit(shape, want);
	return { edits: edit ? [{ line: c.line, edit }] : [], checked: want };
}

/**
 * A heading item is done when all its steps are: ticking it ticks every step that is not `x`,
 * unticking it opens every step that is, in one edit so no reader sees half of it.
 */
function headingEdits(c: Checkable, state: CheckState, lines: readonly string[]): Planned | Refused {
	const steps = c.item.steps;
	if (steps.length === 0) {
		return { ok: false, reason: "not-checkable", message: `"${c.item.title}" is a heading with no steps beneath it, so there is nothing to tick.` };
	}
	const want = state === "toggle" ? !c.item.done : state === "on";
	const edits: Planned["edits"] = [];
	for (const step of steps) {
		if (isChecked(step.status) === want) continue;
		const shape = listLineShape(lines[step.line - 1] ?? "");
		if (shape && want && hasLookalikeBox(lines[step.line - 1] ?? "", shape)) return lookalike(step.line);
		const edit = shape ? checkboxEdit(shape, want) : null;
		if (edit) edits.push({ line: step.line, edit });
	}
	return { edits, checked: want };
}
