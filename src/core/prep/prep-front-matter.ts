import { stringify } from "yaml";
import { tagMatches } from "../tags";
import { yamlScalar } from "./markdown-text";
import { fillPlaceholders } from "./prep-template";

/** The properties every prep note carries, so Dataview/Bases queries can find and group them. */
export interface PrepProperties {
	company: string;
	role: string;
	/** `YYYY-MM-DD`. */
	date: string;
	stage: string;
	/** Vault paths of the interviews the note draws from. */
	sources: string[];
}

export const PREP_TAG = "interview-prep";
const OWN_KEYS = new Set(["tags", "tag", "company", "role", "date", "stage", "sources"]);

/**
 * The front matter block. Keys a template's own front matter adds are kept after ours (with
 * `{{company}}`-style placeholders filled); its tags are merged, except the interview tag, which
 * would turn the prep note into an interview note.
 */
export function renderFrontMatter(p: PrepProperties, template: Record<string, unknown> | null, interviewTag: string, values: ReadonlyMap<string, string>): string {
	const tags = [PREP_TAG];
	for (const t of templateTags(template, values)) if (!tagMatches(t, interviewTag) && !tags.includes(t)) tags.push(t);
	const lines = ["---", `tags: [${tags.map(flowItem).join(", ")}]`];
	lines.push(property("company", p.company), property("role", p.role));
	lines.push(/^\d{4}-\d{2}-\d{2}$/.test(p.date) ? `date: ${p.date}` : property("date", p.date));
	lines.push(property("stage", p.stage));
	if (p.sources.length === 0) lines.push("sources: []");
	else lines.push("sources:", ...p.sources.map((s) => `  - ${yamlScalar(sourceLink(s))}`));
	for (const [key, value] of Object.entries(template ?? {})) {
		if (OWN_KEYS.has(key.toLowerCase())) continue;
		lines.push(stringify({ [key]: fillValue(value, values) }, { lineWidth: 0 }).trimEnd());
	}
	lines.push("---");
	return lines.join("\n");
}

/** A property link Obsidian resolves (`[[path]]`), or the bare path when a wiki link cannot hold it. */
export function sourceLink(path: string): string {
	const target = path.replace(/\.md$/i, "");
	return /[[\]|#^\n]/.test(target) ? path : `[[${target}]]`;
}

function property(key: string, value: string): string {
	return value.trim() ? `${key}: ${yamlScalar(value)}` : `${key}:`;
}

function flowItem(tag: string): string {
	return /^[\p{L}\p{N}_\-/]+$/u.test(tag) ? tag : JSON.stringify(tag);
}

/** The template's tags, placeholders filled (`"{{stage}}"` → `final`); one left empty is dropped. */
function templateTags(template: Record<string, unknown> | null, values: ReadonlyMap<string, string>): string[] {
	const out: string[] = [];
	for (const [key, value] of Object.entries(template ?? {})) {
		if (key.toLowerCase() !== "tags" && key.toLowerCase() !== "tag") continue;
		const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
		for (const v of items) {
			if (typeof v !== "string") continue;
			const tag = fillPlaceholders(v, values).replace(/^#+/, "").trim();
			if (tag) out.push(tag);
		}
	}
	return out;
}

/** Placeholders filled in every string of a value, nested lists and mappings included. */
function fillValue(value: unknown, values: ReadonlyMap<string, string>): unknown {
	if (typeof value === "string") return fillPlaceholders(value, values);
	if (Array.isArray(value)) return value.map((v) => fillValue(v, values));
	if (value !== null && typeof value === "object" && !(value instanceof Date)) {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillValue(v, values)]));
	}
	return value;
}
