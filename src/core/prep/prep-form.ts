import type { Interview } from "../model";
import { newestFirst } from "../interview-order";
import { companyKey } from "./open-items";
import { checkPrepDate } from "./prep-date";
import type { PrepOptions } from "./render-prep-note";

/** The modal's fields as typed, before any checking. */
export interface PrepFormValues {
	company: string;
	role: string;
	date: string;
	stage: string;
}

export type PrepFormField = keyof PrepFormValues;

/** Options ready for `renderPrepNote`, or one sentence per field the modal shows next to it. */
export type PrepFormCheck = { ok: true; options: PrepOptions } | { ok: false; errors: Partial<Record<PrepFormField, string>> };

/** Longer company names would be cut in the file name anyway; refusing says so up front. */
export const MAX_COMPANY_LENGTH = 120;

/**
 * Checks the modal's fields the way the CLI checks its flags, so both make the same note from the
 * same input. Whitespace runs collapse: a name pasted with a line break still reads as one line.
 */
export function checkPrepForm(values: PrepFormValues): PrepFormCheck {
	const errors: Partial<Record<PrepFormField, string>> = {};
	const company = oneLine(values.company);
	if (!company) errors.company = "Enter the company you are interviewing with.";
	else if (company.length > MAX_COMPANY_LENGTH) errors.company = `Keep the company name under ${MAX_COMPANY_LENGTH} characters.`;
	const date = checkPrepDate(values.date);
	if (!date.ok) errors.date = date.reason;
	if (errors.company || !date.ok) return { ok: false, errors };
	return { ok: true, options: { company, role: oneLine(values.role), date: date.date, stage: oneLine(values.stage) } };
}

/**
 * Companies already in the index, for the company field's suggestions: one spelling per company
 * (the one of its newest interview), most recently interviewed first.
 */
export function companySuggestions(interviews: readonly Interview[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const iv of [...interviews].sort(newestFirst)) {
		const name = oneLine(iv.company ?? "");
		const key = companyKey(name);
		if (!key || seen.has(key)) continue;
		seen.add(key);
		out.push(name);
	}
	return out;
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}
