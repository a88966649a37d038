import { headingKey } from "./clean-title";
import type { GapTrackerSettings } from "./settings";

/**
 * A struggles name and an action items name one heading could match both by: section names match
 * a heading by prefix, so `Action` for struggles would turn every "Action Items" heading into
 * struggles. Null when the two lists cannot be confused.
 */
export function sectionNameClash(struggles: readonly string[], actions: readonly string[]): { struggle: string; action: string } | null {
	for (const struggle of struggles) {
		const s = headingKey(struggle);
		for (const action of actions) {
			const a = headingKey(action);
			if (s && a && (s.startsWith(a) || a.startsWith(s))) return { struggle, action };
		}
	}
	return null;
}

/**
 * Why an excluded-folder entry can never match a vault folder, or null: paths are vault-relative,
 * so a drive path or one climbing out with `..` names nothing inside the vault. A leading `/` is
 * read as the vault's root (the tab strips it), and an unknown folder only gets a notice there.
 */
export function excludedFolderProblem(folder: string): string | null {
	const f = folder.replace(/\\/g, "/");
	if (/^[A-Za-z]:/.test(f)) return `"${folder}" is an absolute path; give the folder's path inside the vault`;
	if (f.split("/").includes("..")) return `"${folder}" climbs out of the vault with ".."`;
	return null;
}

/** The range a number setting must fall in; the tab refuses what falls outside, and so does loading data.json. */
export interface NumberRange {
	min: number;
	max: number;
	/** Whole numbers only. */
	integer: boolean;
}

/** The number settings the tab edits, by key. */
export const NUMBER_RANGES = {
	similarityThreshold: { min: 0.05, max: 0.95, integer: false },
	improvingAfterInterviews: { min: 1, max: 20, integer: true },
	scoreHalfLifeInterviews: { min: 1, max: 50, integer: false },
} as const satisfies Partial<Record<keyof GapTrackerSettings, NumberRange>>;

export function inRange(value: number, range: NumberRange): boolean {
	return Number.isFinite(value) && value >= range.min && value <= range.max && (!range.integer || Number.isInteger(value));
}

/** `a whole number from 1 to 20`: what a refused number should have been. */
export function describeRange(range: NumberRange): string {
	return `a ${range.integer ? "whole number" : "number"} from ${range.min} to ${range.max}`;
}

/** Problems listed in one Notice before "and N more". */
const NOTICE_PROBLEMS = 3;

/** `a; b; c and 2 more.`: a Notice stays short however many things are wrong. */
export function firstProblems(problems: readonly string[]): string {
	const shown = problems.slice(0, NOTICE_PROBLEMS).join("; ");
	return problems.length > NOTICE_PROBLEMS ? `${shown} and ${problems.length - NOTICE_PROBLEMS} more.` : `${shown}.`;
}
