import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isIndexablePath } from "../core/vault-paths";
import { UserError, errorCode } from "./errors";

export interface VaultFile {
	/** Vault-relative, `/`-separated. */
	path: string;
	text: string;
	/** Problems met while decoding (the note is still read). */
	warnings: string[];
}

export interface VaultRead {
	files: VaultFile[];
	/** Files that could not be read at all, with the reason. */
	skipped: { path: string; reason: string }[];
}

/** Every indexable Markdown file of a vault folder, decoded as text. Dot-folders are not part of the vault. */
export function readVault(root: string, excludeFolders: readonly string[] = []): VaultRead {
	assertDirectory(root);
	const out: VaultRead = { files: [], skipped: [] };
	walk(root, "", excludeFolders, out);
	return out;
}

export function assertDirectory(root: string): void {
	let isDir = false;
	try {
		isDir = statSync(root).isDirectory();
	} catch {
		throw new UserError(`vault folder not found: ${root}`);
	}
	if (!isDir) throw new UserError(`not a folder: ${root}`);
}

function walk(root: string, rel: string, exclude: readonly string[], out: VaultRead): void {
	let entries;
	try {
		entries = readdirSync(join(root, rel), { withFileTypes: true });
	} catch (e) {
		out.skipped.push({ path: rel || ".", reason: `cannot list folder (${errorCode(e)})` });
		return;
	}
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		if (entry.name.startsWith(".")) continue;
		const path = rel ? `${rel}/${entry.name}` : entry.name;
		if (entry.isDirectory()) walk(root, path, exclude, out);
		else if (entry.isFile() && isIndexablePath(path, exclude)) readOne(root, path, out);
	}
}

function readOne(root: string, path: string, out: VaultRead): void {
	const full = join(root, path);
	let decoded: ReturnType<typeof decodeNote>;
	try {
		// Fast path: nearly every note is clean UTF-8, decoded by Node in one call. Only a note
		// holding NUL or U+FFFD (binary, UTF-16, bad bytes, or a literal �) is re-read as bytes.
		const text = readFileSync(full, "utf8");
		decoded = text.indexOf("\0") < 0 && text.indexOf("\uFFFD") < 0 ? { text, warnings: [] } : decodeNote(readFileSync(full));
	} catch (e) {
		out.skipped.push({ path, reason: `cannot read (${errorCode(e)})` });
		return;
	}
	if ("binary" in decoded) out.skipped.push({ path, reason: "binary content (NUL bytes), not a text note" });
	else out.files.push({ path, text: decoded.text, warnings: decoded.warnings });
}

/** UTF-8 (the fast path), UTF-16 with a BOM, or UTF-8 with bad bytes replaced and a warning. */
export function decodeNote(bytes: Uint8Array): { text: string; warnings: string[] } | { binary: true } {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), warnings: ["Note is UTF-16 encoded; read as text"] };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), warnings: ["Note is UTF-16 encoded; read as text"] };
	if (bytes.indexOf(0) >= 0) return { binary: true };
	const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
	if (text.indexOf("\uFFFD") >= 0 && !isValidUtf8(bytes)) {
		return { text, warnings: ["Note is not valid UTF-8; unreadable bytes were replaced with �"] };
	}
	return { text, warnings: [] };
}

function isValidUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder("utf-8", { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}
