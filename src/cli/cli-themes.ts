import type { Interview } from "../core/model";
import type { GapTrackerSettings } from "../core/settings";
import { computeThemes } from "../core/themes/compute-themes";
import type { ThemeAnalysis } from "../core/themes/theme-model";

/** The one place the CLI gets ranked gaps for `prep` and `report`, so both agree with `scan --json`. */
export function themesForCli(interviews: readonly Interview[], settings: GapTrackerSettings): ThemeAnalysis | undefined {
	return computeThemes(interviews, settings);
}
