import { toScanJson } from "../core/contract-json";
import { computeThemes } from "../core/themes/compute-themes";
import { themesJson } from "../core/themes/themes-json";
import { parseArgs } from "./args";
import { UserError } from "./errors";
import { loadVault } from "./load-vault";
import { renderScanTable } from "./scan-table";

export const SCAN_USAGE = "scan <vault-dir> [--tag real-interview] [--exclude folder] [--json]";

/** `scan`: index a vault folder and print the contract JSON or a table. */
export function scanCommand(argv: readonly string[], write: (s: string) => void, warn: (s: string) => void): void {
	const args = parseArgs(argv, ["tag", "exclude"], ["json"]);
	const [vault, extra] = args.positionals;
	if (!vault) throw new UserError(`missing vault folder; usage: ${SCAN_USAGE}`);
	if (extra !== undefined) throw new UserError(`unexpected argument '${extra}'; usage: ${SCAN_USAGE}`);
	const json = args.options.has("json");
	// The table lists skipped files itself; JSON output keeps stdout clean and warns on stderr.
	const { settings, read, interviews } = loadVault(vault, args, warn, json);
	if (json) {
		const themes = computeThemes(interviews, settings);
		write(JSON.stringify(toScanJson(vault, settings.tag, interviews, themesJson(themes), (p, l) => themes.themesOfStruggle(p, l)), null, 2) + "\n");
	} else {
		write(renderScanTable(vault, settings.tag, interviews, read.skipped));
	}
}
