import type { ThemeJson } from "../contract-json";
import type { ThemeAnalysis } from "./theme-model";

/** The contract's `themes` field of `scan --json`: ranked themes with the struggles they group. */
export function themesJson(analysis: ThemeAnalysis): ThemeJson[] {
	return analysis.themes.map((t) => ({ name: t.name, struggles: t.struggles.map((r) => ({ path: r.path, line: r.line })) }));
}
