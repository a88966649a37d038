import type { GapTrackerSettings } from "../core/settings";
import type { ThemeAnalysis } from "../core/themes/theme-model";
import type { GapIndex } from "./gap-index";

/** What prep notes and reports are made from: the live index, the latest themes and the settings. */
export interface PrepSources {
	index: Pick<GapIndex, "interviews" | "get" | "settled" | "state">;
	/** Ranked gaps, or null while none are computed (sections fall back to recent struggles). */
	themes(): ThemeAnalysis | null;
	settings(): GapTrackerSettings;
	/** "Today"; injectable so tests and reports are reproducible. */
	now?(): Date;
}
