import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkPrepDate, formatPrepDate, isoDay } from "../core/prep/prep-date";
import { checkFolder, prepNotePath } from "../core/prep/prep-file-name";
import { renderPrepNote, type PrepOptions } from "../core/prep/render-prep-note";
import { templateCandidates } from "../core/prep/prep-template";
import type { GapTrackerSettings } from "../core/settings";
import { normalizeVaultPath } from "../core/vault-paths";
import { computeThemes } from "../core/themes/compute-themes";
import { parseArgs, stringOption, type ParsedArgs } from "./args";
import { UserError, errorCode } from "./errors";
import { loadVault } from "./load-vault";

export const PREP_USAGE = "prep <vault-dir> --company C [--role R] [--date YYYY-MM-DD] [--stage S] [--template note.md] [--tag real-interview] [--exclude folder] [--write]";

/** `prep`: render a prep note for an upcoming interview; print it, or with `--write` create it in the vault. */
export function prepCommand(argv: readonly string[], write: (s: string) => void, warn: (s: string) => void): void {
	const args = parseArgs(argv, ["company", "role", "date", "stage", "template", "tag", "exclude"], ["write"]);
	const vault = onlyVault(args, PREP_USAGE);
	const options = prepOptions(args);
	const { settings, interviews } = loadVault(vault, args, warn);
	const template = prepTemplate(vault, stringOption(args, "template"), settings.prepTemplatePath, warn);
	const text = renderPrepNote({ interviews, themes: computeThemes(interviews, settings), options, settings, template });
	if (!args.options.has("write")) {
		write(text);
		return;
	}
	write(writeNewNote(vault, settings, options, text) + "\n");
}

/** The single positional argument, refused when missing or doubled. */
export function onlyVault(args: ParsedArgs, usage: string): string {
	const [vault, extra] = args.positionals;
	if (!vault) throw new UserError(`missing vault folder; usage: ${usage}`);
	if (extra !== undefined) throw new UserError(`unexpected argument '${extra}'; usage: ${usage}`);
	return vault;
}

/** A `--date` value checked like the modal checks it, or today when absent. */
export function dateOption(args: ParsedArgs): string {
	const raw = stringOption(args, "date");
	if (raw === undefined) return isoDay(new Date());
	const checked = checkPrepDate(raw);
	if (!checked.ok) throw new UserError(`--date: ${checked.reason}`);
	return checked.date;
}

function prepOptions(args: ParsedArgs): PrepOptions {
	const company = stringOption(args, "company")?.trim();
	if (!company) throw new UserError(`missing --company; usage: ${PREP_USAGE}`);
	return { company, role: stringOption(args, "role")?.trim() ?? "", date: dateOption(args), stage: stringOption(args, "stage")?.trim() ?? "" };
}

/**
 * The template as the plugin picks it: `--template`, else the *Template note* setting, else the
 * built-in one (undefined). Like the plugin, `.md` may be left off; a missing note named by the
 * setting is a warning and the built-in template, a missing `--template` an error.
 */
function prepTemplate(vault: string, option: string | undefined, setting: string, warn: (s: string) => void): string | undefined {
	const path = option ?? setting.trim();
	if (!path) return undefined;
	const rel = normalizeVaultPath(path);
	if (rel.split("/").includes("..")) throw new UserError(`${option !== undefined ? "--template" : "the Template note setting"} must be a note inside the vault: ${path}`);
	for (const candidate of templateCandidates(rel)) {
		try {
			return readFileSync(join(vault, candidate), "utf8");
		} catch {
			// Try the next spelling.
		}
	}
	if (option !== undefined) throw new UserError(`template note not found: ${path}`);
	warn(`interview-gap-tracker: template note "${path}" not found; using the built-in prep template`);
	return undefined;
}

/**
 * Whether a vault path is taken: by that file, or by one whose name differs only in letter case,
 * which a Linux disk allows but the same vault synced to macOS or Windows would clash on. The
 * plugin applies the same rule.
 */
function takenIn(vault: string, folder: string): (path: string) => boolean {
	let names: Set<string>;
	try {
		names = new Set(readdirSync(join(vault, folder)).map((n) => (folder ? `${folder}/${n}` : n).toLowerCase()));
	} catch {
		names = new Set();
	}
	return (path) => existsSync(join(vault, path)) || names.has(path.toLowerCase());
}

/** Creates the note under a fresh name (`wx`: fails instead of overwriting, even in a race) and returns its vault path. */
function writeNewNote(vault: string, settings: GapTrackerSettings, options: PrepOptions, text: string): string {
	const values = { company: options.company, role: options.role, stage: options.stage, date: formatPrepDate(options.date, settings.prepDateFormat) };
	const folder = checkFolder(settings.prepFolder);
	if (folder.ok && folder.path && existsSync(join(vault, folder.path)) && !statSync(join(vault, folder.path)).isDirectory()) {
		throw new UserError(`"${folder.path}" is a file, not a folder; choose another prep folder in the settings`);
	}
	for (let attempt = 0; attempt < 5; attempt++) {
		const target = prepNotePath(settings.prepFolder, settings.prepFileNamePattern, values, takenIn(vault, folder.ok ? folder.path : ""));
		if (!target.ok) throw new UserError(target.reason);
		const dir = target.path.includes("/") ? target.path.slice(0, target.path.lastIndexOf("/")) : "";
		try {
			if (dir) mkdirSync(join(vault, dir), { recursive: true });
			writeFileSync(join(vault, target.path), text, { flag: "wx" });
			return target.path;
		} catch (e) {
			if (errorCode(e) !== "EEXIST") throw new UserError(`cannot write ${target.path}: ${errorCode(e)}`);
		}
	}
	throw new UserError("another process keeps creating notes with the same name; try again");
}
