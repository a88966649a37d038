import { parse } from "yaml";

/** The placeholders a prep template may use; anything else in `{{…}}` is left as written. */
export const PREP_PLACEHOLDERS = ["company", "role", "date", "stage", "open_items", "gaps", "company_history"] as const;
export type PrepPlaceholder = (typeof PREP_PLACEHOLDERS)[number];

/** Used when no template note is set: the sections the issue asks for, in order. */
export const DEFAULT_PREP_TEMPLATE = `# {{company}} interview prep

## Open action items

{{open_items}}

## Gaps to rehearse

{{gaps}}

## Past interviews with {{company}}

{{company_history}}

## Questions to ask

## Notes
`;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * One left-to-right pass of plain substitution. Values are inserted as text and never scanned
 * again, so a struggle titled `{{gaps}}` stays literal; unknown names are kept for the user to see.
 */
export function fillPlaceholders(text: string, values: ReadonlyMap<string, string>): string {
	return text.replace(PLACEHOLDER, (whole, name: string) => values.get(name) ?? whole);
}

/** Where the *Template note* setting may point: the path as given, and with `.md` when it has none. */
export function templateCandidates(path: string): string[] {
	return /\.md$/i.test(path) ? [path] : [path, `${path}.md`];
}

/** A template split into its own front matter (a YAML mapping, when it has a valid one) and body. */
export interface SplitTemplate {
	properties: Record<string, unknown> | null;
	body: string;
}

/**
 * Separates the template's front matter so the generated properties can be merged with it. A block
 * that is not a valid YAML mapping stays in the body, visible to the user rather than dropped.
 */
export function splitTemplate(template: string): SplitTemplate {
	const text = template.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
	// The closing fence is a whole line: "To be continued..." inside a value does not end the block.
	const m = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
	if (!m) return { properties: null, body: text };
	try {
		const value: unknown = parse(quoteBarePlaceholders(m[1] ?? ""), { maxAliasCount: 50, prettyErrors: false });
		if (value === null || value === undefined) return { properties: {}, body: text.slice(m[0].length) };
		if (typeof value !== "object" || Array.isArray(value) || value instanceof Date) return { properties: null, body: text };
		return { properties: value as Record<string, unknown>, body: text.slice(m[0].length) };
	} catch {
		return { properties: null, body: text };
	}
}

// A value or list item that starts with a placeholder: `created: {{date}}`, `- {{stage}}`.
const BARE_PLACEHOLDER = /^([ \t]*(?:-[ \t]+|[^\s#:-][^:\n]*:[ \t]+))(\{\{[ \t]*[A-Za-z_][A-Za-z0-9_]*[ \t]*\}\}.*?)([ \t]+#.*)?[ \t]*$/gm;

// A key whose value is a block scalar (`notes: |`): the lines indented below it are its text.
const BLOCK_SCALAR = /^([ \t]*)[^\s#:-][^:\n]*:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/;

/**
 * Quotes values that start with a placeholder, as a user writes them in Obsidian's own templates.
 * Unquoted, YAML reads `{{date}}` as a mapping inside a mapping; quoted, it is the text that is
 * filled once the properties are merged. Lines of a block scalar are text already and stay as written.
 */
function quoteBarePlaceholders(yaml: string): string {
	let blockIndent = -1;
	return yaml
		.split("\n")
		.map((line) => {
			const indent = line.length - line.trimStart().length;
			if (blockIndent >= 0 && (line.trim() === "" || indent > blockIndent)) return line;
			blockIndent = -1;
			const block = BLOCK_SCALAR.exec(line);
			if (block) {
				blockIndent = (block[1] ?? "").length;
				return line;
			}
			return line.replace(BARE_PLACEHOLDER, (_m, lead: string, value: string, comment: string | undefined) => lead + JSON.stringify(value) + (comment ?? ""));
		})
		.join("\n");
}
