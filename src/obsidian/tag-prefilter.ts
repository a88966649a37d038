import { getAllTags, type CachedMetadata, type FrontMatterCache } from "obsidian";
import { frontMatterTags, tagMatches } from "../core/tags";

/**
 * Whether Obsidian's metadata says a note may carry `tag`, so the index reads only those notes.
 * `getAllTags` answers first. Obsidian skips front matter the engine reads (a `"a, b"` string is
 * one invalid tag to it, and a `TAG:` key in capitals is not a tag key: see
 * tests/fixtures/obsidian-captured), so such front matter is asked of the engine's own reader;
 * otherwise the pane would miss notes the CLI finds. The engine has the final say on the text.
 */
export function mayCarryTag(cache: CachedMetadata, tag: string): boolean {
	if ((getAllTags(cache) ?? []).some((t) => tagMatches(t, tag))) return true;
	const fm = cache.frontmatter;
	return fm !== undefined && obsidianMaySkip(fm) && frontMatterTags(fm, []).some((t) => tagMatches(t, tag));
}

/** Front matter whose tags Obsidian may not report: a tag key not in lower case, or a text value. */
function obsidianMaySkip(fm: FrontMatterCache): boolean {
	for (const key in fm) {
		if (key.length > 4 || !/^tags?$/i.test(key)) continue;
		if (key !== "tags" && key !== "tag") return true;
		const value: unknown = fm[key];
		if (typeof value === "string" || typeof value === "number") return true;
		if (Array.isArray(value) && value.some((v) => typeof v !== "string" || /[\s,]/.test(v))) return true;
	}
	return false;
}
