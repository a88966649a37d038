import { renderGapReport } from "../core/report/render-gap-report";
import { computeThemes } from "../core/themes/compute-themes";
import { parseArgs } from "./args";
import { dateOption, onlyVault } from "./prep-command";
import { loadVault } from "./load-vault";

export const REPORT_USAGE = "report <vault-dir> [--date YYYY-MM-DD] [--tag real-interview] [--exclude folder]";

/** `report`: print the cross-interview gap report as Markdown (`--date` sets the "generated" date). */
export function reportCommand(argv: readonly string[], write: (s: string) => void, warn: (s: string) => void): void {
	const args = parseArgs(argv, ["date", "tag", "exclude"], []);
	const vault = onlyVault(args, REPORT_USAGE);
	const generated = dateOption(args);
	const { settings, interviews } = loadVault(vault, args, warn);
	write(renderGapReport(interviews, computeThemes(interviews, settings), { generated }));
}
