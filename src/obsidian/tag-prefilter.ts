import type { CachedMetadata } from "obsidian";
import { frontMatterHasTag, tagMatches } from "../core/tags";

/**
 * Whether Obsidian's metadata says a note may carry `tag`, so the index reads only those notes:
 * Obsidian's inline tags, and the cached front matter read by the engine's own rules. Not
 * `getAllTags`: Obsidian's front matter rules skip forms the engine reads (a `"a, b"` string is
 * one invalid tag to it, and a `TAG:` key in capitals no tag key: see
 * tests/fixtures/obsidian-captured), so the pane would miss notes the CLI finds. The engine still
 * has the final say once the note is read.
 */
export function mayCarryTag(cache: CachedMetadata, tag: string): boolean {
	const inline = cache.tags;
	if (inline) for (const t of inline) if (tagMatches(t.tag, tag)) return true;
	return frontMatterHasTag(cache.frontmatter, tag);
}
