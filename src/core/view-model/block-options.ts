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
const STATUSES: readonly StatusFilter[] = ["open", "done", "all"];
const SECTIONS: readonly BlockSection[] = ["struggles", "actions", "gaps"];

/**
 * Reads `key: value` lines. Blank lines and `#`/`//` comments are skipped; a later line wins
 * over an earlier one. Unknown keys and bad values are reported, never thrown, and the rest of
 * the block still applies, so a typo degrades to a message instead of an empty block.
 */
export function parseBlockOptions(source: string): ParsedBlock {
	const options: BlockOptions = { company: null, status: "all", section: null, limit: null };
	const errors: string[] = [];
	source.split(/\r?\n/).forEach((raw, i) => {
		const line = raw.trim();
		if (!line || line.startsWith("#") || line.startsWith("//")) return;
		const m = /^([^:]+):\s*(.*)$/.exec(line);
		if (!m) {
			errors.push(`Line ${i + 1}: expected 'key: value', got '${line}'`);
			return;
		}
		const key = (m[1] ?? "").trim().toLowerCase();
		const value = (m[2] ?? "").trim();
		if (!(KEYS as readonly string[]).includes(key)) {
			errors.push(`Line ${i + 1}: unknown key '${key}'; use one of ${KEYS.join(", ")}`);
			return;
		}
		const problem = apply(options, key as (typeof KEYS)[number], value);
		if (problem) errors.push(`Line ${i + 1}: ${problem}`);
	});
	return { options, errors };
}

function apply(o: BlockOptions, key: (typeof KEYS)[number], value: string): string | null {
	const v = value.toLowerCase();
	switch (key) {
		case "company":
			o.company = value || null;
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
