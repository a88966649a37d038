import type { ToggleRefusal } from "../toggle/toggle-step";
import { shorten } from "../text-lines";

const MAX_QUOTE = 60;

/** A step's text as a Notice quotes it: one line, cut at MAX_QUOTE characters. */
export function quote(text: string): string {
	return `“${shorten(text.replace(/\s+/g, " ").trim(), MAX_QUOTE)}”`;
}

/**
 * The Notice for a tick that was refused: what was attempted, why, in words a user can act on, and
 * that the note was not changed. `message` is the core's own sentence, used for the line count.
 */
export function refusalNotice(checked: boolean, text: string, reason: ToggleRefusal, message: string): string {
	return `Couldn't ${checked ? "tick" : "untick"} ${quote(text)}: ${refusalWhy(reason, message)} Nothing was written.`;
}

/**
 * The Notice for a prep-note tick that could not reach its source line: which copy, which note,
 * why, and that the two now disagree.
 */
export function copySyncNotice(checked: boolean, text: string, source: string, detail: string): string {
	return `Couldn't ${checked ? "tick" : "untick"} ${quote(text)} in ${source}: ${detail} Only the prep note changed.`;
}

/** Why a block id does not name one line, in a user's words. */
export function blockRefusal(reason: "not-found" | "ambiguous", id: string, lines: number): string {
	return reason === "not-found" ? `its line there is gone (no line ends in ^${id}).` : `^${id} ends ${lines} lines there, so which one is meant cannot be told.`;
}

/** Why a toggle was refused, in a user's words (after "Couldn't tick “…”: "). */
export function refusalWhy(reason: ToggleRefusal, message: string): string {
	switch (reason) {
		case "ambiguous": {
			const lines = /lines ([\d, ]+)/.exec(message)?.[1]?.match(/\d+/g)?.length;
			return lines ? `the line moved and ${lines} lines now match.` : "the line moved and several lines now match.";
		}
		case "not-found":
			return "the note changed since the tracker read it and the line is no longer among its action items.";
		case "not-a-step":
			return "that line no longer holds an action item or step.";
		case "not-checkable":
			return "it is a heading with no steps beneath it.";
		case "lookalike-box":
			return "its “[ ]” is followed by a non-breaking space, so Markdown does not read it as a checkbox. Retype the space after “]” in the note.";
	}
}

/** The Notice for a failed write (the file is gone, or the vault threw). */
export function writeFailedNotice(checked: boolean, text: string, path: string, cause: string): string {
	return `Couldn't ${checked ? "tick" : "untick"} ${quote(text)} in ${path}: ${cause} Nothing was written.`;
}
