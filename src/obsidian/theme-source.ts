import { Component, debounce } from "obsidian";
import { computeThemes } from "../core/themes/compute-themes";
import type { ThemeAnalysis } from "../core/themes/theme-model";
import type { ThemeSettings } from "../core/themes/theme-settings";
import type { GapIndex } from "./gap-index";
import { onNextFrame } from "./next-frame";

/** Quiet time after the last index change before themes are recomputed. */
const RECOMPUTE_DELAY_MS = 400;

/**
 * Runs `cb` once the window has painted its next frame: a frame callback runs just before the
 * paint, a task queued from it runs after. The task goes to the main window, which outlives a
 * popout closed in between; `cb` must run, or the first analysis is never computed.
 */
function afterNextPaint(cb: () => void): void {
	onNextFrame(() => window.setTimeout(cb, 0));
}

/**
 * Theme analysis over the index, recomputed off the typing path: an edit re-renders the pane
 * at once with the previous themes, and the chips catch up once the user pauses. Grouping
 * compares every struggle with every other, so it must not run on each keystroke, nor before
 * the pane's first paint: the first analysis is computed after the frame that asked for it.
 */
export class ThemeSource extends Component {
	private analysis: ThemeAnalysis | null = null;
	private computedAt = -1;
	private firstScheduled = false;
	/** Theme settings changed since the last analysis: `now()` must not hand out the old one. */
	private settingsChanged = false;
	private unloaded = false;
	private listeners = new Set<() => void>();
	private readonly later = debounce(() => this.recompute(), RECOMPUTE_DELAY_MS, true);

	constructor(
		private readonly index: GapIndex,
		private readonly settings: () => ThemeSettings,
	) {
		super();
	}

	onload(): void {
		this.unloaded = false;
		this.register(this.index.subscribe(() => this.later()));
		this.register(() => {
			this.later.cancel();
			this.unloaded = true;
		});
	}

	/**
	 * The latest analysis, or null until the first one is ready: that one is scheduled by this
	 * call and computed after the next paint, and subscribers are called when it is there. Views
	 * use this so their lists never wait for the themes; later analyses may lag an edit.
	 */
	current(): ThemeAnalysis | null {
		if (this.analysis === null && !this.firstScheduled && this.index.interviews().length > 0) {
			this.firstScheduled = true;
			afterNextPaint(() => {
				if (this.unloaded) return;
				// `now()` may have computed it meanwhile; whoever got null is still waiting.
				if (this.computedAt !== this.index.revision) this.compute();
				this.notify();
			});
		}
		return this.analysis;
	}

	/**
	 * The analysis of the index as it is now, computed at once if the notes or the settings moved
	 * since the last one: for commands that need it now (reports, prep notes), which must not link
	 * to a note deleted a moment ago. Subscribers hear of it, so the pane shows the same themes.
	 */
	now(): ThemeAnalysis | null {
		const stale = this.settingsChanged || this.computedAt !== this.index.revision;
		if (stale && (this.index.interviews().length > 0 || this.analysis !== null)) {
			this.compute();
			this.notify();
		}
		return this.analysis;
	}

	/**
	 * A theme setting changed (dictionary, threshold…): the notes did not, so the index revision
	 * does not move. Recomputes after the usual quiet time, or at once if `now()` asks first.
	 */
	invalidate(): void {
		this.settingsChanged = true;
		if (!this.unloaded) this.later();
	}

	/** Calls `listener` after themes were recomputed. Returns the unsubscribe. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private recompute(): void {
		if (this.computedAt === this.index.revision && !this.settingsChanged) return;
		this.compute();
		this.notify();
	}

	private notify(): void {
		for (const l of [...this.listeners]) l();
	}

	private compute(): void {
		this.computedAt = this.index.revision;
		this.settingsChanged = false;
		try {
			this.analysis = computeThemes(this.index.interviews(), this.settings());
		} catch (e) {
			console.error("Interview gap tracker: computing themes failed", e);
			this.analysis = null;
		}
	}
}
