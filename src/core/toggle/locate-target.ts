import type { Checkable } from "./checkables";
import { shorten } from "../text-lines";

/** What the caller believes it is ticking, as it saw the note when it last read it. */
export interface ToggleTarget {
	/** 1-based line where the step was when the caller read the note. */
	line: number;
	/**
	 * Text expected on that line: the step's `Step.text`, an item's `title`, or the raw line.
	 * Without it the line is edited as it stands, and nothing is relocated.
	 */
	expect?: string;
	/**
	 * Title of the action item the step belongs to (`null`: the target is an item, not a step).
	 * Narrows matching so equal step texts under different items never stand in for each other.
	 */
	parent?: string | null;
	/**
	 * Every line where the caller saw this same text (the target included) when it read the note.
	 * When the text now stands on several lines, the line as given is trusted only if they are all
	 * still exactly there: after a line was added above twins, the given line holds the other twin.
	 * Without it (the CLI names a line of the file as it is now) the line as given is trusted.
	 */
	seen?: readonly number[];
}

export type LocateRefusal = "not-found" | "ambiguous" | "not-a-step";

export type Located =
	| { ok: true; target: Checkable; relocated: boolean }
	| { ok: false; reason: LocateRefusal; message: string };

/**
 * Finds the line to edit. The line as given wins when it still holds the expected text; otherwise
 * the exact text is searched among the note's action items and steps: one match is edited, none
 * or several are refused. A guessed line is never returned.
 */
export function locateTarget(checkables: readonly Checkable[], lineCount: number, target: ToggleTarget): Located {
	const at = checkables.find((c) => c.line === target.line) ?? null;
	const expect = target.expect;
	if (expect === undefined) {
		if (at) return { ok: true, target: at, relocated: false };
		const where = target.line < 1 || target.line > lineCount ? `is outside the note (1–${lineCount})` : "holds no action item or step";
		return { ok: false, reason: "not-a-step", message: `Line ${target.line} ${where}; nothing was changed.` };
	}
	const found = checkables.filter((c) => matches(c, expect, target.parent));
	if (at && found.includes(at) && (found.length === 1 || target.seen === undefined || sameLines(found, target.seen))) {
		return { ok: true, target: at, relocated: false };
	}
	if (found.length === 1 && found[0]) return { ok: true, target: found[0], relocated: true };
	const what = `"${short(expect)}"`;
	if (found.length === 0) {
		return { ok: false, reason: "not-found", message: `${what} is no longer on line ${target.line} and is not among the action items; nothing was changed.` };
	}
	const lines = found.map((c) => c.line).join(", ");
	if (at && found.includes(at)) {
		return { ok: false, reason: "ambiguous", message: `${what} appears on lines ${lines}, and the note changed since the tracker read it; nothing was changed.` };
	}
	return { ok: false, reason: "ambiguous", message: `${what} moved from line ${target.line} and now appears on lines ${lines}; nothing was changed.` };
}

function sameLines(found: readonly Checkable[], seen: readonly number[]): boolean {
	return found.length === seen.length && found.every((c, i) => c.line === seen[i]);
}

function matches(c: Checkable, expect: string, parent: string | null | undefined): boolean {
	if (!c.keys.includes(expect)) return false;
	if (parent === undefined) return true;
	if (parent === null) return c.role === "item";
	return c.role === "step" && c.item.title === parent;
}

function short(text: string): string {
	return shorten(text.replace(/\s+/g, " ").trim(), 60);
}
