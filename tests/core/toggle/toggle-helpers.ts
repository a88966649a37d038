import { DEFAULT_ENGINE_SETTINGS } from "../../../src/core/settings";
import { toggleStep, type CheckState, type ToggleResult } from "../../../src/core/toggle/toggle-step";
import type { ToggleTarget } from "../../../src/core/toggle/locate-target";

/** A small interview note: a struggles section, then `## Action Items` holding `actions`. */
export function interviewNote(actions: readonly string[], eol = "\n"): string {
	return ["#real-interview", "", "## Where I Struggled", "", "- Explaining impact", "", "## Action Items", "", ...actions, ""].join(eol);
}

/** 1-based line of the first action line in `interviewNote`. */
export const FIRST_ACTION_LINE = 9;

export function toggle(text: string, target: ToggleTarget, state: CheckState = "toggle"): ToggleResult {
	return toggleStep(text, target, state, DEFAULT_ENGINE_SETTINGS);
}

/** The toggled text, failing the test with the refusal when there is one. */
export function toggled(text: string, target: ToggleTarget, state: CheckState = "toggle"): string {
	const r = toggle(text, target, state);
	if (!r.ok) throw new Error(`refused: ${r.reason}: ${r.message}`);
	return r.text;
}

/** Shortest description of how two texts differ: common prefix length, removed and inserted parts. */
export function textDiff(a: string, b: string): { at: number; removed: string; inserted: string } {
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	return { at: start, removed: a.slice(start, endA), inserted: b.slice(start, endB) };
}
