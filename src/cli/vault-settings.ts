import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SETTINGS, normalizeTagSetting, type GapTrackerSettings } from "../core/settings";
import { firstProblems } from "../core/settings-checks";
import { readSettings } from "../core/settings-normalize";
import { UserError } from "./errors";

/** Where Obsidian keeps this plugin's settings inside a vault (the CLI has no `Vault#configDir`; this is its default). */
export const PLUGIN_DATA_PATH = ".obsidian/plugins/interview-gap-tracker/data.json";

/**
 * The settings the plugin would use in this vault: its data.json when the plugin is installed
 * there (so the CLI and the pane read the same tag and headings), else the defaults. `--tag` and
 * `--exclude` override. A broken data.json is reported, never fatal.
 */
export function vaultSettings(vault: string, tag: string | undefined, exclude: string | undefined, warn: (s: string) => void): GapTrackerSettings {
	const settings = { ...(readPluginData(vault, warn) ?? DEFAULT_SETTINGS) };
	if (tag !== undefined) {
		const t = normalizeTagSetting(tag);
		if (!t) throw new UserError("--tag needs a non-empty tag name");
		settings.tag = t;
	}
	if (exclude !== undefined) settings.excludeFolders = exclude.split(",").map((s) => s.trim()).filter(Boolean);
	return settings;
}

function readPluginData(vault: string, warn: (s: string) => void): GapTrackerSettings | null {
	let text: string;
	try {
		text = readFileSync(join(vault, PLUGIN_DATA_PATH), "utf8");
	} catch {
		return null;
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		warn(`warning: ${PLUGIN_DATA_PATH} is not valid JSON; using the default settings`);
		return null;
	}
	// The plugin says the same in a notice: a silently ignored tag would make the scan look empty.
	const read = readSettings(data);
	if (read.problems.length > 0) warn(`warning: ${PLUGIN_DATA_PATH}: ${firstProblems(read.problems)} Using the defaults for those.`);
	return read.settings;
}
