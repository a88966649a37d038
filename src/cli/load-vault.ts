import { indexNotes } from "../core/build-index";
import type { Interview } from "../core/model";
import type { GapTrackerSettings } from "../core/settings";
import { stringOption, type ParsedArgs } from "./args";
import { readVault, type VaultRead } from "./read-vault";
import { printable } from "./scan-table";
import { vaultSettings } from "./vault-settings";

export interface LoadedVault {
	settings: GapTrackerSettings;
	read: VaultRead;
	interviews: Interview[];
}

/** What every vault-reading command starts with: settings, the notes, the interviews. */
export function loadVault(vault: string, args: ParsedArgs, warn: (s: string) => void, reportSkipped = true): LoadedVault {
	const settings = vaultSettings(vault, stringOption(args, "tag"), stringOption(args, "exclude"), warn);
	const read = readVault(vault, settings.excludeFolders);
	if (reportSkipped) for (const s of read.skipped) warn(printable(`warning: skipped ${s.path}: ${s.reason}`));
	return { settings, read, interviews: indexNotes(read.files, settings) };
}
