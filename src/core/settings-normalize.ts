import { DEFAULT_SETTINGS, normalizeTagSetting, type GapTrackerSettings } from "./settings";
import { readGapDictionary } from "./themes/validate-patterns";

/**
 * Turns whatever data.json holds into a complete settings object: every known key of the
 * right type is kept, a missing or wrong-typed one falls back to its default, and keys this
 * version does not know are carried along untouched, so a downgrade or a newer plugin's
 * data is never lost on the next save. Never throws.
 */
export function normalizeSettings(raw: unknown): GapTrackerSettings & Record<string, unknown> {
	const data: Record<string, unknown> = isRecord(raw) ? raw : {};
	const out: Record<string, unknown> = { ...data };
	for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS) as [string, unknown][]) {
		out[key] = coerce(data[key], fallback);
	}
	const tag = normalizeTagSetting(String(out.tag));
	out.tag = tag || DEFAULT_SETTINGS.tag;
	// Entries are objects, not strings: the list rule above would drop every one of them.
	out.gapDictionary = readGapDictionary(data.gapDictionary).entries;
	return out as GapTrackerSettings & Record<string, unknown>;
}

function coerce(value: unknown, fallback: unknown): unknown {
	if (Array.isArray(fallback)) {
		const defaults = fallback as readonly unknown[];
		if (!Array.isArray(value)) return [...defaults];
		const list = (value as readonly unknown[]).filter((v): v is string => typeof v === "string").map((v) => v.trim()).filter((v) => v.length > 0);
		// An empty heading list would silently match nothing; an empty folder list is a real choice.
		return list.length === 0 && defaults.length > 0 ? [...defaults] : list;
	}
	if (typeof fallback === "string") return typeof value === "string" ? value : fallback;
	if (typeof fallback === "number") return typeof value === "number" && Number.isFinite(value) ? value : fallback;
	if (typeof fallback === "boolean") return typeof value === "boolean" ? value : fallback;
	if (isRecord(fallback)) return isRecord(value) ? { ...fallback, ...value } : { ...fallback };
	return value === undefined ? fallback : value;
}

/** A JSON object: what data.json holds when it holds settings at all. */
export function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Splits a comma-separated settings field into trimmed, non-empty entries. */
export function splitList(text: string): string[] {
	return text
		.split(",")
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}
