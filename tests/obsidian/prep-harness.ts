/** A warm GapIndex on the fake app plus the PrepSources the prep commands read, for jsdom tests. */
import type { App as ObsidianApp, Plugin as ObsidianPlugin } from "obsidian";
import manifest from "../../manifest.json";
import type { GapTrackerSettings } from "../../src/core/settings";
import type { ThemeAnalysis } from "../../src/core/themes/theme-model";
import { registerPrepCommands } from "../../src/obsidian/prep-commands";
import type { PrepSources } from "../../src/obsidian/prep-sources";
import { Notice, Plugin } from "../fakes/obsidian";
import { harness, warm, type Harness } from "./harness";

export interface PrepHarness extends Harness {
	src: PrepSources;
	obsidianApp: ObsidianApp;
	plugin: Plugin;
	/** Runs a palette command by its short id; false when its checkCallback refuses. */
	run(id: string): boolean;
	/** Whether the palette would list the command now. */
	available(id: string): boolean;
}

export async function prepHarness(files: { path: string; text: string }[], settings: Partial<GapTrackerSettings> = {}, themes: ThemeAnalysis | null = null): Promise<PrepHarness> {
	Notice.reset();
	const h = harness(files, settings);
	await warm(h);
	const src: PrepSources = { index: h.index, themes: () => themes, settings: () => h.settings, now: () => new Date(2026, 7, 1, 9, 30) };
	const plugin = new Plugin(h.app, manifest);
	registerPrepCommands(plugin as unknown as ObsidianPlugin, src);
	const full = (id: string) => `${manifest.id}:${id}`;
	return {
		...h,
		src,
		obsidianApp: h.app as unknown as ObsidianApp,
		plugin,
		run: (id) => h.app.commands.executeCommandById(full(id)),
		available: (id) => {
			const cmd = h.app.commands.commands.get(full(id));
			return !!cmd && (cmd.checkCallback ? cmd.checkCallback(true) !== false : true);
		},
	};
}

/** Lets pending promise chains (vault writes, opening the file) finish. */
export async function flush(): Promise<void> {
	for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

/** The path of the file open in the main area, or null. */
export function openedPath(h: Harness): string | null {
	const view = h.app.workspace.leaves.find((l) => l.side === "main")?.view as { file?: { path: string } | null } | undefined;
	return view?.file?.path ?? null;
}
