import { stringify } from "yaml";

/**
 * Writing note text into generated Markdown without letting it change the structure around it.
 * Titles and steps come from the user's notes: a title starting with `#` would become a heading,
 * a stray `]]` would close a link, `%%` or `$$` would swallow the rest of the note, and an inline
 * `#real-interview` would make the prep note itself an interview.
 */

// Kept verbatim: code spans, well-formed wiki links and embeds, Markdown links.
const PROTECTED = /(`+)[^`]*?\1|!?\[\[[^[\]\n]+\]\]|\[[^[\]\n]*\]\([^()\s]*\)/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const BLOCK_ID = /^[A-Za-z0-9-]+$/;

/** One line of inert Markdown: whitespace collapsed, structure-changing characters escaped, links kept. */
export function escapeInline(text: string): string {
	const flat = text.replace(CONTROL, "").replace(/\s+/g, " ").trim();
	let out = "";
	let last = 0;
	for (const m of flat.matchAll(PROTECTED)) {
		const at = m.index ?? 0;
		out += escapePlain(flat.slice(last, at), out);
		out += m[0].startsWith("[") && !m[0].startsWith("[[") ? markdownLinkWithoutTags(m[0]) : m[0];
		last = at + m[0].length;
	}
	out += escapePlain(flat.slice(last), out);
	return escapeLeading(out);
}

// A `#` or `^` where a tag or block reference could start: at the start or after a separator.
const TAG_START = /(^|[\s([{,;>])([#^])/g;

/** A kept Markdown link whose text cannot tag the prep note: `[doc #real-interview](url)` would. */
function markdownLinkWithoutTags(link: string): string {
	const close = link.lastIndexOf("](");
	return "[" + link.slice(1, close).replace(TAG_START, "$1\\$2") + link.slice(close);
}

function escapePlain(segment: string, before: string): string {
	let out = "";
	for (let i = 0; i < segment.length; i++) {
		const ch = segment[i] ?? "";
		const prev = i > 0 ? (segment[i - 1] ?? "") : before.slice(-1);
		const next = segment[i + 1] ?? "";
		if (ch === "\\" || ch === "[" || ch === "]") out += "\\" + ch;
		else if ((ch === "#" || ch === "^") && (prev === "" || /[\s([{,;>]/.test(prev))) out += "\\" + ch;
		else if ((ch === "%" || ch === "$") && next === ch) out += ch + "\\";
		else if (ch === "<" && /[A-Za-z/!?]/.test(next)) out += "\\<";
		else out += ch;
	}
	return out;
}

// At the start of a list item's content these would open a quote, a nested list, a fence or a rule.
const BLOCK_START = /^(?:>|[-+*](?=\s|$)|`{3}|~{3}|([-*_])\s*\1\s*\1)/;

function escapeLeading(text: string): string {
	if (BLOCK_START.test(text)) return "\\" + text;
	const ordered = /^(\d{1,9})([.)])/.exec(text);
	if (ordered) return `${ordered[1] ?? ""}\\${text.slice((ordered[1] ?? "").length)}`;
	return text;
}

/** Link text shown for a note; brackets and pipes would end the link early, so they are swapped. */
export function linkAlias(title: string): string {
	return title.replace(CONTROL, "").replace(/\s+/g, " ").trim().replace(/\[/g, "(").replace(/\]/g, ")").replace(/\|/g, "-");
}

/**
 * A link to a vault note (optionally to a block in it) that Obsidian resolves without the plugin.
 * A wiki link when the path allows one; paths with characters that break wiki links get a
 * Markdown link with an encoded target instead.
 */
export function noteLink(path: string, title: string, blockId?: string | null): string {
	const target = path.replace(/\.md$/i, "");
	const id = blockId && BLOCK_ID.test(blockId) ? blockId : null;
	const alias = linkAlias(title) || linkAlias(target);
	if (!/[[\]|#^\n]/.test(target)) return `[[${target}${id ? `#^${id}` : ""}|${alias}]]`;
	const encoded = path.split("/").map((seg) => encodeURIComponent(seg).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
	return `[${alias.replace(/([\\`*_])/g, "\\$1").replace(TAG_START, "$1\\$2")}](${encoded}${id ? `#^${id}` : ""})`;
}

/** A YAML scalar for one front matter value, quoted only when YAML needs it. */
export function yamlScalar(value: string): string {
	const flat = value.replace(CONTROL, "").replace(/\s+/g, " ").trim();
	return stringify(flat, { lineWidth: 0 }).trimEnd();
}
