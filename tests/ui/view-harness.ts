/** A loaded GapIndex plus an open TrackerView over it, on the fake app, for jsdom tests. */
import type { WorkspaceLeaf } from "obsidian";
import type { ThemeAnalysis } from "../../src/core/themes/theme-model";
import type { CheckRef } from "../../src/ui/render-hooks";
import type { TrackerContext } from "../../src/ui/tracker-context";
import { TrackerView, VIEW_TYPE_TRACKER } from "../../src/ui/tracker-view";
import { harness, quiet, warm, type Harness } from "../obsidian/harness";

export interface ViewHarness extends Harness {
	view: TrackerView;
	ctx: TrackerContext;
	opened: { path: string; line: number; mod: boolean }[];
	toggled: CheckRef[];
	/** Runs queued frames and returns the pane's content element. */
	settle(): Promise<HTMLElement>;
}

export async function openTracker(files: { path: string; text: string }[], options: { toggle?: boolean; state?: Record<string, unknown>; themes?: ThemeAnalysis } = {}): Promise<ViewHarness> {
	const h = harness(files);
	await warm(h);
	const opened: ViewHarness["opened"] = [];
	const toggled: CheckRef[] = [];
	const ctx: TrackerContext = {
		data: h.index,
		tag: () => h.settings.tag,
		sectionNames: () => ({ struggles: "Where I Struggled", actions: "Action Items" }),
		themes: () => options.themes ?? null,
		hooks: {
			// The current analysis, as the plugin's hooks read it: tests swap `ctx.themes`.
			themesOfStruggle: (path, line) => ctx.themes()?.themesOfStruggle(path, line) ?? [],
			open: (path, line, evt) => opened.push({ path, line, mod: evt.ctrlKey || evt.metaKey }),
			...(options.toggle ? { onToggle: (ref: CheckRef) => void toggled.push(ref) } : {}),
		},
	};
	h.app.workspace.registerViewType(VIEW_TYPE_TRACKER, (leaf) => new TrackerView(leaf as unknown as WorkspaceLeaf, ctx) as never);
	const leaf = h.app.workspace.getRightLeaf(false);
	await leaf.setViewState({ type: VIEW_TYPE_TRACKER, state: options.state });
	const view = leaf.view as unknown as TrackerView;
	document.body.appendChild(view.containerEl);
	return {
		...h,
		view,
		ctx,
		opened,
		toggled,
		settle: async () => {
			await quiet(h);
			h.frame();
			return view.contentEl;
		},
	};
}

/** Visible text of every element matching `selector`. */
export function texts(root: HTMLElement, selector: string): string[] {
	return [...root.querySelectorAll<HTMLElement>(selector)].map((e) => e.textContent ?? "");
}
