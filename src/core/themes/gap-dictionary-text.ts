import { BUILTIN_GAPS } from "./gap-dictionary";
import { slugify } from "./gap-tags";
import type { GapDictionaryEntry } from "./theme-settings";
import { checkGapPattern } from "./validate-patterns";

/**
 * The custom gap dictionary as text the settings tab can show in one text area, one gap a line:
 *
 *     salary-negotiation | Salary negotiation | salary, negotiat*, compensation
 *     business-impact | | revenue impact          (adds a pattern to a built-in gap, keeps its name)
 *     coding | Coding | = leetcode, data structure (replaces the built-in gap's patterns)
 *
 * Blank lines and lines starting with `#` are comments. Patterns cannot contain `,` (it separates
 * them) and never contain `|` (`checkGapPattern` refuses regex syntax), so the third `|`-field
 * is read whole and a pasted regex gets the validator's explanation instead of a split.
 */

/** Written before the patterns of a line whose patterns replace the built-in gap's. */
export const REPLACE_MARKER = "=";

/** A dictionary read from text: the entries of the lines that parsed, and one sentence per problem. */
export interface ParsedGapDictionary {
	entries: GapDictionaryEntry[];
	/** `Line 3: pattern "(pay|salary)" contains "(": …`; empty when the text can be saved. */
	problems: string[];
}

const BUILTIN_IDS: ReadonlySet<string> = new Set(BUILTIN_GAPS.map((g) => g.id));

/**
 * One line per entry, in order. What the text cannot hold is written as the matcher reads it
 * anyway: a `,` inside a pattern as a space (punctuation separates words), a `|` in a name as
 * `/`, line breaks as spaces. `replacePatterns: false` is written like an absent one.
 */
export function formatGapDictionary(entries: readonly GapDictionaryEntry[]): string {
	return entries.map(formatEntry).join("\n");
}

function formatEntry(e: GapDictionaryEntry): string {
	const name = oneLine(e.name).replace(/\|/g, "/");
	const patterns = e.patterns
		.map((p) => oneLine(p.replace(/,/g, " ")))
		.filter((p) => p.length > 0)
		.join(", ");
	return `${oneLine(e.id)} | ${name} | ${e.replacePatterns ? `${REPLACE_MARKER} ` : ""}${patterns}`.trimEnd();
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/**
 * Reads the text area. Every line is checked, so one Notice can name all mistakes at once;
 * `entries` holds the lines that parsed, but a caller should save only when `problems` is empty.
 * Ids are lower-cased (as the matcher and `#gap/` tags use them). Never throws.
 */
export function parseGapDictionary(text: string): ParsedGapDictionary {
	const entries: GapDictionaryEntry[] = [];
	const problems: string[] = [];
	const lineOfId = new Map<string, number>();
	for (const [i, raw] of text.split(/\r\n|\r|\n/).entries()) {
		const n = i + 1;
		const line = raw.trim();
		if (!line || line.startsWith("#")) continue;
		const say = (why: string): void => void problems.push(`Line ${n}: ${why}`);
		const [rawId = "", rawName = "", ...rest] = line.split("|");
		if (rest.length === 0) {
			say(`expected "id | Name | pattern, pattern", found no second "|"`);
			continue;
		}
		const id = rawId.trim().toLowerCase();
		const earlier = lineOfId.get(id);
		const idProblem = checkId(id) ?? (earlier === undefined ? null : `the gap "${id}" is already on line ${earlier}; put all its patterns on one line`);
		if (idProblem) {
			say(idProblem);
			continue;
		}
		lineOfId.set(id, n);

		let body = rest.join("|").trim();
		const replace = body.startsWith(REPLACE_MARKER);
		if (replace) body = body.slice(REPLACE_MARKER.length);
		const patterns = body
			.split(",")
			.map((p) => p.trim())
			.filter((p) => p.length > 0);
		const before = problems.length;
		for (const p of patterns) {
			const why = checkGapPattern(p);
			if (why) say(`pattern "${p}" ${why}`);
		}
		const builtIn = BUILTIN_IDS.has(id);
		if (replace && !builtIn) say(`"${REPLACE_MARKER}" replaces the patterns of a built-in gap, and "${id}" is not one`);
		else if (replace && patterns.length === 0) say(`"${REPLACE_MARKER}" with no pattern would leave "${id}" matching nothing; add it to Disabled gaps instead`);
		else if (!builtIn && patterns.length === 0) say(`the new gap "${id}" has no pattern, so it would never match`);
		if (problems.length > before) continue;

		const entry: GapDictionaryEntry = { id, name: rawName.trim(), patterns };
		if (replace) entry.replacePatterns = true;
		entries.push(entry);
	}
	return { entries, problems };
}

/** Ids are the slugs `#gap/<name>` tags turn into, so a tag and a dictionary line can name the same gap. */
function checkId(id: string): string | null {
	if (!id) return "the gap has no id before the first \"|\"";
	const slug = slugify(id);
	if (slug === id) return null;
	return slug ? `the id "${id}" must be lower-case words joined by "-", e.g. "${slug}"` : `the id "${id}" has no letter or digit`;
}
