import { parse } from "yaml";
import { parseSimpleYaml } from "./simple-yaml";

/** Front matter located at the top of a note and parsed as far as it safely can be. */
export interface FrontMatter {
	/** Parsed mapping, or null when absent, not a mapping, or broken. */
	data: Record<string, unknown> | null;
	/** Index of the first body line (0 when there is no front matter). */
	bodyStart: number;
	warnings: string[];
}

// Bigger than any real property block; stops hostile files from costing real time.
const MAX_FRONT_MATTER_CHARS = 256 * 1024;
const MAX_ALIASES = 50;

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Finds the front matter block (line 1 `---` to the next `---`/`...`) and parses it with `yaml`. */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
	if (lines.length === 0 || !OPEN.test(lines[0] ?? "")) return { data: null, bodyStart: 0, warnings: [] };
	let end = -1;
	let size = 0;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (CLOSE.test(line)) {
			end = i;
			break;
		}
		size += line.length + 1;
	}
	if (end < 0) {
		return { data: null, bodyStart: 0, warnings: ["Front matter is not closed (no second '---' line); properties ignored"] };
	}
	if (size > MAX_FRONT_MATTER_CHARS) {
		return { data: null, bodyStart: end + 1, warnings: [`Front matter is too large (${Math.round(size / 1024)} KB); properties ignored`] };
	}
	let source = lines.slice(1, end).join("\n");
	const warnings: string[] = [];
	// A template (core Templates' `{{date}}`, Templater's `<% … %>`) tagged like the notes made from
	// it: its placeholders are no company or date, and `{{date}}` would even parse as a nested map.
	if (source.includes("{{") || source.includes("<%")) {
		const blanked = blankPlaceholders(source);
		if (blanked !== source) warnings.push(TEMPLATE_WARNING);
		source = blanked;
	}
	const parsed = parseYamlMapping(source);
	return { data: parsed.data, bodyStart: end + 1, warnings: [...warnings, ...parsed.warnings] };
}

/**
 * The text without Templater's `<% … %>` and core Templates' `{{name}}`/`{{date:format}}`; `{{ a | b }}`
 * (a Vue binding in a property) is text. One pass with indexOf: a lazy regex over an unclosed `<%`
 * rescans the rest of the text from every one of them.
 */
function blankPlaceholders(text: string): string {
	let out = "";
	let from = 0;
	let close = -1;
	for (let at = text.indexOf("<%"); at >= 0; at = text.indexOf("<%", from)) {
		close = text.indexOf("%>", at + 2);
		if (close < 0) break;
		out += text.slice(from, at);
		from = close + 2;
	}
	const rest = out + text.slice(from);
	out = "";
	from = 0;
	close = -1;
	for (let at = rest.indexOf("{{"); at >= 0; at = rest.indexOf("{{", at + 1)) {
		if (at < from) continue;
		// Each `}}` is looked for once, however many `{{` come before it.
		if (close < at + 2) close = rest.indexOf("}}", at + 2);
		if (close < 0) break;
		if (close - at > MAX_PLACEHOLDER || !CORE_PLACEHOLDER.test(rest.slice(at + 2, close))) continue;
		out += rest.slice(from, at);
		from = close + 2;
	}
	return out + rest.slice(from);
}

const MAX_PLACEHOLDER = 80;
const CORE_PLACEHOLDER = /^\s*[A-Za-z_][\w.-]*(?::[^{}\n]*)?\s*$/;
const TEMPLATE_WARNING = "Front matter holds template placeholders ({{…}} or <% … %>); if this note is a template, add its folder to the excluded folders in the settings";

function parseYamlMapping(source: string): { data: Record<string, unknown> | null; warnings: string[] } {
	if (source.trim() === "") return { data: null, warnings: [] };
	const simple = parseSimpleYaml(source);
	if (simple !== undefined) return { data: simple, warnings: [] };
	try {
		const value: unknown = parse(source, {
			maxAliasCount: MAX_ALIASES,
			uniqueKeys: false,
			prettyErrors: false,
			strict: false,
			// Warnings go to the console of every parse (a `{{x}}: y` key); the note's own warning says enough.
			logLevel: "error",
		});
		if (value === null || value === undefined) return { data: null, warnings: [] };
		if (typeof value !== "object" || Array.isArray(value) || value instanceof Date) {
			return { data: null, warnings: ["Front matter is not a set of properties; ignored"] };
		}
		return { data: value as Record<string, unknown>, warnings: [] };
	} catch (e) {
		return { data: null, warnings: [`Front matter is not valid YAML (${firstLine(e)}); properties ignored`] };
	}
}

function firstLine(e: unknown): string {
	const msg = e instanceof Error ? e.message : String(e);
	return (msg.split("\n")[0] ?? "").slice(0, 120);
}

/** Case-insensitive property lookup (Obsidian treats `Tags` and `tags` alike). */
export function getProperty(data: Record<string, unknown> | null, key: string): unknown {
	if (!data) return undefined;
	if (key in data) return data[key];
	const lower = key.toLowerCase();
	// Lengths first: this runs for every note of the vault, and nearly no key has the length.
	for (const k of Object.keys(data)) if (k.length === lower.length && k.toLowerCase() === lower) return data[k];
	return undefined;
}
