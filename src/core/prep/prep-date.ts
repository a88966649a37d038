import { format, isValid, parse } from "date-fns";

/** The answer of a date check: the normalised date, or a sentence the modal shows under the field. */
export type DateCheck = { ok: true; date: string } | { ok: false; reason: string };

const REFERENCE = new Date(2000, 0, 1);
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
// Week-year and day-of-year tokens: date-fns logs a warning and throws for them; almost always a typo for yyyy/dd.
const PROTECTED_TOKENS = /Y{2}|D/;

/**
 * Accepts exactly `YYYY-MM-DD` naming a real calendar day. Strict on purpose: a prep note's date
 * ends up in its file name and front matter, where a guessed `03/04` would be wrong half the time.
 */
export function checkPrepDate(input: string): DateCheck {
	const text = input.trim();
	if (!text) return { ok: false, reason: "Enter the interview date as YYYY-MM-DD." };
	if (!ISO_SHAPE.test(text)) return { ok: false, reason: `"${text.slice(0, 40)}" is not in the form YYYY-MM-DD (for example 2026-03-14).` };
	const d = parse(text, "yyyy-MM-dd", REFERENCE);
	if (!isValid(d) || format(d, "yyyy-MM-dd") !== text) return { ok: false, reason: `${text} is not a real calendar date.` };
	return { ok: true, date: text };
}

/** `YYYY-MM-DD` of a moment in local time: "today" as the user means it. */
export function isoDay(moment: Date): string {
	return format(moment, "yyyy-MM-dd");
}

/**
 * `{{date}}` as the user's date-fns format string renders it. A format date-fns refuses (e.g. `YYYY`
 * without its opt-in) falls back to ISO rather than failing the whole note.
 */
export function formatPrepDate(isoDate: string, dateFormat: string): string {
	const d = parse(isoDate, "yyyy-MM-dd", REFERENCE);
	if (!isValid(d) || checkDateFormat(dateFormat) !== null) return isoDate;
	try {
		return format(d, dateFormat);
	} catch {
		return isoDate;
	}
}

/** Why a date format setting cannot be used, or null when it can: for the settings tab. */
export function checkDateFormat(dateFormat: string): string | null {
	if (!dateFormat.trim()) return "The date format is empty.";
	if (PROTECTED_TOKENS.test(dateFormat.replace(/'[^']*'/g, ""))) return "Use yyyy for the year and dd for the day (YYYY and DD mean week-year and day of the year).";
	try {
		format(REFERENCE, dateFormat);
		return null;
	} catch (e) {
		return `date-fns cannot use this format: ${e instanceof Error ? e.message : String(e)}`;
	}
}
