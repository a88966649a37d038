import { cleanTitle } from "./clean-title";
import { dateFromFileName, normalizeDate } from "./dates";
import { LineKind, type ScannedNote } from "./markdown-scan";
import type { Section } from "./sections";
import { shorten } from "./text-lines";

// Obsidian's own list properties describe the note, not the interview.
const OBSIDIAN_LISTS = new Set(["tags", "tag", "aliases", "alias", "cssclasses", "cssclass"]);

/** Simple properties from front matter: scalars and lists of them, keys lower-cased, first spelling wins. */
export function frontMatterMeta(data: Record<string, unknown> | null): Record<string, string> {
	const out: Record<string, string> = {};
	if (!data) return out;
	for (const [key, value] of Object.entries(data)) {
		const k = key.trim().toLowerCase();
		if (!k || k in out || OBSIDIAN_LISTS.has(k)) continue;
		const text = scalarText(value);
		if (text !== null) out[k] = text;
	}
	return out;
}

/**
 * A property as text. Obsidian's Properties panel writes a link as `"[[Grab]]"` and a list as
 * `- "[[Shopee]]"`: the company is the link's alias or note name, and a list reads as its items.
 */
function scalarText(value: unknown): string | null {
	if (typeof value === "string") return value.trim() === "" ? null : linkName(value.trim());
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	if (value instanceof Date) return normalizeDate(value);
	if (Array.isArray(value)) {
		const items = value.map((v) => (Array.isArray(v) ? null : scalarText(v))).filter((v): v is string => v !== null);
		return items.length > 0 ? items.join(", ") : null;
	}
	return null;
}

const WHOLE_LINK = /^\[\[([^\]|]*)(?:\|([^\]]*))?\]\]$/;

/** `[[Companies/Grab|Grab]]` → `Grab`, `[[Grab#Team]]` → `Grab`; any other text as it is. */
export function linkName(text: string): string {
	const m = WHOLE_LINK.exec(text);
	if (!m) return text;
	const alias = m[2]?.trim();
	if (alias) return alias;
	const target = (m[1] ?? "").split("#")[0] ?? "";
	const name = (target.split("/").pop() ?? "").replace(/\.md$/i, "").trim();
	return name || text;
}

const KEY_VALUE = /^([^:]{1,60}?)\s*:\s*(.*)$/;

/** `Key: Value` lines (bulleted or not) of the `Meta` sections, keys cleaned and lower-cased. */
export function metaSectionValues(note: ScannedNote, sections: readonly Section[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const s of sections) {
		if (s.kind !== "meta") continue;
		for (let i = s.start; i < s.end; i++) {
			const kind = note.kinds[i];
			if (kind !== LineKind.List && kind !== LineKind.Text) continue;
			const text = kind === LineKind.List ? note.lists.content(i) : (note.lines[i] ?? "");
			const m = KEY_VALUE.exec(text.replace(/\*\*|__/g, ""));
			if (!m) continue;
			const key = cleanTitle(m[1] ?? "").toLowerCase();
			const value = linkName(cleanTitle(m[2] ?? ""));
			if (key && value && !(key in out)) out[key] = value;
		}
	}
	return out;
}

export interface ResolvedMeta {
	title: string;
	date: string | null;
	company: string | null;
	role: string | null;
	meta: Record<string, string>;
}

/** Front matter first, then `Meta` bullets, then the file name's leading date. */
export function resolveMeta(
	fileName: string,
	frontMatter: Record<string, unknown> | null,
	fromSection: Record<string, string>,
	warnings: string[],
): ResolvedMeta {
	const fm = frontMatterMeta(frontMatter);
	const meta: Record<string, string> = { ...fromSection, ...fm };
	const baseName = fileName.replace(/\.md$/i, "");
	const rawDate = frontMatter ? dateValue(frontMatter) : undefined;
	let date = rawDate !== undefined ? normalizeDate(rawDate) : null;
	if (rawDate !== undefined && rawDate !== null && rawDate !== "" && date === null) {
		warnings.push(`Front matter date '${shownValue(rawDate)}' is not a date I can read; use YYYY-MM-DD`);
	}
	if (date === null && fromSection["date"]) {
		date = normalizeDate(fromSection["date"]);
		if (date === null) warnings.push(`Meta date '${fromSection["date"]}' is not a date I can read; use YYYY-MM-DD`);
	}
	if (date === null) date = dateFromFileName(baseName);
	const title = fm["title"] ?? baseName;
	return { title, date, company: meta["company"] ?? null, role: meta["role"] ?? null, meta };
}

function dateValue(data: Record<string, unknown>): unknown {
	for (const [k, v] of Object.entries(data)) if (k.trim().toLowerCase() === "date") return v;
	return undefined;
}

// A warning quotes what the user wrote, but never "[object Object]" and never a whole pasted page.
function shownValue(value: unknown): string {
	if (Array.isArray(value)) return "(a list)";
	if (value instanceof Date) return "(an invalid date)";
	if (typeof value === "object" && value !== null) return "(a nested object)";
	const text = typeof value === "string" || typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" ? String(value) : typeof value;
	return shorten(text, 60);
}
