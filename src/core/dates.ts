import { format, getDaysInMonth, isValid, parse } from "date-fns";

// Formats people actually type in properties; ISO first because it is by far the most common.
const FORMATS = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy"];
const REFERENCE = new Date(2000, 0, 1);

/** `YYYY-MM-DD` for a property value (string or YAML date), or null when it is not a date. */
export function normalizeDate(value: unknown): string | null {
	if (value instanceof Date) return isValid(value) ? value.toISOString().slice(0, 10) : null;
	if (typeof value !== "string") return null;
	const text = value.trim();
	if (!text) return null;
	const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(text);
	if (iso) return validIso(iso[1] ?? "");
	for (const f of FORMATS) {
		const d = parse(text, f, REFERENCE);
		// `yyyy` also takes two digits: `23.11.25` (day first, as typed across Europe and Asia)
		// would be year 23. A year before 1000 is a misread, so the caller warns instead.
		if (isValid(d) && d.getFullYear() >= 1000) return format(d, "yyyy-MM-dd");
	}
	return null;
}

/** A leading `YYYY-MM-DD` in a file name, when it is a real calendar date. */
export function dateFromFileName(name: string): string | null {
	const m = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(name);
	return m ? validIso(m[1] ?? "") : null;
}

/** A real calendar date? Checked by hand: date-fns `parse` here cost more than the rest of meta. */
function validIso(s: string): string | null {
	const y = Number(s.slice(0, 4));
	const m = Number(s.slice(5, 7));
	const d = Number(s.slice(8, 10));
	if (m < 1 || m > 12 || d < 1) return null;
	return d <= getDaysInMonth(new Date(y, m - 1, 1)) ? s : null;
}
