import { indexNotes } from "../core/build-index";
import { renderGapReport } from "../core/report/render-gap-report";
import { DEFAULT_SETTINGS, type GapTrackerSettings } from "../core/settings";
import { parseArgs, stringOption } from "./args";
import { themesForCli } from "./cli-themes";
import { dateOption, onlyVault } from "./prep-command";
import { readVault } from "./read-vault";
import { settingsFromArgs } from "./scan-command";

export const REPORT_USAGE = "report <vault-dir> [--date YYYY-MM-DD] [--tag real-interview] [--exclude folder]";

/** `report`: print the cross-interview gap report as Markdown (`--date` sets the "generated" date). */
export function reportCommand(argv: readonly string[], write: (s: string) => void, warn: (s: string) => void): void {
	const args = parseArgs(argv, ["date", "tag", "exclude"], []);
	const vault = onlyVault(args, REPORT_USAGE);
	const generated = dateOption(args);
	const settings: GapTrackerSettings = { ...DEFAULT_SETTINGS, ...settingsFromArgs(stringOption(args, "tag"), stringOption(args, "exclude")) };
	const read = readVault(vault, settings.excludeFolders);
	for (const s of read.skipped) warn(`warning: skipped ${s.path}: ${s.reason}`);
	const interviews = indexNotes(read.files, settings);
	write(renderGapReport(interviews, themesForCli(interviews, settings), { generated }));
}
