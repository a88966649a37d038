import { linkName } from "../meta";
import type { StatusFilter } from "./tracker-filter";

export type BlockSection = "struggles" | "actions" | "gaps";

/** What a `gap-tracker` code block asks for; every key is optional. */
export interface BlockOptions {
	company: string | null;
	status: StatusFilter;
	/** null: the whole tracker (action items and struggles). */
	section: BlockSection | null;
	/** Most interviews (or themes, for `gaps`) shown; null for no limit. */
	limit: number | null;
}

export interface ParsedBlock {
	options: BlockOptions;
	/** One sentence per line the block could not use, for an inline message. */
	errors: string[];
}

const KEYS = ["company", "status", "section", "limit"] as const;
type Key = (typeof KEYS)[number];
const STATUSES: readonly StatusFilter[] = ["open", "done", "all"];
const SECTIONS: readonly BlockSection[] = ["struggles", "actions", "gaps"];

/**
 * Reads `key: value` lines. Blank lines and `#`/`//` comments are skipped; a later line wins
 * over an earlier one. Unknown keys, bad values and keys the chosen section ignores are reported,
 * never thrown, and the rest of the block still applies, so a typo degrades to a message instead
 * of an empty block.
 */
export function parseBlockOptions(source: string): ParsedBlock {
	const options: BlockOptions = { company: null, status: "all", section: null, limit: null };
	const errors: { line: number; text: string }[] = [];
	const given = new Map<Key, number>();
	source.split(/\r?\n/).forEach((raw, i) => {
		const line = raw.trim();
		if (!line || line.startsWith("#") || line.startsWith("//")) return;
		const m = /^([^:]+):\s*(.*)$/.exec(line);
		if (!m) {
			errors.push({ line: i + 1, text: `expected 'key: value', got '${line}'` });
			return;
		}
		const key = (m[1] ?? "").trim().toLowerCase();
		const value = unquote((m[2] ?? "").trim());
		if (!(KEYS as readonly string[]).includes(key)) {
			errors.push({ line: i + 1, text: `unknown key '${key}'; use one of ${KEYS.join(", ")}` });
			return;
		}
		const problem = apply(options, key as Key, value);
		if (problem) errors.push({ line: i + 1, text: problem });
		else given.set(key as Key, i + 1);
	});
	for (const e of ignoredKeys(options, given)) errors.push(e);
	errors.sort((a, b) => a.line - b.line);
	return { options, errors: errors.map((e) => `Line ${e.line}: ${e.text}`) };
}

/**
 * The recurring gaps are not narrowed by company or status, and struggles are not open or done.
 * Such a line would otherwise be dropped without a word while the block looks filtered; it is
 * reported and reset so the "Nothing matches" message does not quote it either.
 */
function ignoredKeys(o: BlockOptions, given: ReadonlyMap<Key, number>): { line: number; text: string }[] {
	const out: { line: number; text: string }[] = [];
	const companyLine = given.get("company");
	const statusLine = given.get("status");
	// `company:` left empty and `status: all` narrow nothing anywhere: nothing to report.
	if (o.section === "gaps" && companyLine !== undefined && o.company !== null) {
		out.push({ line: companyLine, text: "company does not apply to section: gaps" });
		o.company = null;
	}
	if ((o.section === "gaps" || o.section === "struggles") && statusLine !== undefined && o.status !== "all") {
		const why = o.section === "struggles" ? "; struggles are not open or done" : "";
		out.push({ line: statusLine, text: `status does not apply to section: ${o.section}${why}` });
		o.status = "all";
	}
	return out;
}

// People write block values the way they write properties: `"Shopee"` or `'open'`.
function unquote(value: string): string {
	const m = /^(["'])(.*)\1$/.exec(value);
	return m ? (m[2] ?? "").trim() : value;
}

function apply(o: BlockOptions, key: Key, value: string): string | null {
	const v = value.toLowerCase();
	switch (key) {
		case "company":
			// Read as a company property is: a link names the company by its alias or note name.
			o.company = value ? linkName(value) : null;
			return null;
		case "status":
			if (!(STATUSES as readonly string[]).includes(v)) return `status '${value}' is not one of ${STATUSES.join(", ")}`;
			o.status = v as StatusFilter;
			return null;
		case "section":
			if (!(SECTIONS as readonly string[]).includes(v)) return `section '${value}' is not one of ${SECTIONS.join(", ")}`;
			o.section = v as BlockSection;
			return null;
		case "limit": {
			const n = Number(value);
			if (!Number.isInteger(n) || n < 1) return `limit '${value}' is not a whole number above 0`;
			o.limit = n;
			return null;
		}
	}
}
