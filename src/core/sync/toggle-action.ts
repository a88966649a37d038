import { isChecked } from "../extract-actions";
import type { Step } from "../model";
import { findCheckables, type SectionSettings } from "../toggle/checkables";
import { lineSpans, spanTexts } from "../toggle/line-spans";
import { locateTarget, type ToggleTarget } from "../toggle/locate-target";
import { toggleStep, type CheckState, type LineChange, type ToggleResult } from "../toggle/toggle-step";

/**
 * `toggleStep` as the pane and the prep-note sync use it: a list action item with steps is done
 * when all its steps are (`ActionItem.done`), so ticking it ticks its own checkbox and every step
 * in one edit, and unticking opens the ticked ones: a cancelled `[-]` or deferred `[>]` step keeps
 * its status, as under a heading item. Anything else is exactly `toggleStep`. The CLI keeps
 * the line-level `toggleStep`: it names one line and edits that line only.
 *
 * `keepTicked` names ticked steps an untick leaves alone: a prep note carries only the steps that
 * were open when it was made, and unticking its copy of the item must not reopen one finished
 * before, which that note never showed. When it would leave every step ticked (the item still
 * done), all ticked steps are opened as without it.
 */
export function toggleAction(text: string, target: ToggleTarget, state: CheckState, settings: SectionSettings, keepTicked?: (step: Step) => boolean): ToggleResult {
	const lines = spanTexts(text, lineSpans(text));
	const located = locateTarget(findCheckables(lines, settings), lines.length, target);
	if (!located.ok) return located;
	const found = located.target;
	if (found.role !== "item" || found.kind !== "list" || found.item.steps.length === 0) return toggleStep(text, target, state, settings);
	const want = state === "toggle" ? !found.item.done : state === "on";
	const wanted: CheckState = want ? "on" : "off";
	let out = text;
	const changes: LineChange[] = [];
	const steps = want ? found.item.steps : reopened(found.item.steps, keepTicked);
	const boxes = [{ line: found.line, status: found.item.status }, ...steps];
	// Checkbox edits never add or remove lines, so the located lines stay valid across the edits.
	for (const { line } of want ? boxes : boxes.filter((b) => isChecked(b.status))) {
		const r = toggleStep(out, { line }, wanted, settings);
		if (!r.ok) return r;
		out = r.text;
		changes.push(...r.changes);
	}
	return { ok: true, text: out, changes, line: found.line, relocated: located.relocated, checked: want };
}

/** The ticked steps an untick opens: those not kept, or all of them if that would open none. */
function reopened(steps: readonly Step[], keepTicked: ((step: Step) => boolean) | undefined): readonly Step[] {
	const ticked = steps.filter((s) => isChecked(s.status));
	if (!keepTicked) return ticked;
	const open = ticked.filter((s) => !keepTicked(s));
	return open.length > 0 || ticked.length < steps.length ? open : ticked;
}
