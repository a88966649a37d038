/**
 * An independent, simplified re-implementation of how Obsidian turns a note's text into
 * `CachedMetadata`: front matter (YAML), inline tags, ATX headings and list items with their
 * task status and parent. Deliberately not built on `src/core`, so tests of the index catch a
 * disagreement between the pre-filter (metadata) and the engine instead of hiding it.
 * https://docs.obsidian.md/Reference/TypeScript+API/CachedMetadata
 */
import { parse as parseYaml } from "yaml";
import type { CachedMetadata, HeadingCache, LinkCache, ListItemCache, Loc, Pos, TagCache } from "obsidian";

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const LIST = /^((?:[ \t]*>)*[ \t]*)([-*+]|\d{1,9}[.)])(?:([ \t]+)(?:\[(.)\](?=[ \t]|$))?|$)/;
// Obsidian's tag alphabet: no whitespace, no ASCII punctuation except `_`, `-`, `/`. A tag
// follows the start, whitespace or punctuation (`\[\[#Escaped` is a tag), never a letter (`C#`).
const TAG_BODY = "[^\\s!-,.:-@[-^`{-~]+";
const TAG = new RegExp(`(^|[\\s!-,.:-@[-^\`{-~])#(${TAG_BODY})`, "gu");
const VALID_TAG = new RegExp(`^${TAG_BODY}$`, "u");
// Links to notes (embeds and URLs are not links): `[[target|alias]]` and `[text](target)`.
const WIKI_LINK = /(!?)\[\[([^\]|]+)(?:\|([^\]]*))?\]\]/g;
const MD_LINK = /(!?)\[([^\]]*)\]\(([^)\s]+)\)/g;

/** Builds the metadata Obsidian would cache for `text`. */
export function parseCachedMetadata(text: string): CachedMetadata {
	const lines = text.split(/\r?\n/);
	const offsets = lineOffsets(lines, text);
	const cache: CachedMetadata = {};
	let start = 0;
	if (lines[0] === "---") {
		const end = lines.findIndex((l, i) => i > 0 && (l === "---" || l === "..."));
		if (end > 0) {
			cache.frontmatterPosition = pos(offsets, 0, 0, end, 3);
			const data = safeYaml(lines.slice(1, end).join("\n"));
			if (data) cache.frontmatter = data;
			start = end + 1;
		}
	}
	const headings: HeadingCache[] = [];
	const tags: TagCache[] = [];
	const listItems: ListItemCache[] = [];
	const links: LinkCache[] = [];
	const stack: { content: number; line: number }[] = [];
	let listStart = -1;
	let listKind = "";
	let fence: string | null = null;
	let inHtml = false;
	let inPercent = false;
	for (let i = start; i < lines.length; i++) {
		const line = lines[i] ?? "";
		// Inside a multi-line `<!-- -->` Obsidian caches nothing; inside `%% %%` it keeps the tags.
		const htmlBefore = inHtml;
		inHtml = commentOpenAfter(line, inHtml, "<!--", "-->");
		if (htmlBefore || (inHtml && line.trimStart().startsWith("<!--"))) continue;
		const percentBefore = inPercent;
		inPercent = commentOpenAfter(line, inPercent, "%%", "%%");
		if (percentBefore || line.trim() === "%%") {
			for (const t of inlineTags(line)) tags.push({ tag: "#" + t.tag, position: pos(offsets, i, t.col, i, t.col + t.tag.length + 1) });
			continue;
		}
		const f = FENCE.exec(line);
		if (fence) {
			if (f && f[1]?.[0] === fence[0] && (f[1]?.length ?? 0) >= fence.length) fence = null;
			continue;
		}
		if (f) {
			fence = f[1] ?? "```";
			continue;
		}
		const h = HEADING.exec(line);
		if (h) {
			headings.push({ heading: (h[2] ?? "").trim(), level: (h[1] ?? "#").length, position: pos(offsets, i, 0, i, line.length) });
			stack.length = 0;
			listStart = -1;
		} else {
			const m = LIST.exec(line);
			if (m) {
				const indent = (m[1] ?? "").replace(/\t/g, "    ").length;
				// CommonMark: a child starts at or past its parent's text, so " - b" under "- a" is a sibling.
				while (stack.length > 0 && (stack[stack.length - 1]?.content ?? 0) > indent) stack.pop();
				// Another bullet character or ordered delimiter at the root starts another list.
				const kind = /\d/.test(m[2] ?? "") ? (m[2] ?? "").slice(-1) : (m[2] ?? "-");
				if (listStart < 0 || (stack.length === 0 && kind !== listKind)) listStart = i;
				if (stack.length === 0) listKind = kind;
				// A root item's parent is minus its list's first line; a list on line 0 gets -1.
				const parent = stack.length > 0 ? (stack[stack.length - 1]?.line ?? 0) : -listStart || -1;
				const item: ListItemCache = { parent, position: pos(offsets, i, (m[1] ?? "").length, i, line.length) };
				if (m[4] !== undefined) item.task = m[4];
				listItems.push(item);
				stack.push({ content: indent + (m[2] ?? "").length + Math.max(1, (m[3] ?? " ").length), line: i });
			} else if (line.trim() !== "" && !/^[ \t]/.test(line)) {
				stack.length = 0;
				listStart = -1;
			}
		}
		links.push(...lineLinks(line, i, offsets));
		for (const t of inlineTags(line)) tags.push({ tag: "#" + t.tag, position: pos(offsets, i, t.col, i, t.col + t.tag.length + 1) });
	}
	if (headings.length) cache.headings = headings;
	if (tags.length) cache.tags = tags;
	if (listItems.length) cache.listItems = listItems;
	if (links.length) cache.links = links;
	return cache;
}

/** Links of one line as Obsidian caches them: `link` is the target as written, `#^block` included. */
function lineLinks(line: string, i: number, offsets: number[]): LinkCache[] {
	if (!line.includes("[")) return [];
	const out: LinkCache[] = [];
	for (const m of line.matchAll(WIKI_LINK)) {
		if (m[1]) continue;
		const link = (m[2] ?? "").trim();
		out.push({ link, original: m[0], displayText: m[3] ?? link, position: pos(offsets, i, m.index ?? 0, i, (m.index ?? 0) + m[0].length) });
	}
	for (const m of line.matchAll(MD_LINK)) {
		if (m[1]) continue;
		const target = m[3] ?? "";
		if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
		let link = target;
		try {
			link = decodeURIComponent(target);
		} catch {
			// Kept as written, as Obsidian does with a malformed escape.
		}
		out.push({ link, original: m[0], displayText: m[2] ?? "", position: pos(offsets, i, m.index ?? 0, i, (m.index ?? 0) + m[0].length) });
	}
	return out;
}

function inlineTags(line: string): { tag: string; col: number }[] {
	if (!line.includes("#")) return [];
	const blank = (s: string) => " ".repeat(s.length);
	const prose = line
		.replace(/`[^`]*`/g, blank)
		.replace(/<!--.*?-->/g, blank)
		.replace(/\[\[[^\]]*\]\]/g, blank)
		.replace(/\]\([^)]*\)/g, (s) => "]" + blank(s.slice(1)));
	const out: { tag: string; col: number }[] = [];
	for (const m of prose.matchAll(TAG)) {
		const tag = m[2] ?? "";
		if (/^[\d/]+$/.test(tag)) continue;
		out.push({ tag, col: (m.index ?? 0) + (m[1] ?? "").length });
	}
	return out;
}

function safeYaml(src: string): Record<string, unknown> | null {
	try {
		const data: unknown = parseYaml(src);
		return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

function lineOffsets(lines: string[], text: string): number[] {
	const out: number[] = [];
	let at = 0;
	for (const l of lines) {
		out.push(at);
		at += l.length + (text[at + l.length] === "\r" ? 2 : 1);
	}
	return out;
}

function loc(offsets: number[], line: number, col: number): Loc {
	return { line, col, offset: (offsets[line] ?? 0) + col };
}

function pos(offsets: number[], l1: number, c1: number, l2: number, c2: number): Pos {
	return { start: loc(offsets, l1, c1), end: loc(offsets, l2, c2) };
}

/**
 * Front matter tags as Obsidian reports them, each with a leading `#`: null without a `tags`/`tag`
 * key (or with an empty one), `[]` for an empty list. Keys match in lower case only, and a string
 * is one tag, dropped when it is not a valid tag (so `"a, b"` gives none), as captured.
 */
export function parseFrontMatterTags(frontmatter: Record<string, unknown> | null | undefined): string[] | null {
	if (!frontmatter) return null;
	let out: string[] | null = null;
	for (const key of ["tags", "tag"]) {
		const value = frontmatter[key];
		if (value === undefined || value === null) continue;
		out ??= [];
		for (const p of Array.isArray(value) ? value : [value]) {
			if (typeof p !== "string" && typeof p !== "number") continue;
			const t = String(p).trim().replace(/^#+/, "");
			if (VALID_TAG.test(t)) out.push("#" + t);
		}
	}
	return out;
}

/** Front matter tags then inline tags, each with `#`, case kept: Obsidian's `getAllTags` (`[]` when none, as captured). */
export function getAllTags(cache: CachedMetadata): string[] | null {
	return [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
}

/** Whether a `open … close` comment is still open after `line`, given whether it was before. */
function commentOpenAfter(line: string, open: boolean, opener: string, closer: string): boolean {
	let at = 0;
	for (;;) {
		if (open) {
			const end = line.indexOf(closer, at);
			if (end < 0) return true;
			at = end + closer.length;
			open = false;
		} else {
			const start = line.indexOf(opener, at);
			if (start < 0) return false;
			at = start + opener.length;
			open = true;
		}
	}
}
