import { fillPlaceholders } from "./prep-template";

/** A vault path to create, or why none can be made. */
export type PathResult = { ok: true; path: string } | { ok: false; reason: string };

// Illegal on some OS (`\ / : * ? " < > |`) or breaking wiki links (`# ^ [ ]`).
const ILLEGAL = /[\\/:*?"<>|#^[\]]+/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex -- and what a folder name may not contain
const HAS_CONTROL = /[\u0000-\u001f\u007f]/;
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** UTF-8 bytes kept for the name, leaving room for ` 999`, `.md` and most folders under 255-byte limits. */
export const MAX_NAME_BYTES = 180;
const MAX_SUFFIX = 9999;

/**
 * A file name (without `.md`) that is legal on Windows, macOS, Linux, Android and iOS and safe in a
 * wiki link; never empty, never hidden (leading dot), never a reserved device name.
 */
export function sanitizeFileName(raw: string): string {
	let name = raw.replace(/\s+/g, " ").replace(CONTROL, "").replace(ILLEGAL, "-");
	name = trimEdges(capBytes(trimEdges(name), MAX_NAME_BYTES));
	if (!name) return "Untitled prep";
	// Windows reads `CON.anything` as the device too: the mark goes on the base, `Con_.Inc`.
	const base = (name.split(".")[0] ?? "").trimEnd();
	return RESERVED.test(base) ? `${name.slice(0, base.length)}_${name.slice(base.length)}` : name;
}

/** Leading dots (hidden files), spaces and dashes left by replacements; trailing dots and spaces (Windows drops them). */
function trimEdges(name: string): string {
	return name.replace(/^[\s.-]+/, "").replace(/[\s.]+$/, "");
}

function capBytes(name: string, max: number): string {
	let out = "";
	let bytes = 0;
	for (const ch of name) {
		const n = utf8Length(ch.codePointAt(0) ?? 0);
		if (bytes + n > max) break;
		out += ch;
		bytes += n;
	}
	return out;
}

/** UTF-8 length of one code point; counted by hand because jsdom (tests) has no TextEncoder. Lone surrogates count 3, as U+FFFD. */
function utf8Length(cp: number): number {
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * The prep folder setting as a vault path (`/`-separated, no leading or trailing slash; "" is the
 * vault root), or why it cannot be used. Refuses rather than repairs `..`, absolute paths and
 * dot-folders: silently writing somewhere else than the user asked would be worse.
 */
export function checkFolder(folder: string): PathResult {
	const raw = folder.trim().replace(/\\/g, "/");
	if (/^\/|^[A-Za-z]:/.test(raw)) return { ok: false, reason: `The folder "${folder}" must be a path inside the vault, not an absolute path.` };
	const segments = raw.split("/").map((s) => s.trim()).filter((s) => s !== "" && s !== ".");
	for (const s of segments) {
		if (s === "..") return { ok: false, reason: `The folder "${folder}" may not contain "..".` };
		if (s.startsWith(".")) return { ok: false, reason: `The folder "${folder}" is hidden (starts with "."); Obsidian does not show it.` };
		if (HAS_CONTROL.test(s) || /[\\:*?"<>|]/.test(s)) return { ok: false, reason: `The folder "${folder}" contains characters not allowed in file names.` };
		if (RESERVED.test(s.split(".")[0] ?? "") || /[\s.]$/.test(s)) return { ok: false, reason: `"${s}" is not a valid folder name on Windows.` };
	}
	return { ok: true, path: segments.join("/") };
}

/**
 * Where a new prep note goes: `folder/<pattern filled and sanitised>.md`, with ` 2`, ` 3`, … added
 * until `exists` says no, so an existing note is never overwritten. Placeholders fill as in
 * templates; a `/` they bring in is replaced, so the note always lands directly in `folder`.
 */
export function prepNotePath(folder: string, pattern: string, values: Readonly<Record<string, string>>, exists: (path: string) => boolean): PathResult {
	const dir = checkFolder(folder);
	if (!dir.ok) return dir;
	const name = sanitizeFileName(fillPlaceholders(pattern, new Map(Object.entries(values))));
	const prefix = dir.path ? `${dir.path}/` : "";
	for (let n = 1; n <= MAX_SUFFIX; n++) {
		const path = `${prefix}${name}${n === 1 ? "" : ` ${n}`}.md`;
		if (!exists(path)) return { ok: true, path };
	}
	return { ok: false, reason: `Too many notes named "${name}" in "${dir.path || "/"}"; change the file name pattern.` };
}
