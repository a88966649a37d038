/**
 * `MetadataCache` whose entries come from parsing the vault's text (see fake-metadata-parse.ts).
 * Like Obsidian it fires `changed` (file, data, cache) after a create or modify, `deleted` after a
 * delete, nothing but a key move on rename, and `resolved` once everything is indexed.
 * Like Obsidian, `changed` comes later than the write: each create or modify queues a parse job,
 * jobs run one at a time a macrotask later, and each reads the file as it is then (two quick
 * writes give two events carrying the second text). `settled()` waits for the queue; `sync`
 * mode (the bench) fires inside the write instead.
 * https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache
 */
import type { CachedMetadata } from "obsidian";
import { Events } from "./fake-events";
import { parseCachedMetadata } from "./fake-metadata-parse";
import { TFile, type TAbstractFile, type Vault } from "./fake-vault";

export class MetadataCache extends Events {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private caches = new Map<string, CachedMetadata>();
	private vault: Vault;
	private jobs: Promise<void> = Promise.resolve();
	private queued = 0;
	/** Fire `changed` inside the write, as this fake used to: the bench times the plugin alone. */
	static sync = false;

	constructor(vault: Vault) {
		super();
		this.vault = vault;
		vault.on("create", (f) => this.update(f as TAbstractFile));
		vault.on("modify", (f) => this.update(f as TAbstractFile));
		vault.on("delete", (f) => {
			const file = f as TAbstractFile;
			const prev = this.caches.get(file.path) ?? null;
			if (!this.caches.delete(file.path)) return;
			this.trigger("deleted", file, prev);
		});
		vault.on("rename", (f, oldPath) => {
			const cache = this.caches.get(oldPath as string);
			if (!cache) return;
			this.caches.delete(oldPath as string);
			this.caches.set((f as TAbstractFile).path, cache);
		});
	}

	/** Test helper: parses every Markdown file, as Obsidian does while the app starts. */
	indexAll(): void {
		for (const f of this.vault.getMarkdownFiles()) this.caches.set(f.path, parseCachedMetadata(this.vault.contentOf(f.path) ?? ""));
		this.trigger("resolved");
	}

	/** Test helper: drops a file's cache, as for a note Obsidian has not parsed yet. */
	forget(path: string): void {
		this.caches.delete(path);
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const path = linkpath.endsWith(".md") ? linkpath : linkpath + ".md";
		return this.vault.getFileByPath(path) ?? this.vault.getMarkdownFiles().find((f) => f.basename === linkpath) ?? null;
	}

	/** Test helper: parses queued and not yet reported. */
	get pending(): number {
		return this.queued;
	}

	/** Test helper: resolves once every queued parse has fired its `changed`. */
	async settled(): Promise<void> {
		while (this.queued > 0) await this.jobs;
	}

	private update(file: TAbstractFile): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		if (MetadataCache.sync) return this.parse(file);
		this.queued++;
		this.jobs = this.jobs.then(
			() =>
				new Promise<void>((done) =>
					setTimeout(() => {
						this.queued--;
						// A file deleted or renamed before its turn: Obsidian parses what is at the path now.
						if (this.vault.getFileByPath(file.path) === file) this.parse(file);
						done();
					}, 0),
				),
		);
	}

	private parse(file: TFile): void {
		const data = this.vault.contentOf(file.path) ?? "";
		const cache = parseCachedMetadata(data);
		this.caches.set(file.path, cache);
		this.trigger("changed", file, data, cache);
		this.trigger("resolved");
	}
}
