import { DEFAULT_SETTINGS, type GapTrackerSettings } from "./settings";
import { describeRange, firstProblems, inRange, NUMBER_RANGES, type NumberRange } from "./settings-checks";
import { slugify } from "./themes/gap-tags";
import type { GapDictionaryEntry } from "./themes/theme-settings";
import { checkTagName } from "./themes/validate-patterns";

/** data.json read into settings, with what could not be used as written. */
export interface ReadSettings {
	settings: GapTrackerSettings & Record<string, unknown>;
	/**
	 * data.json's own value of each key that could not be used as written. The plugin saves these
	 * back untouched until the user changes that setting: a hand edit or a newer version's value is
	 * the user's, and a default must not replace it just because another setting was saved.
	 */
	kept: Record<string, unknown>;
	/** One phrase per problem, starting with its key: `similarityThreshold 30 is not a number from 0.05 to 0.95`. */
	problems: string[];
}

/**
 * Turns whatever data.json holds into a complete settings object: every known key is read (a
 * list written as text is split on commas), checked as the settings tab checks it, and falls back
 * to its default when missing or unusable; keys this version does not know are carried along
 * untouched, so a downgrade or a newer plugin's data is never lost on the next save. Never throws.
 */
export function normalizeSettings(raw: unknown): GapTrackerSettings & Record<string, unknown> {
	return readSettings(raw).settings;
}

/** `normalizeSettings`, also saying what it could not use and keeping those values as they were. */
export function readSettings(raw: unknown): ReadSettings {
	const data: Record<string, unknown> = isRecord(raw) ? raw : {};
	const out: Record<string, unknown> = { ...data };
	const kept: Record<string, unknown> = {};
	const problems: string[] = [];
	for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS) as [keyof GapTrackerSettings, unknown][]) {
		const said: string[] = [];
		out[key] = readValue(key, data[key], fallback, (why) => said.push(`${key} ${why}`));
		if (said.length === 0) continue;
		kept[key] = data[key];
		problems.push(...said);
	}
	return { settings: out as GapTrackerSettings & Record<string, unknown>, kept, problems };
}

/** The Notice for what `readSettings` could not use. */
export function unusableSettingsNotice(problems: readonly string[]): string {
	return (
		`Interview Gap Tracker cannot use some settings in data.json as written: ${firstProblems(problems)} ` +
		"It uses what it could read or the default instead, and leaves those values in data.json as they are until you change that setting."
	);
}

type Say = (why: string) => void;

function readValue(key: keyof GapTrackerSettings, value: unknown, fallback: unknown, say: Say): unknown {
	if (value === undefined || value === null) return Array.isArray(fallback) ? [...(fallback as unknown[])] : fallback;
	if (key === "tag" || key === "gapTagPrefix") return readTag(value, fallback as string, say);
	if (key === "gapDictionary") return readGaps(value, say);
	if (Array.isArray(fallback)) return readList(value, fallback as readonly string[], say);
	if (typeof fallback === "number") return readNumber(value, fallback, rangeOf(key), say);
	if (typeof fallback === "string") return asText(value) ?? refused(say, `${show(value)} is not text`, fallback);
	if (typeof value === typeof fallback) return value;
	return refused(say, `${show(value)} is not a ${typeof fallback}`, fallback);
}

function refused<T>(say: Say, why: string, fallback: T): T {
	say(why);
	return fallback;
}

function rangeOf(key: string): NumberRange | null {
	return (NUMBER_RANGES as Partial<Record<string, NumberRange>>)[key] ?? null;
}

/** A value meant as text; a number (a folder named `2024`) reads as its digits. */
function asText(value: unknown): string | null {
	if (typeof value === "string") return value;
	return typeof value === "number" && Number.isFinite(value) ? String(value) : null;
}

function readTag(value: unknown, fallback: string, say: Say): string {
	const text = asText(value);
	if (text === null) return refused(say, `${show(value)} is not text`, fallback);
	const checked = checkTagName(text);
	return checked.ok ? checked.tag : refused(say, `${show(text)} ${checked.reason}`, fallback);
}

function readNumber(value: unknown, fallback: number, range: NumberRange | null, say: Say): number {
	const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
	if (!Number.isFinite(n)) return refused(say, `${show(value)} is not a number`, fallback);
	if (range && !inRange(n, range)) return refused(say, `${n} is not ${describeRange(range)}`, fallback);
	return n;
}

function readList(value: unknown, defaults: readonly string[], say: Say): string[] {
	let list: string[];
	if (typeof value === "string") list = splitList(value);
	else if (!Array.isArray(value)) return refused(say, `${show(value)} is not a list`, [...defaults]);
	else {
		list = [];
		(value as readonly unknown[]).forEach((item, i) => {
			const text = asText(item);
			if (text === null) say(`item ${i + 1} (${show(item)}) is not text`);
			else if (text.trim()) list.push(text.trim());
		});
	}
	// An empty heading list would silently match nothing; an empty folder list is a real choice.
	if (list.length === 0 && defaults.length > 0) return refused(say, "is empty", [...defaults]);
	return list;
}

/** The fields the plugin reads from a custom gap; an entry's other fields are kept as they are. */
const GAP_FIELDS: ReadonlySet<string> = new Set(["id", "name", "patterns", "replacePatterns"]);

/** The fields of a stored custom gap this version does not use (a newer version's, a hand edit's). */
export function otherGapFields(entry: object | undefined): Record<string, unknown> {
	return Object.fromEntries(Object.entries(entry ?? {}).filter(([k]) => !GAP_FIELDS.has(k)));
}

/**
 * Custom gaps in the shapes people write them: patterns as one comma-separated text, the id left
 * out (made from the name, as a `#gap/` tag is). A pattern the matcher cannot use is kept: the
 * tab names it, and the user's words are not thrown away.
 */
function readGaps(value: unknown, say: Say): GapDictionaryEntry[] {
	if (!Array.isArray(value)) return refused(say, `${show(value)} is not a list of gaps`, []);
	const entries: GapDictionaryEntry[] = [];
	(value as readonly unknown[]).forEach((item, i) => {
		if (!isRecord(item)) return say(`entry ${i + 1} (${show(item)}) is not a gap`);
		const id = gapId(item);
		if (!id) return say(`entry ${i + 1} has no id or name`);
		const gap = (why: string) => say(`gap "${id}" ${why}`);
		const name = item.name === undefined ? "" : (asText(item.name) ?? refused(gap, "has a name that is not text", ""));
		const entry: GapDictionaryEntry = { ...otherGapFields(item), id, name, patterns: readPatterns(item.patterns, gap) };
		if (typeof item.replacePatterns === "boolean") entry.replacePatterns = item.replacePatterns;
		else if (item.replacePatterns !== undefined) gap(`has replacePatterns ${show(item.replacePatterns)}, not true or false`);
		entries.push(entry);
	});
	return entries;
}

function gapId(item: Record<string, unknown>): string {
	if (item.id !== undefined && typeof item.id !== "string") return "";
	const id = (item.id ?? "").trim();
	return id || (typeof item.name === "string" ? slugify(item.name) : "");
}

function readPatterns(value: unknown, gap: Say): string[] {
	if (value === undefined) return [];
	if (typeof value === "string") return splitList(value);
	if (!Array.isArray(value)) return refused(gap, "has patterns that are neither a list nor text", []);
	const patterns: string[] = [];
	(value as readonly unknown[]).forEach((p, i) => {
		if (typeof p === "string") patterns.push(p);
		else gap(`pattern ${i + 1} (${show(p)}) is not text`);
	});
	return patterns;
}

/** A value as it would appear in data.json, cut short: a Notice quotes it, it does not reproduce it. */
function show(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 40 ? `${text.slice(0, 39)}…` : text;
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
