import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkPrepDate, formatPrepDate, isoDay } from "../core/prep/prep-date";
import { prepNotePath } from "../core/prep/prep-file-name";
import { renderPrepNote, type PrepOptions } from "../core/prep/render-prep-note";
import type { GapTrackerSettings } from "../core/settings";
import { normalizeVaultPath } from "../core/vault-paths";
import { computeThemes } from "../core/themes/compute-themes";
import { parseArgs, stringOption, type ParsedArgs } from "./args";
import { UserError, errorCode } from "./errors";
import { loadVault } from "./load-vault";

export const PREP_USAGE = "prep <vault-dir> --company C [--role R] [--date YYYY-MM-DD] [--stage S] [--template note.md] [--tag real-interview] [--write]";

/** `prep`: render a prep note for an upcoming interview; print it, or with `--write` create it in the vault. */
export function prepCommand(argv: readonly string[], write: (s: string) => void, warn: (s: string) => void): void {
	const args = parseArgs(argv, ["company", "role", "date", "stage", "template", "tag", "exclude"], ["write"]);
	const vault = onlyVault(args, PREP_USAGE);
	const options = prepOptions(args);
	const { settings, interviews } = loadVault(vault, args, warn);
	const templatePath = stringOption(args, "template");
	const template = templatePath === undefined ? undefined : readTemplate(vault, templatePath);
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

function readTemplate(vault: string, path: string): string {
	const rel = normalizeVaultPath(path);
	if (rel.split("/").includes("..")) throw new UserError(`--template must be a note inside the vault: ${path}`);
	try {
		return readFileSync(join(vault, rel), "utf8");
	} catch {
		throw new UserError(`template note not found: ${path}`);
	}
}

/** Creates the note under a fresh name (`wx`: fails instead of overwriting, even in a race) and returns its vault path. */
function writeNewNote(vault: string, settings: GapTrackerSettings, options: PrepOptions, text: string): string {
	const values = { company: options.company, role: options.role, stage: options.stage, date: formatPrepDate(options.date, settings.prepDateFormat) };
	for (let attempt = 0; attempt < 5; attempt++) {
		const target = prepNotePath(settings.prepFolder, settings.prepFileNamePattern, values, (p) => existsSync(join(vault, p)));
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
