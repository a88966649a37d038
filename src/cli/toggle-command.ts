import { chmodSync, existsSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { DEFAULT_ENGINE_SETTINGS } from "../core/settings";
import { toggleStep, type CheckState } from "../core/toggle/toggle-step";
import { parseArgs, stringOption } from "./args";
import { UserError, errorCode } from "./errors";
import { assertDirectory, decodeNote } from "./read-vault";

export const TOGGLE_USAGE = "toggle <vault-dir> <note-path> --line N [--expect TEXT] [--state on|off|toggle] [--json]";

const STATES: readonly CheckState[] = ["on", "off", "toggle"];

/**
 * `toggle`: ticks or unticks one action item or step in a note on disk with the same core edit the
 * plugin uses, then replaces the file atomically (temp file in the same folder, then rename).
 */
export function toggleCommand(argv: readonly string[], write: (s: string) => void): void {
	const args = parseArgs(argv, ["line", "expect", "state"], ["json"]);
	const [vault, notePath, extra] = args.positionals;
	if (!vault || !notePath) throw new UserError(`missing ${vault ? "note path" : "vault folder"}; usage: ${TOGGLE_USAGE}`);
	if (extra !== undefined) throw new UserError(`unexpected argument '${extra}'; usage: ${TOGGLE_USAGE}`);
	const line = lineOption(stringOption(args, "line"));
	const state = stateOption(stringOption(args, "state"));
	const expect = stringOption(args, "expect");
	assertDirectory(vault);
	const file = notePathInside(vault, notePath);
	const { text, mode } = readNote(file, notePath);
	const result = toggleStep(text, { line, ...(expect === undefined ? {} : { expect }) }, state, DEFAULT_ENGINE_SETTINGS);
	if (!result.ok) throw new UserError(`${notePath}: ${result.message}`);
	if (result.changes.length > 0) replaceFile(file, text, result.text, mode);
	if (args.options.has("json")) {
		const doc = { path: notePath, line: result.line, relocated: result.relocated, checked: result.checked, changes: result.changes };
		write(JSON.stringify(doc, null, 2) + "\n");
		return;
	}
	const verb = result.checked ? "ticked" : "unticked";
	const moved = result.relocated ? ` (found on line ${result.line}, was line ${line})` : "";
	write(result.changes.length === 0 ? `${notePath}:${result.line} already ${verb}; nothing written\n` : `${notePath}:${result.line} ${verb}${moved}, ${result.changes.length} line(s) changed\n`);
}

function lineOption(raw: string | undefined): number {
	if (raw === undefined) throw new UserError(`missing --line; usage: ${TOGGLE_USAGE}`);
	if (!/^[1-9]\d{0,8}$/.test(raw)) throw new UserError(`--line needs a line number (1 or more), got '${raw}'`);
	return Number(raw);
}

function stateOption(raw: string | undefined): CheckState {
	if (raw === undefined) return "toggle";
	const state = STATES.find((s) => s === raw);
	if (!state) throw new UserError(`--state must be on, off or toggle, got '${raw}'`);
	return state;
}

/** The note's absolute path; a path that is absolute, climbs out with `..` or is not Markdown is refused. */
export function notePathInside(vault: string, notePath: string): string {
	if (isAbsolute(notePath) || /^[a-zA-Z]:/.test(notePath) || notePath.split(/[\\/]/).includes("..")) {
		throw new UserError(`note path must be relative to the vault and stay inside it: ${notePath}`);
	}
	if (!/\.md$/i.test(notePath)) throw new UserError(`not a Markdown note: ${notePath}`);
	const root = resolve(vault);
	const file = resolve(root, notePath);
	const rel = relative(root, file);
	if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) throw new UserError(`note path leaves the vault: ${notePath}`);
	// A symlink inside the vault may point anywhere; follow it before trusting the path.
	if (existsSync(file)) {
		const real = relative(realpathSync(root), realpathSync(file));
		if (real.startsWith("..") || isAbsolute(real)) throw new UserError(`note path leaves the vault: ${notePath}`);
	}
	return file;
}

function readNote(file: string, shown: string): { text: string; mode: number } {
	let bytes: Buffer;
	let mode: number;
	try {
		const st = statSync(file);
		if (!st.isFile()) throw new UserError(`not a file: ${shown}`);
		mode = st.mode & 0o7777;
		bytes = readFileSync(file);
	} catch (e) {
		if (e instanceof UserError) throw e;
		throw new UserError(`cannot read ${shown} (${errorCode(e)})`);
	}
	const decoded = decodeNote(bytes);
	if ("binary" in decoded) throw new UserError(`${shown} is not a text note`);
	// Writing back as UTF-8 would rewrite every byte of a UTF-16 note or one with bad bytes.
	if (decoded.warnings.length > 0) throw new UserError(`${shown}: ${decoded.warnings[0] ?? "unusual encoding"}; refusing to write`);
	return { text: decoded.text, mode };
}

/**
 * Writes next to the note, then renames over it, so a reader sees the old note or the new one and
 * never half of either. The note is re-read first: if anything else wrote it meanwhile, give up.
 */
function replaceFile(file: string, expected: string, next: string, mode: number): void {
	const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.igt-tmp`);
	try {
		writeFileSync(temp, next, { encoding: "utf8", mode, flag: "wx" });
		chmodSync(temp, mode);
		if (readFileSync(file, "utf8") !== expected) throw new UserError(`${basename(file)} changed while it was being edited; nothing was written, try again`);
		renameSync(temp, file);
	} catch (e) {
		try {
			unlinkSync(temp);
		} catch {
			// Already renamed or never created: nothing to clean up.
		}
		if (e instanceof UserError) throw e;
		throw new UserError(`cannot write ${basename(file)} (${errorCode(e)})`);
	}
}
