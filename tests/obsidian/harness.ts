/** Builds a fake app with notes and a loaded GapIndex whose frames run only when a test says so. */
import type { App as ObsidianApp } from "obsidian";
import { DEFAULT_SETTINGS, type GapTrackerSettings } from "../../src/core/settings";
import { GapIndex } from "../../src/obsidian/gap-index";
import { App } from "../fakes/obsidian";

export interface Harness {
	app: App;
	index: GapIndex;
	settings: GapTrackerSettings;
	/** Runs the queued animation frames (the index's coalesced notifications). */
	frame(): void;
	/** Frames queued and not yet run. */
	queued(): number;
}

export function harness(files: { path: string; text: string }[], settings: Partial<GapTrackerSettings> = {}): Harness {
	const app = new App({ files });
	const s: GapTrackerSettings = { ...DEFAULT_SETTINGS, ...settings };
	let frames: (() => void)[] = [];
	const index = new GapIndex(app as unknown as ObsidianApp, () => s, (cb) => frames.push(cb));
	index.load();
	return {
		app,
		index,
		settings: s,
		frame: () => {
			const run = frames;
			frames = [];
			for (const f of run) f();
		},
		queued: () => frames.length,
	};
}

/** Layout ready, the first build done and its notification delivered. */
export async function warm(h: Harness): Promise<void> {
	h.app.workspace.setLayoutReady();
	await quiet(h);
	h.frame();
}

/** Waits until Obsidian's queued parses have fired `changed` and the index has read what they started. */
export async function quiet(h: Harness): Promise<void> {
	do {
		await h.app.metadataCache.settled();
		await h.index.settled();
	} while (h.app.metadataCache.pending > 0);
}
