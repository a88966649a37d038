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
const LIST = /^([ \t]*(?:>[ \t]?)*)([-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[(.)\](?=[ \t]|$))?|$)/;
// Obsidian's tag alphabet: no whitespace, no ASCII punctuation except `_`, `-`, `/`.
const TAG = /(^|\s)#([^\s!-,.:-@[-^`{-~]+)/gu;
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
	const stack: { indent: number; line: number }[] = [];
	let listStart = -1;
	let fence: string | null = null;
	for (let i = start; i < lines.length; i++) {
		const line = lines[i] ?? "";
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
				while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
				if (listStart < 0) listStart = i;
				const parent = stack.length > 0 ? (stack[stack.length - 1]?.line ?? 0) : -listStart;
				const item: ListItemCache = { parent, position: pos(offsets, i, (m[1] ?? "").length, i, line.length) };
				if (m[3] !== undefined) item.task = m[3];
				listItems.push(item);
				stack.push({ indent, line: i });
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
	const prose = line.replace(/`[^`]*`/g, (s) => " ".repeat(s.length)).replace(/(%%|<!--).*?(%%|-->)/g, (s) => " ".repeat(s.length));
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

/** Front matter `tags`/`tag` as Obsidian reports them: each with a leading `#`. */
export function parseFrontMatterTags(frontmatter: Record<string, unknown> | null | undefined): string[] | null {
	if (!frontmatter) return null;
	const out: string[] = [];
	for (const key of Object.keys(frontmatter)) {
		if (!/^tags?$/i.test(key)) continue;
		const value = frontmatter[key];
		const parts = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
		for (const p of parts) {
			if (typeof p !== "string" && typeof p !== "number") continue;
			const t = String(p).trim().replace(/^#+/, "");
			if (t) out.push("#" + t);
		}
	}
	return out.length ? out : null;
}

/** Front matter tags then inline tags, each with `#`, case kept: Obsidian's `getAllTags`. */
export function getAllTags(cache: CachedMetadata): string[] | null {
	const out = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
	return out.length ? out : null;
}
