/**
 * Issue 3: the live index and the pane, on the fake Obsidian API loaded with the 20,000-note
 * corpus. The bundle must map `obsidian` to tests/fakes/obsidian.ts (esbuild `alias`).
 * Figures: index_vs_cachedread, edit_to_update_ms, first_render_jsdom_ms, index_heap_mb,
 * plus, for context, the two medians behind the ratio (index_build_ms, cachedread_ms),
 * index_vs_cachedread_memory and full_render_jsdom_ms.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { JSDOM } from "jsdom";
import type { App as ObsidianApp, WorkspaceLeaf } from "obsidian";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { DEFAULT_TRACKER_FILTER } from "../src/core/view-model/tracker-filter";
import { buildTrackerModel } from "../src/core/view-model/tracker-model";
import { GapIndex } from "../src/obsidian/gap-index";
import type { TrackerContext } from "../src/ui/tracker-context";
import { TrackerRenderer } from "../src/ui/tracker-renderer";
import { TrackerView, VIEW_TYPE_TRACKER } from "../src/ui/tracker-view";
import { App, installDomHelpers, MetadataCache } from "../tests/fakes/obsidian";
import type { BenchCorpus } from "./corpus";
import { median } from "./timing";

const RUNS = 5;
const EDITS = 30;
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function installJsdom(): void {
	const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
	const g = globalThis as unknown as Record<string, unknown>;
	for (const key of ["window", "document", "Node", "Element", "HTMLElement", "HTMLInputElement", "HTMLSelectElement", "DocumentFragment", "Event", "MouseEvent"]) {
		g[key] = key === "window" ? dom.window : (dom.window as unknown as Record<string, unknown>)[key];
	}
	installDomHelpers();
}

function gc(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

function makeIndex(app: App, frames: (() => void)[] = []): GapIndex {
	const index = new GapIndex(app as unknown as ObsidianApp, () => DEFAULT_SETTINGS, (cb) => frames.push(cb));
	index.load();
	return index;
}

async function readAll(app: App, paths: readonly string[]): Promise<void> {
	const files = paths.map((p) => app.vault.getFileByPath(p)).filter((f) => f !== null);
	for (let i = 0; i < files.length; i += 200) await Promise.all(files.slice(i, i + 200).map((f) => app.vault.cachedRead(f)));
}

/** Full index build vs only reading the same interview files, alternating, medians of RUNS. */
async function indexRatio(app: App, corpus: BenchCorpus): Promise<{ ratio: number; buildMs: number; readMs: number }> {
	app.workspace.setLayoutReady();
	const index = makeIndex(app);
	await index.settled();
	const reads: number[] = [];
	const builds: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		let t0 = performance.now();
		await readAll(app, corpus.interviewPaths);
		reads.push(performance.now() - t0);
		t0 = performance.now();
		await index.rebuild();
		builds.push(performance.now() - t0);
	}
	index.unload();
	return { ratio: median(builds) / median(reads), buildMs: median(builds), readMs: median(reads) };
}

function context(index: GapIndex): TrackerContext {
	return {
		data: index,
		tag: () => DEFAULT_SETTINGS.tag,
		sectionNames: () => ({ struggles: "Where I Struggled", actions: "Action Items" }),
		themes: () => null,
		hooks: { open: () => {} },
	};
}

export async function run(corpus: BenchCorpus): Promise<Record<string, number>> {
	installJsdom();
	// The plugin's part only: `changed` fires inside the write, without Obsidian's own parse delay.
	MetadataCache.sync = true;
	const fromDisk = new App({ files: corpus.notes, reader: (path) => readFile(join(corpus.root, path), "utf8") });
	const diskRatio = await indexRatio(fromDisk, corpus);
	const app = new App({ files: corpus.notes });
	const memoryRatio = await indexRatio(app, corpus);

	gc();
	const heapBefore = process.memoryUsage().heapUsed;
	const frames: (() => void)[] = [];
	const index = makeIndex(app, frames);
	await index.rebuild();
	gc();
	const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
	frames.length = 0;

	const ctx = context(index);
	app.workspace.registerViewType(VIEW_TYPE_TRACKER, (leaf) => new TrackerView(leaf as unknown as WorkspaceLeaf, ctx) as never);
	const firsts: number[] = [];
	let leaf = app.workspace.getRightLeaf(false);
	for (let i = 0; i < RUNS; i++) {
		leaf.detach();
		leaf = app.workspace.getRightLeaf(false);
		const t0 = performance.now();
		await leaf.setViewState({ type: VIEW_TYPE_TRACKER });
		firsts.push(performance.now() - t0);
	}
	document.body.appendChild(leaf.view.containerEl);

	const edits: number[] = [];
	for (let i = 0; i < EDITS; i++) {
		const path = corpus.interviewPaths[(i * 61) % corpus.interviewPaths.length] ?? "";
		const file = app.vault.getFileByPath(path);
		if (!file) continue;
		const text = app.vault.contentOf(path) ?? "";
		const edited = text.replace("- [ ] ", "- [x] ");
		const t0 = performance.now();
		await app.vault.modify(file, edited === text ? text.replace("- [x] ", "- [ ] ") : edited);
		for (const f of frames.splice(0)) f();
		edits.push(performance.now() - t0);
	}

	const fullRuns: number[] = [];
	for (let i = 0; i < 3; i++) {
		const host = document.createElement("div");
		const t0 = performance.now();
		const model = buildTrackerModel(index.interviews(), DEFAULT_TRACKER_FILTER, "interview");
		new TrackerRenderer(host, ctx.hooks, new Set()).render({ model, grouping: "interview", sections: ["actions", "struggles", "warnings"], signature: "", pageSize: null });
		fullRuns.push(performance.now() - t0);
	}
	return {
		index_vs_cachedread: round(diskRatio.ratio),
		index_build_ms: round(diskRatio.buildMs, 1),
		cachedread_ms: round(diskRatio.readMs, 1),
		index_vs_cachedread_memory: round(memoryRatio.ratio),
		edit_to_update_ms: round(median(edits)),
		first_render_jsdom_ms: round(median(firsts)),
		full_render_jsdom_ms: round(median(fullRuns)),
		index_heap_mb: round(heapMb),
	};
}
