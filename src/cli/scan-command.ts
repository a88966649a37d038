import { indexNotes } from "../core/build-index";
import { toScanJson } from "../core/contract-json";
import { DEFAULT_ENGINE_SETTINGS, normalizeTagSetting, type EngineSettings } from "../core/settings";
import { computeThemes } from "../core/themes/compute-themes";
import { DEFAULT_THEME_SETTINGS } from "../core/themes/theme-settings";
import { themesJson } from "../core/themes/themes-json";
import { parseArgs, stringOption } from "./args";
import { UserError } from "./errors";
import { readVault } from "./read-vault";
import { printable, renderScanTable } from "./scan-table";

export const SCAN_USAGE = "scan <vault-dir> [--tag real-interview] [--exclude folder] [--json]";

/** `scan`: index a vault folder and print the contract JSON or a table. */
export function scanCommand(argv: readonly string[], write: (s: string) => void, warn: (s: string) => void): void {
	const args = parseArgs(argv, ["tag", "exclude"], ["json"]);
	const [vault, extra] = args.positionals;
	if (!vault) throw new UserError(`missing vault folder; usage: ${SCAN_USAGE}`);
	if (extra !== undefined) throw new UserError(`unexpected argument '${extra}'; usage: ${SCAN_USAGE}`);
	const settings = settingsFromArgs(stringOption(args, "tag"), stringOption(args, "exclude"));
	const read = readVault(vault, settings.excludeFolders);
	const interviews = indexNotes(read.files, settings);
	if (args.options.has("json")) {
		for (const s of read.skipped) warn(printable(`warning: skipped ${s.path}: ${s.reason}`));
		const themes = computeThemes(interviews, DEFAULT_THEME_SETTINGS);
		write(JSON.stringify(toScanJson(vault, settings.tag, interviews, themesJson(themes), themes.themesOfStruggle), null, 2) + "\n");
	} else {
		write(renderScanTable(vault, settings.tag, interviews, read.skipped));
	}
}

export function settingsFromArgs(tag: string | undefined, exclude: string | undefined): EngineSettings {
	const settings: EngineSettings = { ...DEFAULT_ENGINE_SETTINGS };
	if (tag !== undefined) {
		const t = normalizeTagSetting(tag);
		if (!t) throw new UserError("--tag needs a non-empty tag name");
		settings.tag = t;
	}
	if (exclude !== undefined) settings.excludeFolders = exclude.split(",").map((s) => s.trim()).filter(Boolean);
	return settings;
}
