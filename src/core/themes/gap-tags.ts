import { inlineTagsIn } from "../tags";
import { foldCase } from "./script-text";

/** A theme named explicitly by a `#gap/<name>` tag. */
export interface TaggedGap {
	id: string;
	/** "cost-dashboard" → "Cost dashboard"; a dictionary gap with the same id keeps its own name. */
	name: string;
}

/**
 * Gap ids of the tags under `prefix` (`gap/business-impact` → `business-impact`, nested
 * `gap/design/caching` → `design-caching`). Tags are already lower-cased by the parser.
 */
export function gapTags(tags: readonly string[], prefix: string): TaggedGap[] {
	const p = prefix.trim().replace(/^#+/, "").replace(/\/+$/, "").toLowerCase();
	if (!p) return [];
	const out: TaggedGap[] = [];
	for (const tag of tags) {
		if (!tag.startsWith(p + "/")) continue;
		const id = slugify(tag.slice(p.length + 1));
		if (id && !out.some((g) => g.id === id)) out.push({ id, name: humanize(id) });
	}
	return out;
}

/** Inline tags in free text (action items carry no parsed tags of their own). */
export function tagsInText(texts: readonly string[]): string[] {
	return texts.flatMap((t) => inlineTagsIn(t));
}

/** Marks stay with their letters: `#gap/การสื่อสาร` is one word, not "การส อสาร". */
export function slugify(text: string): string {
	return foldCase(text)
		.replace(/['’]/g, "")
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
}

function humanize(id: string): string {
	const words = id.replace(/-/g, " ");
	return words.charAt(0).toUpperCase() + words.slice(1);
}
