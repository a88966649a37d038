import { normalizeTag } from "./tags";
import { DEFAULT_PREP_SETTINGS, type PrepSettings } from "./prep/prep-settings";
import { DEFAULT_THEME_SETTINGS, type ThemeSettings } from "./themes/theme-settings";

/**
 * The one settings object. The plugin's settings tab, the index service and the CLI
 * all read these defaults from here; nowhere else keeps a copy.
 */
export interface EngineSettings {
	/** Tag that marks an interview note, without `#`. Nested tags (`tag/sub`) count. */
	tag: string;
	/** Heading names (prefix match after cleaning) of the struggles section. */
	struggleHeadings: string[];
	/** Heading names of the action items section. */
	actionHeadings: string[];
	/** Heading names of the optional meta section (`Key: Value` bullets). */
	metaHeadings: string[];
	/** Vault-relative folders whose notes are never indexed. */
	excludeFolders: string[];
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
	tag: "real-interview",
	struggleHeadings: ["Where I Struggled"],
	actionHeadings: ["Action Items"],
	metaHeadings: ["Meta"],
	excludeFolders: [],
};

/** Strips `#` and whitespace from a tag the user typed; empty when nothing usable is left. */
export function normalizeTagSetting(raw: string): string {
	return normalizeTag(raw).replace(/\/+$/, "");
}


/** Everything the plugin stores in data.json; the engine reads the fields it needs from it. */
export interface GapTrackerSettings extends EngineSettings, ThemeSettings, PrepSettings {}

export const DEFAULT_SETTINGS: GapTrackerSettings = {
	...DEFAULT_ENGINE_SETTINGS,
	...DEFAULT_THEME_SETTINGS,
	...DEFAULT_PREP_SETTINGS,
};
