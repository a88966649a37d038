import type { Interview } from "../core/model";
import type { GapTrackerSettings } from "../core/settings";
import type { ThemeAnalysis } from "../core/themes/theme-model";

/**
 * The one place the CLI gets ranked gaps for `prep` and `report`. The theme engine
 * (`computeThemes` in src/core/themes) is being built alongside; until it lands this returns
 * undefined and both commands use their no-themes fallback. Switch on: `return computeThemes(interviews, settings);`.
 */
export function themesForCli(interviews: readonly Interview[], settings: GapTrackerSettings): ThemeAnalysis | undefined {
	void interviews;
	void settings;
	return undefined;
}
