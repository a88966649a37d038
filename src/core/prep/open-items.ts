import type { ActionItem, Interview, Step } from "../model";
import type { ThemeAnalysis } from "../themes/theme-model";
import { newestFirst } from "../interview-order";

/** An open action item as carried into a prep note or report, with the steps still to do. */
export interface OpenEntry {
	interview: Interview;
	item: ActionItem;
	/** Steps neither ticked nor cancelled, in note order. */
	steps: Step[];
}

/** Company names compare like the user reads them: case, surrounding and repeated spaces ignored. */
export function companyKey(company: string | null | undefined): string {
	return (company ?? "").trim().replace(/\s+/g, " ").toLowerCase();
}

/** True for a step still to do. A cancelled task (`[-]`) is not something to rehearse. */
export function isOpenStep(step: Step): boolean {
	return !step.checked && step.status !== "-";
}

/**
 * The item's open part, or null when nothing is left: done, cancelled, or every step ticked or
 * cancelled (the contract still counts the last case as not done; a prep list has nothing to show).
 */
export function openEntry(interview: Interview, item: ActionItem): OpenEntry | null {
	if (item.done || item.status === "-") return null;
	const steps = item.steps.filter(isOpenStep);
	if (item.steps.length > 0 && steps.length === 0) return null;
	return { interview, item, steps };
}

/** Every open entry of the given interviews, in note order per interview. */
export function allOpenEntries(interviews: readonly Interview[]): OpenEntry[] {
	const out: OpenEntry[] = [];
	for (const iv of interviews) {
		for (const item of iv.actionItems) {
			const e = openEntry(iv, item);
			if (e) out.push(e);
		}
	}
	return out;
}


/**
 * Open entries, most relevant first for an interview at `company`: the same company first, then
 * items linked to the highest-ranked gaps (when themes are known), then the newest interviews.
 */
export function rankOpenEntries(interviews: readonly Interview[], company: string, themes?: ThemeAnalysis): OpenEntry[] {
	const wanted = companyKey(company);
	const rankOfTheme = new Map<string, number>();
	themes?.themes.forEach((t, i) => rankOfTheme.set(t.id, i));
	const gapRank = (e: OpenEntry): number => {
		if (!themes) return 0;
		let best = Number.POSITIVE_INFINITY;
		for (const id of themes.themesOfItem(e.interview.path, e.item.line)) best = Math.min(best, rankOfTheme.get(id) ?? best);
		return best;
	};
	const keyed = allOpenEntries(interviews).map((e) => ({ e, same: wanted !== "" && companyKey(e.interview.company) === wanted ? 0 : 1, rank: gapRank(e) }));
	keyed.sort((a, b) => a.same - b.same || compareRank(a.rank, b.rank) || newestFirst(a.e.interview, b.e.interview) || a.e.item.line - b.e.item.line);
	return keyed.map((k) => k.e);
}

function compareRank(a: number, b: number): number {
	return a === b ? 0 : a < b ? -1 : 1;
}
