import { Component, debounce } from "obsidian";
import { computeThemes } from "../core/themes/compute-themes";
import type { ThemeAnalysis } from "../core/themes/theme-model";
import type { ThemeSettings } from "../core/themes/theme-settings";
import type { GapIndex } from "./gap-index";

/** Quiet time after the last index change before themes are recomputed. */
const RECOMPUTE_DELAY_MS = 400;

/**
 * Theme analysis over the index, recomputed off the typing path: an edit re-renders the pane
 * at once with the previous themes, and the chips catch up once the user pauses. Grouping
 * compares every struggle with every other, so it must not run on each keystroke.
 */
export class ThemeSource extends Component {
	private analysis: ThemeAnalysis | null = null;
	private computedAt = -1;
	private listeners = new Set<() => void>();
	private readonly later = debounce(() => this.recompute(), RECOMPUTE_DELAY_MS, true);

	constructor(
		private readonly index: GapIndex,
		private readonly settings: () => ThemeSettings,
	) {
		super();
	}

	onload(): void {
		this.register(this.index.subscribe(() => this.later()));
		this.register(() => this.later.cancel());
	}

	/** The latest analysis; computed now the first time there are interviews, later ones may lag an edit. */
	current(): ThemeAnalysis | null {
		if (this.analysis === null && this.index.interviews().length > 0) this.compute();
		return this.analysis;
	}

	/** Calls `listener` after themes were recomputed. Returns the unsubscribe. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private recompute(): void {
		if (this.computedAt === this.index.revision) return;
		this.compute();
		for (const l of [...this.listeners]) l();
	}

	private compute(): void {
		this.computedAt = this.index.revision;
		try {
			this.analysis = computeThemes(this.index.interviews(), this.settings());
		} catch (e) {
			console.error("Interview gap tracker: computing themes failed", e);
			this.analysis = null;
		}
	}
}
