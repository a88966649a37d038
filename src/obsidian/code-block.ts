import type { MarkdownPostProcessorContext, Plugin } from "obsidian";
import { TrackerBlock } from "../ui/tracker-block";
import type { TrackerContext } from "../ui/tracker-context";

/** The code-block language: ```gap-tracker. */
export const CODE_BLOCK_LANGUAGE = "gap-tracker";

/** Renders ```gap-tracker blocks in reading view and live preview. */
export function registerTrackerCodeBlock(plugin: Plugin, ctx: TrackerContext): void {
	const live = new Set<TrackerBlock>();
	// Obsidian leaves what a code-block processor rendered in open notes loaded when the plugin
	// unloads (see pjeby/hot-reload#15): such a block would hold the old plugin, stop updating, and
	// its checkboxes would still write notes. Emptied on plugin unload only: a block Obsidian
	// unloads with its section keeps its content until the section is re-rendered.
	plugin.register(() => {
		for (const block of [...live]) {
			block.unload();
			block.containerEl.empty();
		}
	});
	plugin.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, (source: string, el: HTMLElement, pctx: MarkdownPostProcessorContext) => {
		const block = new TrackerBlock(el, source, ctx);
		live.add(block);
		block.register(() => live.delete(block));
		pctx.addChild(block);
	});
}
