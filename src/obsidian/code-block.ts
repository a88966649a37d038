import type { MarkdownPostProcessorContext, Plugin } from "obsidian";
import { TrackerBlock } from "../ui/tracker-block";
import type { TrackerContext } from "../ui/tracker-context";

/** The code-block language: ```gap-tracker. */
export const CODE_BLOCK_LANGUAGE = "gap-tracker";

/** Renders ```gap-tracker blocks in reading view and live preview. */
export function registerTrackerCodeBlock(plugin: Plugin, ctx: TrackerContext): void {
	plugin.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, (source: string, el: HTMLElement, pctx: MarkdownPostProcessorContext) => {
		pctx.addChild(new TrackerBlock(el, source, ctx));
	});
}
