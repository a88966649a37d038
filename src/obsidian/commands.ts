import { Notice, type Plugin } from "obsidian";

/** Command ids: never change after release, users bind hotkeys to them. */
export const COMMAND_OPEN_TRACKER = "open-gap-tracker";
export const COMMAND_REBUILD_INDEX = "rebuild-gap-index";

export interface CommandActions {
	openTracker(): Promise<unknown>;
	/** Rebuilds and resolves with the number of interviews found. */
	rebuildIndex(): Promise<number>;
}

/** Palette commands. No default hotkeys: they would clash with users' own. */
export function registerCommands(plugin: Plugin, actions: CommandActions): void {
	plugin.addCommand({
		id: COMMAND_OPEN_TRACKER,
		name: "Open gap tracker",
		callback: () => void actions.openTracker(),
	});
	plugin.addCommand({
		id: COMMAND_REBUILD_INDEX,
		name: "Rebuild gap index",
		callback: async () => {
			const n = await actions.rebuildIndex();
			new Notice(`Gap index rebuilt: ${n} interview note${n === 1 ? "" : "s"}`);
		},
	});
}
