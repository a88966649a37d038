import { Component, Notice, TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { BLOCK_ID_PREFIX, findBlockLines } from "../core/block-ids";
import { findCopyLines, setCopyStates, type CopyLine } from "../core/sync/copy-lines";
import { sourceStates } from "../core/sync/source-states";
import { SyncState, type CopyChange } from "../core/sync/sync-state";
import { toggleAction } from "../core/sync/toggle-action";
import { WriteLedger } from "../core/sync/write-ledger";
import { blockRefusal, copySyncNotice, refusalWhy } from "../core/sync/sync-messages";
import type { Step } from "../core/model";
import type { SectionSettings } from "../core/toggle/checkables";
import { READ_STALL_MS, rejectAfter } from "./read-notes";

/**
 * An edit of one note's text: the new text and sentences about what could not be done. `keep`:
 * ids whose line the user changed in this note before the sync heard of it; theirs is the newer
 * action, so the edit leaves those lines alone.
 */
type Edit = (text: string, keep: ReadonlySet<string>) => { text: string; problems: string[] };

/**
 * Keeps prep-note copies and their source lines in step. A copy is a task line linking to a
 * source line by block id (`[[Source#^igt-…]]`). Ticking a copy ticks the source (found by its
 * block id, wherever it moved) and then every other copy; ticking the source, in the editor or
 * the pane, ticks every copy. Changes are found by comparing each note with what was last seen,
 * the plugin's own writes are recognised by their exact text and not propagated again, and a
 * note already in the wanted state is not written: one tick is at most one write per note.
 * The newest action on a line wins: a queued push that a later edit of the same line superseded is
 * dropped, and a user's save found on disk when the sync writes a note is learnt and kept.
 */
export class PrepSync extends Component {
	private state = new SyncState();
	private ledger = new WriteLedger();
	private ready = false;
	private queue: Promise<void> = Promise.resolve();
	/** Copy edits (by note and block id) whose push to the source is queued and not yet running. */
	private queuedPushes = new Map<string, number>();
	/** During the start-up scan: the last text Obsidian reported for each note (see `scan`). */
	private scanEvents: Map<string, string> | null = null;
	/** Writes this service made, by path (tests and the bench count them). */
	readonly writes = new Map<string, number>();
	/**
	 * How long one vault call may take before the sync gives up on it: every sync runs in one queue,
	 * so a note that never answers (a cloud placeholder) would otherwise stop syncing for the session.
	 */
	stallMs = READ_STALL_MS;

	constructor(
		private readonly app: App,
		private readonly settings: () => SectionSettings,
	) {
		super();
	}

	onload(): void {
		const { metadataCache, vault, workspace } = this.app;
		this.registerEvent(metadataCache.on("changed", (file, data) => this.onChanged(file, data)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
		this.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
		// Obsidian keeps a layout-ready callback after the plugin unloads: an unloaded sync must not scan.
		let live = true;
		this.register(() => (live = false));
		workspace.onLayoutReady(() => {
			if (!live) return;
			this.ready = true;
			void this.enqueue(() => this.scan());
		});
	}

	onunload(): void {
		this.ready = false;
	}

	/** Resolves once every queued sync has been written (tests, bench). */
	async settled(): Promise<void> {
		for (let q = this.queue; ; q = this.queue) {
			await q;
			if (q === this.queue) return;
		}
	}

	private onChanged(file: TFile, data: string): void {
		if (!this.ready) return;
		this.scanEvents?.set(file.path, data);
		// Our own write coming back: its states were learnt when it was written.
		if (this.ledger.consume(file.path, data)) return;
		const copies = findCopyLines(data);
		const fromCopies = this.state.updateCopies(file.path, copies);
		const fromSource = this.state.updateSource(file.path, sourceStates(data));
		const unknown = copies.map((c) => this.resolve(c.link, file.path)).filter((p): p is string => p !== null && !this.state.knowsSource(p));
		if (unknown.length > 0) void this.enqueue(async () => void (await this.learnSources(new Set(unknown))));
		if (fromCopies.length > 0) this.queuePushToSources(file.path, fromCopies);
		if (fromSource.size > 0) void this.enqueue(() => this.pushToCopies(file.path, fromSource));
	}

	private queuePushToSources(prepPath: string, changes: readonly CopyChange[]): void {
		for (const c of changes) this.countQueued(prepPath, c.id, 1);
		void this.enqueue(() => {
			for (const c of changes) this.countQueued(prepPath, c.id, -1);
			return this.pushToSources(prepPath, changes);
		});
	}

	private countQueued(path: string, id: string, by: number): void {
		const key = `${path}\u0000${id}`;
		const n = (this.queuedPushes.get(key) ?? 0) + by;
		if (n > 0) this.queuedPushes.set(key, n);
		else this.queuedPushes.delete(key);
	}

	/** A copy the user changed whose push is still queued: writing the source's state over it would undo their action. */
	private hasQueuedPush(path: string, id: string): boolean {
		return this.queuedPushes.has(`${path}\u0000${id}`);
	}

	/**
	 * Learns a user's save found on disk when the sync is about to write that note, before Obsidian
	 * reported it: its changes are queued like any other, its text goes in the ledger so its late
	 * event is not taken for a new change, and the ids it changed are returned for the write to keep.
	 */
	private absorb(path: string, text: string): Set<string> {
		const fromCopies = this.state.updateCopies(path, findCopyLines(text));
		const fromSource = this.state.updateSource(path, sourceStates(text));
		const ids = new Set([...fromCopies.map((c) => c.id), ...fromSource.keys()]);
		if (ids.size === 0) return ids;
		this.ledger.expect(path, text);
		if (fromCopies.length > 0) this.queuePushToSources(path, fromCopies);
		if (fromSource.size > 0) void this.enqueue(() => this.pushToCopies(path, fromSource));
		return ids;
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		this.state.rename(oldPath, file.path);
		this.ledger.rename(oldPath, file.path);
	}

	private onDelete(file: TAbstractFile): void {
		this.state.delete(file.path);
		this.ledger.delete(file.path);
	}

	/** Learns every copy in the vault (notes whose cached links point at one of our block ids) and their sources. */
	private async scan(): Promise<void> {
		const { vault, metadataCache } = this.app;
		const sources = new Set<string>();
		const found: { file: TFile; copies: CopyLine[] }[] = [];
		const holders = vault.getMarkdownFiles().filter((f) => mayHoldCopies(metadataCache.getFileCache(f)));
		// Each note is learnt as its read answers, so a tick made in it while another read is still
		// out is a change, not a baseline. A note Obsidian reported while its own read was out: the
		// read is the older text, and what the report changed from it is pushed.
		this.scanEvents = new Map();
		try {
			await this.readAll(holders, (file, text, reported) => {
				const copies = findCopyLines(text);
				const before = this.state.updateCopies(file.path, copies);
				const changes = reported === undefined ? before : this.state.updateCopies(file.path, findCopyLines(reported));
				if (changes.length > 0) this.queuePushToSources(file.path, changes);
				const now = reported === undefined ? copies : findCopyLines(reported);
				if (now.length > 0) found.push({ file, copies: now });
				for (const c of now) sources.add(this.resolve(c.link, file.path) ?? "");
			});
		} finally {
			this.scanEvents = null;
		}
		sources.delete("");
		await this.reconcile(found, await this.learnSources(sources, true));
	}

	/**
	 * Reads the files several at a time, calling `onRead` as each text arrives: one note that does
	 * not answer (it is left out) must cost the start-up one wait of `stallMs`, not one per such note in turn.
	 */
	private async readAll(files: readonly TFile[], onRead: (file: TFile, text: string, reported?: string) => void): Promise<void> {
		for (let i = 0; i < files.length; i += SCAN_READS) {
			const batch = files.slice(i, i + SCAN_READS).map((f) => {
				const seen = this.scanEvents?.get(f.path);
				return this.limit(this.app.vault.cachedRead(f)).then(
					(text) => {
						// `reported`: the text of a change Obsidian reported while this read was out.
						const now = this.scanEvents?.get(f.path);
						onRead(f, text, now !== seen ? now : undefined);
					},
					() => {},
				);
			});
			await Promise.all(batch);
		}
	}

	/**
	 * Copies and sources that disagree at start-up were changed while the plugin was off (another
	 * device without it, another editor). A ticked source ticks its copies: a copy only mirrors it.
	 * A ticked copy of an open source may be a tick made there or an untick made in the source, and
	 * which came last cannot be told (file times change for any edit), so the interview note is not
	 * written: one Notice names the prep notes instead.
	 */
	private async reconcile(found: readonly { file: TFile; copies: CopyLine[] }[], sourceTexts: ReadonlyMap<string, string>): Promise<void> {
		const sourceTicks = new Map<string, Map<string, boolean>>();
		const unsure = new Map<string, number>();
		for (const { file, copies } of found) {
			for (const c of copies) {
				const path = this.resolve(c.link, file.path);
				const ticked = path === null ? undefined : this.state.sourceState(path, c.id);
				// As learnt by now: a copy changed during start-up has its own push queued, and is no
				// leftover from while the plugin was off.
				const checked = this.state.copyState(file.path, c.id) ?? c.checked;
				if (path === null || ticked === undefined || ticked === checked || this.hasQueuedPush(file.path, c.id)) continue;
				if (ticked) sourceTicks.set(path, (sourceTicks.get(path) ?? new Map<string, boolean>()).set(c.id, true));
				// A tick its source refused when it was made (line moved out of the action items, id on
				// two lines) was reported then; re-ticking would not help, so it is not counted here.
				else if (this.canTake(sourceTexts.get(path), c.id)) unsure.set(file.path, (unsure.get(file.path) ?? 0) + 1);
			}
		}
		for (const [path, ticks] of sourceTicks) await this.pushToCopies(path, ticks);
		if (unsure.size > 0) new Notice(unsureNotice(unsure));
	}

	/** Learns the sources not known yet; returns the texts read, by path. */
	private async learnSources(paths: ReadonlySet<string>, readKnown = false): Promise<Map<string, string>> {
		const files: TFile[] = [];
		for (const path of paths) {
			const file = this.app.vault.getAbstractFileByPath(path);
			if (file instanceof TFile && (readKnown || !this.state.knowsSource(path))) files.push(file);
		}
		const out = new Map<string, string>();
		// A note that does not answer stays unknown: its first change is learnt as a baseline. One
		// already known (a change reported during start-up) is read only for its text.
		await this.readAll(files, (file, text) => {
			if (!this.state.knowsSource(file.path)) this.state.updateSource(file.path, sourceStates(text));
			out.set(file.path, text);
		});
		return out;
	}

	/** Whether ticking the line holding block `id` in `text` would be done, not refused. */
	private canTake(text: string | undefined, id: string): boolean {
		if (text === undefined) return false;
		const at = findBlockLines(text, id);
		return at.length === 1 && toggleAction(text, { line: at[0] ?? 0 }, "on", this.settings()).ok;
	}

	/** Ticks or unticks the source lines of changed copies, then brings every copy in line. */
	private async pushToSources(prepPath: string, changes: readonly CopyChange[]): Promise<void> {
		const bySource = new Map<string, Map<string, CopyChange>>();
		for (const c of changes) {
			// Ticked, then unticked before this ran: the later edit's own push carries the state.
			if ((this.state.copyState(prepPath, c.id) ?? c.checked) !== c.checked) continue;
			const source = this.resolve(c.link, prepPath);
			if (source === null) {
				new Notice(copySyncNotice(c.checked, c.text, `“${c.link}”`, "the prep note links to a note that is not in this vault."));
				continue;
			}
			const wanted = bySource.get(source) ?? new Map<string, CopyChange>();
			wanted.set(c.id, c);
			bySource.set(source, wanted);
		}
		// Steps this prep note carries no copy of were done before it was made: an untick keeps them.
		const carried = (step: Step) => step.blockId !== null && this.state.copyState(prepPath, step.blockId) !== undefined;
		for (const [source, wanted] of bySource) {
			const edit: Edit = (text, keep) => {
				let out = text;
				const problems: string[] = [];
				for (const [id, { checked, text: copy }] of wanted) {
					if (keep.has(id)) continue;
					const at = findBlockLines(out, id);
					const line = at.length === 1 ? (at[0] ?? 0) : 0;
					const r = line > 0 ? toggleAction(out, { line }, checked ? "on" : "off", this.settings(), (step) => !carried(step)) : null;
					if (r?.ok) out = r.text;
					else {
						const detail = r ? refusalWhy(r.reason, r.message) : blockRefusal(at.length === 0 ? "not-found" : "ambiguous", id, at.length);
						problems.push(copySyncNotice(checked, copy, source, detail));
					}
				}
				return { text: out, problems };
			};
			const changed = await this.write(source, edit, `Couldn't sync ticks from ${prepPath} to ${source}`);
			if (changed.size > 0) await this.pushToCopies(source, changed);
		}
	}

	/** Sets every copy of the changed source lines to the source's state; copies already there are not written. */
	private async pushToCopies(sourcePath: string, changes: ReadonlyMap<string, boolean>): Promise<void> {
		const holders = new Set<string>();
		for (const id of changes.keys()) for (const p of this.state.holdersOf(id)) holders.add(p);
		// A source line changed again since: the newer change has its own push queued.
		const current = (id: string) => changes.has(id) && (this.state.sourceState(sourcePath, id) ?? changes.get(id)) === changes.get(id);
		for (const path of holders) {
			const edit: Edit = (text, keep) => ({
				text: setCopyStates(text, (c) =>
					current(c.id) && !keep.has(c.id) && !this.hasQueuedPush(path, c.id) && this.resolve(c.link, path) === sourcePath ? changes.get(c.id) : undefined,
				).text,
				problems: [],
			});
			await this.write(path, edit, `Couldn't update the copies in ${path}`);
		}
	}

	/**
	 * Applies `edit` through `vault.process` unless it would change nothing, records the result as
	 * the plugin's own write, learns the note's new states and returns its source lines that changed.
	 */
	private async write(path: string, edit: Edit, failure: string): Promise<Map<string, boolean>> {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) return new Map();
		const result: { written: string | null; problems: string[] } = { written: null, problems: [] };
		const keep = new Set<string>();
		const absorb = (text: string) => {
			for (const id of this.absorb(path, text)) keep.add(id);
		};
		try {
			// Only the read is given up on: a note the vault does not hand over (a cloud placeholder)
			// stalls there. Once read, the note is local, and a write the sync stopped waiting for
			// could still land later, behind a Notice saying it failed.
			const current = await this.limit(this.app.vault.read(file));
			absorb(current);
			const dry = edit(current, keep);
			result.problems = dry.problems;
			if (dry.text !== current) {
				await this.app.vault.process(file, (text) => {
					absorb(text);
					const r = edit(text, keep);
					result.problems = r.problems;
					result.written = r.text === text ? null : r.text;
					if (result.written !== null) this.ledger.expect(path, result.written);
					return r.text;
				});
			}
		} catch (e) {
			if (result.written !== null) this.ledger.cancel(path, result.written);
			result.written = null;
			result.problems.push(`${failure}: the write failed (${e instanceof Error ? e.message : String(e)}).`);
		}
		const { written, problems } = result;
		for (const p of problems) new Notice(p);
		if (written === null) return new Map();
		this.writes.set(path, (this.writes.get(path) ?? 0) + 1);
		this.state.updateCopies(path, findCopyLines(written));
		return this.state.updateSource(path, sourceStates(written));
	}

	/** The note a link points at, seen from `from` (`[[#^id]]` is `from` itself). */
	private resolve(link: string, from: string): string | null {
		if (link === "") return from;
		return this.app.metadataCache.getFirstLinkpathDest(link, from)?.path ?? null;
	}

	private enqueue(job: () => Promise<void>): Promise<void> {
		// A job queued before the plugin unloaded must not write after it.
		const run = () => (this.ready ? job() : undefined);
		this.queue = this.queue.then(run).catch((e: unknown) => console.error("Interview gap tracker: prep-note sync failed", e));
		return this.queue;
	}

	/** `work`, or a rejection saying the note did not answer once it has taken `stallMs`. */
	private limit<T>(work: Promise<T>): Promise<T> {
		const seconds = Math.max(1, Math.round(this.stallMs / 1000));
		return rejectAfter(work, this.stallMs, () => new Error(`the note did not answer within ${seconds} s`));
	}
}

/** "2 ticked copies in Prep/A.md and Prep/B.md differ from their interview notes…". */
function unsureNotice(byNote: ReadonlyMap<string, number>): string {
	const n = [...byNote.values()].reduce((a, b) => a + b, 0);
	const notes = [...byNote.keys()];
	const where = notes.length <= 3 ? notes.join(", ") : `${notes.slice(0, 3).join(", ")} and ${notes.length - 3} more`;
	const one = n === 1;
	return (
		`${one ? "1 ticked copy" : `${n} ticked copies`} in ${where} ${one ? "differs from its interview note" : "differ from their interview notes"}, ` +
		`ticked or unticked while the plugin was off. Nothing was synced; untick and tick ${one ? "it" : "them"} again to sync.`
	);
}

/** Reads at once during the start-up scan. */
const SCAN_READS = 16;

/** Whether a note can hold copies, from its cached links; a note not parsed yet is read to be sure. */
function mayHoldCopies(cache: CachedMetadata | null): boolean {
	return cache === null || (cache.links ?? []).some((l) => l.link.includes(`#^${BLOCK_ID_PREFIX}`));
}
