/** A warm index, an open tracker pane wired to the real pane toggle, and the prep-note sync, on the fake app. */
import type { App as ObsidianApp, WorkspaceLeaf } from "obsidian";
import { paneToggle } from "../../src/obsidian/check-sync";
import { PrepSync } from "../../src/obsidian/sync-service";
import type { CheckRef } from "../../src/ui/render-hooks";
import type { TrackerContext } from "../../src/ui/tracker-context";
import { TrackerView, VIEW_TYPE_TRACKER } from "../../src/ui/tracker-view";
import { Notice, type TFile } from "../fakes/obsidian";
import { harness, quiet, warm, type Harness } from "./harness";

export interface SyncHarness extends Harness {
	view: TrackerView;
	sync: PrepSync;
	/** Promises of the pane's toggles, in click order. */
	toggles: Promise<boolean>[];
	/** Runs queued frames and returns the pane's content element. */
	settle(): Promise<HTMLElement>;
	file(path: string): TFile;
	/** `vault.modify`/`process` calls per path by the code under test (not by `edit`). */
	writes: Map<string, number>;
	/** Waits until Obsidian has reported every write and the sync has answered them, without running frames. */
	quiet(): Promise<void>;
	/** An edit made by the user in the editor: not counted in `writes`. */
	edit(path: string, fn: (text: string) => string): Promise<string>;
}

export async function syncHarness(files: { path: string; text: string }[]): Promise<SyncHarness> {
	Notice.reset();
	const h = harness(files);
	const app = h.app as unknown as ObsidianApp;
	const sync = new PrepSync(app, () => h.settings);
	sync.load();
	await warm(h);
	await sync.settled();
	const toggles: Promise<boolean>[] = [];
	const toggle = paneToggle({ app, settings: () => h.settings, interview: (p) => h.index.get(p) });
	const ctx: TrackerContext = {
		data: h.index,
		tag: () => h.settings.tag,
		sectionNames: () => ({ struggles: "Where I Struggled", actions: "Action Items" }),
		themes: () => null,
		hooks: {
			open: () => {},
			onToggle: (ref: CheckRef) => {
				const p = toggle(ref);
				toggles.push(p);
				return p;
			},
		},
	};
	h.app.workspace.registerViewType(VIEW_TYPE_TRACKER, (leaf) => new TrackerView(leaf as unknown as WorkspaceLeaf, ctx) as never);
	const leaf = h.app.workspace.getRightLeaf(false);
	await leaf.setViewState({ type: VIEW_TYPE_TRACKER });
	const view = leaf.view as unknown as TrackerView;
	document.body.appendChild(view.containerEl);
	const writes = new Map<string, number>();
	const count = (f: TFile) => void writes.set(f.path, (writes.get(f.path) ?? 0) + 1);
	const { vault } = h.app;
	const modify = vault.modify.bind(vault);
	const process = vault.process.bind(vault);
	vault.modify = (f, d) => (count(f), modify(f, d));
	vault.process = (f, fn) => (count(f), process(f, fn));
	return {
		...h,
		view,
		sync,
		toggles,
		writes,
		edit: (path, fn) => {
			const f = h.app.vault.getFileByPath(path);
			if (!f) throw new Error(`no file ${path}`);
			return process(f, fn);
		},
		quiet: () => syncQuiet(h, sync),
		settle: async () => {
			await Promise.all(toggles);
			await syncQuiet(h, sync);
			h.frame();
			return view.contentEl;
		},
		file: (path) => {
			const f = h.app.vault.getFileByPath(path);
			if (!f) throw new Error(`no file ${path}`);
			return f;
		},
	};
}

async function syncQuiet(h: Harness, sync: PrepSync): Promise<void> {
	// Until a round starts no write: a sync write queues a parse, whose event may queue a sync.
	do {
		await sync.settled();
		await quiet(h);
		await sync.settled();
	} while (h.app.metadataCache.pending > 0);
}

/** The checkbox the pane shows for the line whose text is `text`. */
export function boxFor(root: HTMLElement, text: string): HTMLInputElement {
	const box = root.querySelector<HTMLInputElement>(`input.igt-check[aria-label*=${JSON.stringify(`"${text}"`)}]`);
	if (!box) throw new Error(`no checkbox for ${text}`);
	return box;
}

/** A user click: the browser flips the box, then fires `change`. */
export function click(box: HTMLInputElement): void {
	box.checked = !box.checked;
	box.dispatchEvent(new Event("change"));
}
