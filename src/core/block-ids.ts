import { LineKind, scanMarkdown } from "./markdown-scan";
import { readFrontMatter } from "./front-matter";
import { applyEdits, lineSpans, spanTexts } from "./toggle/line-spans";
import { listLineShape } from "./toggle/task-line";

/**
 * Stable links between a source step and its copies in prep notes. The first time a step is
 * carried into a prep note its source line gains a block id (`^igt-k3x9q2`); copies link to it
 * with `[[Source note#^igt-k3x9q2]]`. Block ids ride along when lines above are edited, and
 * Obsidian rewrites the link itself when the source note is renamed or moved.
 */

/** Prefix of the block ids this plugin adds, so they are recognisable and never clash with the user's. */
export const BLOCK_ID_PREFIX = "igt-";

const TRAILING_ID = /\s\^([A-Za-z0-9-]+)\s*$/;
const ANY_ID = /\s\^([A-Za-z0-9-]+)\s*$/gm;
const ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
const BLOCK_LINK = /\[\[([^\]|#]*)#\^([A-Za-z0-9-]+)(?:\|([^\]]*))?\]\]/g;

/** The block id at the end of a line (`text ^abc` → `abc`), or null. */
export function blockIdOfLine(line: string): string | null {
	return TRAILING_ID.exec(line)?.[1] ?? null;
}

/** A fresh `igt-` id not used anywhere in `taken`; `random` is injectable so tests are repeatable. */
export function newBlockId(taken: ReadonlySet<string>, random: () => number = Math.random): string {
	for (;;) {
		let id = BLOCK_ID_PREFIX;
		for (let i = 0; i < 6; i++) id += ID_CHARS.charAt(Math.floor(random() * ID_CHARS.length) % ID_CHARS.length);
		if (!taken.has(id)) return id;
	}
}

export type EnsureBlockIdResult =
	| { ok: true; text: string; blockId: string; added: boolean }
	| { ok: false; reason: "not-a-list-item"; message: string };

/**
 * Gives a list line a block id, or returns the one it already has (any id, the user's included).
 * The id is appended after the line's last character, so every existing byte stays where it was.
 * Headings are refused: Obsidian links to headings by name, so heading items are carried through
 * their steps, each with its own id.
 */
export function ensureBlockId(text: string, line: number, random: () => number = Math.random): EnsureBlockIdResult {
	const spans = lineSpans(text);
	const lines = spanTexts(text, spans);
	const span = spans[line - 1];
	const raw = lines[line - 1];
	const note = scanMarkdown(lines, readFrontMatter(lines).bodyStart);
	if (!span || raw === undefined || note.kinds[line - 1] !== LineKind.List || !listLineShape(raw)) {
		return { ok: false, reason: "not-a-list-item", message: `Line ${line} is not a list item, so it cannot carry a block id.` };
	}
	const existing = blockIdOfLine(raw);
	if (existing) return { ok: true, text, blockId: existing, added: false };
	const taken = new Set<string>();
	for (const m of text.matchAll(ANY_ID)) if (m[1]) taken.add(m[1]);
	const blockId = newBlockId(taken, random);
	return { ok: true, text: applyEdits(text, [{ at: span.end, remove: 0, insert: ` ^${blockId}` }]), blockId, added: true };
}

/** 1-based lines whose trailing block id is `id`, outside code blocks and comments. */
export function findBlockLines(text: string, id: string): number[] {
	const lines = spanTexts(text, lineSpans(text));
	const note = scanMarkdown(lines, readFrontMatter(lines).bodyStart);
	const out: number[] = [];
	lines.forEach((l, i) => {
		if (note.kinds[i] !== LineKind.Code && note.kinds[i] !== LineKind.FrontMatter && blockIdOfLine(l) === id) out.push(i + 1);
	});
	return out;
}

/** The one line holding block `id`; none or several is a refusal, never a guess. */
export function findBlockLine(text: string, id: string): { ok: true; line: number } | { ok: false; reason: "not-found" | "ambiguous"; message: string } {
	const found = findBlockLines(text, id);
	if (found.length === 1 && found[0] !== undefined) return { ok: true, line: found[0] };
	if (found.length === 0) return { ok: false, reason: "not-found", message: `No line carries the block id ^${id}.` };
	return { ok: false, reason: "ambiguous", message: `The block id ^${id} is on lines ${found.join(", ")}; cannot tell which one is meant.` };
}

/** A link to a block: `[[Note#^id]]` or `[[Note#^id|alias]]`; `note` is a link text, not a path. */
export function formatBlockLink(note: string, id: string, alias?: string): string {
	return `[[${note}#^${id}${alias ? `|${alias}` : ""}]]`;
}

/** Block links in a line, in order: what a prep-note copy points at. */
export function parseBlockLinks(line: string): { note: string; id: string; alias: string | null }[] {
	return [...line.matchAll(BLOCK_LINK)].map((m) => ({ note: m[1] ?? "", id: m[2] ?? "", alias: m[3] ?? null }));
}
