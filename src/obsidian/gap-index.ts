import { Component, TFile, TFolder, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import type { Interview } from "../core/model";
import { parseNote } from "../core/parse-note";
import type { EngineSettings } from "../core/settings";
import { byPath, isIndexablePath } from "../core/vault-paths";
import { onNextFrame } from "./next-frame";
import { chunksBySize, inSlices, READ_STALL_MS, ReadStalled, readNotes, settleWithin } from "./read-notes";
import { mayCarryTag } from "./tag-prefilter";

/** Runs a callback before the next paint; tests and the bench inject their own. */
export type FrameScheduler = (callback: () => void) => void;

/** What subscribers hear: the new revision and the notes that changed (null: possibly all). */
export interface IndexChange {
	revision: number;
	paths: ReadonlySet<string> | null;
}

/** Cold until layout-ready, building during a full pass, warm afterwards (obsidian-tasks' Cache states). */
export type IndexState = "cold" | "building" | "warm";

/** Text a build holds at once: a run of notes is read, then parsed, then the next run is read. */
const BUILD_RUN_BYTES = 16 * 1024 * 1024;

/**
 * The interviews of the vault, kept current from Obsidian's events. The metadata cache is only a
 * pre-filter (which notes carry the tag); the core parser reads the text and has the final say.
 * Knows nothing of views: consumers `subscribe` and get at most one call per frame.
 */
export class GapIndex extends Component {
	/** Bumped on every change to the set of interviews; views compare it to skip redraws. */
	revision = 0;
	state: IndexState = "cold";
	private notes = new Map<string, Interview>();
	private sorted: Interview[] | null = null;
	private listeners = new Set<(change: IndexChange) => void>();
	private pending: Set<string> | null = new Set();
	private scheduled = false;
	/**
	 * The read out for each path, by its number from `seq`: an event on the path drops the entry, so
	 * a slow read never overwrites a newer result. Only paths with a read out have one, so the map
	 * does not grow with every path the session ever touched; the numbers never repeat, so a read
	 * dropped long ago can never match a later one.
	 */
	private versions = new Map<string, number>();
	private seq = 0;
	/** Paths changed by events while a full build runs; the build keeps their live result. */
	private touched = new Set<string>();
	private buildId = 0;
	private inflight = new Set<Promise<unknown>>();
	/** How long a build waits on reads that stopped landing (tests shorten it). */
	readStallMs = READ_STALL_MS;

	constructor(
		private readonly app: App,
		private readonly settings: () => EngineSettings,
		private readonly schedule: FrameScheduler = onNextFrame,
	) {
		super();
	}

	onload(): void {
		const { metadataCache, vault, workspace } = this.app;
		this.registerEvent(metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
		this.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
		// Obsidian keeps a layout-ready callback after the plugin unloads; an unloaded index must not
		// register a handler nobody removes, nor read the vault.
		let live = true;
		this.register(() => (live = false));
		workspace.onLayoutReady(() => {
			if (!live) return;
			// Registered only now: before layout-ready Obsidian fires `create` for every existing file.
			this.registerEvent(vault.on("create", (file) => this.onCreate(file)));
			void this.rebuild();
		});
	}

	onunload(): void {
		this.listeners.clear();
		this.buildId++;
	}

	/** Every interview, sorted by path. The array is shared until the next change: do not mutate it. */
	interviews(): readonly Interview[] {
		if (!this.sorted) this.sorted = [...this.notes.values()].sort(byPath);
		return this.sorted;
	}

	get(path: string): Interview | undefined {
		return this.notes.get(path);
	}

	/** Calls `listener` after changes, coalesced to one call per frame. Returns the unsubscribe. */
	subscribe(listener: (change: IndexChange) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Resolves once the current build and every pending read are done (tests, bench, commands). */
	async settled(): Promise<void> {
		while (this.inflight.size > 0) await Promise.all([...this.inflight]);
	}

	/** Notifies subscribers now instead of on the next frame. */
	flush(): void {
		this.scheduled = false;
		const paths = this.pending;
		if (paths !== null && paths.size === 0) return;
		this.pending = new Set();
		const change: IndexChange = { revision: this.revision, paths };
		for (const l of [...this.listeners]) l(change);
	}

	/** Re-reads every tagged note: after layout-ready, a settings change, or the rebuild command. */
	rebuild(): Promise<void> {
		return this.track(this.runBuild());
	}

	private async runBuild(): Promise<void> {
		const id = ++this.buildId;
		const cancelled = () => id !== this.buildId;
		this.state = "building";
		this.touched.clear();
		const settings = this.settings();
		const next = new Map<string, Interview>();
		const stalled: TFile[] = [];
		for (const run of chunksBySize(this.candidates(settings), BUILD_RUN_BYTES)) {
			const read = await readNotes(this.app.vault, run, cancelled, this.readStallMs);
			await inSlices(
				read,
				({ file, text }) => {
					if (text instanceof ReadStalled) stalled.push(file);
					const iv = this.parse(file.path, text, settings);
					if (iv) next.set(file.path, iv);
				},
				cancelled,
			);
		}
		if (cancelled()) return;
		for (const path of this.touched) {
			const live = this.notes.get(path);
			if (live) next.set(path, live);
			else next.delete(path);
		}
		this.notes = next;
		this.state = "warm";
		this.changed(null);
		// Asked again without `track`: `settled()` (and the commands awaiting it) must not hang on
		// a read that may never answer. The answer, whenever it comes, replaces the warning.
		for (const file of stalled) if (!this.touched.has(file.path)) this.readAndPut(file, false);
	}

	/** The notes a build reads: tagged per the metadata cache (cheapest test first), outside excluded folders. */
	private candidates(settings: EngineSettings): TFile[] {
		return this.app.vault.getMarkdownFiles().filter((f) => this.mayBeTagged(f, settings) && isIndexablePath(f.path, settings.excludeFolders));
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (this.state === "cold") return;
		const settings = this.settings();
		this.bump(file.path);
		if (isIndexablePath(file.path, settings.excludeFolders) && this.tagged(cache, settings)) this.put(file.path, this.parse(file.path, data, settings));
		else this.put(file.path, null);
	}

	private onCreate(file: TAbstractFile): void {
		if (this.state === "cold" || !(file instanceof TFile) || this.notes.has(file.path)) return;
		this.readAndPut(file);
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (this.state === "cold") return;
		if (file instanceof TFolder) {
			for (const path of [...this.notes.keys()]) {
				if (!path.startsWith(oldPath + "/")) continue;
				this.bump(path);
				this.put(path, null);
				const moved = this.app.vault.getAbstractFileByPath(file.path + path.slice(oldPath.length));
				if (moved instanceof TFile) this.readAndPut(moved);
			}
			return;
		}
		this.bump(oldPath);
		this.put(oldPath, null);
		if (file instanceof TFile) this.readAndPut(file);
	}

	private onDelete(file: TAbstractFile): void {
		if (this.state === "cold") return;
		// The path itself even when it is not indexed: a build or a read in flight may hold it, and
		// the bump and the `touched` mark are what keep their late result out.
		const paths = new Set([file.path]);
		for (const path of this.notes.keys()) if (path.startsWith(file.path + "/")) paths.add(path);
		for (const path of paths) {
			this.bump(path);
			this.put(path, null);
		}
	}

	/**
	 * Reads one note and (re)indexes it unless a newer event for the same path arrived meanwhile,
	 * or the file was renamed (its TFile's path changed; the rename read it again), and with the
	 * settings of when the read lands: excluded folders may have changed since it started.
	 */
	private readAndPut(file: TFile, track = true): void {
		const path = file.path;
		const settings = this.settings();
		const version = this.bump(path);
		if (!isIndexablePath(path, settings.excludeFolders) || !this.mayBeTagged(file, settings)) {
			this.put(path, null);
			return;
		}
		this.versions.set(path, version);
		const read = this.app.vault.cachedRead(file).then(
			(text) => text,
			(e: unknown) => e,
		);
		const landed = read.then((text) => {
			if (this.versions.get(path) !== version) return;
			this.versions.delete(path);
			if (file.path !== path) return;
			const now = this.settings();
			this.put(path, isIndexablePath(path, now.excludeFolders) ? this.parse(path, text, now) : null);
		});
		// Waited for at most a stall's length: `settled()` (and the commands awaiting it) must not
		// hang on a note the vault never hands over; its answer still lands whenever it comes.
		if (track) void this.track(settleWithin(landed, this.readStallMs));
	}

	private put(path: string, iv: Interview | null): void {
		if (this.state === "building") this.touched.add(path);
		const old = this.notes.get(path);
		if (!iv) {
			if (this.notes.delete(path)) this.changed(path);
			return;
		}
		// Typing outside the sections re-parses to an equal result: keep the old object so views skip it.
		if (old && JSON.stringify(old) === JSON.stringify(iv)) return;
		this.notes.set(path, iv);
		this.changed(path);
	}

	/** Parses read text; a failed read or a parser bug becomes a warning on that note, never a throw. */
	private parse(path: string, text: unknown, settings: EngineSettings): Interview | null {
		if (typeof text !== "string") return failed(path, `could not read the note (${describeError(text)})`);
		try {
			return parseNote(path, text, settings);
		} catch (e) {
			return failed(path, `the parser failed (${describeError(e)})`);
		}
	}

	/** Pre-filter from the metadata cache; a note Obsidian has not parsed yet is read to be sure. */
	private mayBeTagged(file: TFile, settings: EngineSettings): boolean {
		const cache = this.app.metadataCache.getFileCache(file);
		return cache === null || this.tagged(cache, settings);
	}

	private tagged(cache: CachedMetadata, settings: EngineSettings): boolean {
		return mayCarryTag(cache, settings.tag);
	}

	/** Makes any read out for `path` stale; returns a number no read has had, for a new one. */
	private bump(path: string): number {
		this.versions.delete(path);
		return ++this.seq;
	}

	private changed(path: string | null): void {
		this.revision++;
		this.sorted = null;
		if (path === null) this.pending = null;
		else this.pending?.add(path);
		if (this.scheduled) return;
		this.scheduled = true;
		this.schedule(() => {
			if (this.scheduled) this.flush();
		});
	}

	private track<T>(p: Promise<T>): Promise<T> {
		this.inflight.add(p);
		const done = () => void this.inflight.delete(p);
		p.then(done, done);
		return p;
	}
}

function failed(path: string, why: string): Interview {
	const title = (path.split("/").pop() ?? path).replace(/\.md$/i, "");
	return { path, title, date: null, company: null, role: null, meta: {}, struggles: [], actionItems: [], warnings: [`Not indexed: ${why}`] };
}

function describeError(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
