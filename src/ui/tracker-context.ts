import type { Interview } from "../core/model";
import type { ThemeAnalysis } from "../core/themes/theme-model";
import type { RenderHooks } from "./render-hooks";

/** The index as views see it (GapIndex implements it); a plain object in tests of the views. */
export interface TrackerData {
	readonly revision: number;
	readonly state: "cold" | "building" | "warm";
	interviews(): readonly Interview[];
	/** Returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
}

/** Everything the pane and the code block need from the plugin, so neither knows the plugin class. */
export interface TrackerContext {
	data: TrackerData;
	/** The interview tag from settings, without `#` (for the empty state). */
	tag(): string;
	/** Primary names of the struggles and action items sections (for the empty state). */
	sectionNames(): { struggles: string; actions: string };
	/** Current theme analysis, or null while the themes engine is not wired. Memoized by the caller. */
	themes(): ThemeAnalysis | null;
	/** Calls back when the theme analysis changed without an index change. Returns the unsubscribe. */
	onThemesChanged?(listener: () => void): () => void;
	/** Opens (or reveals) the gap tracker pane; absent where there is none to open. */
	openTracker?(): void;
	hooks: RenderHooks;
}
