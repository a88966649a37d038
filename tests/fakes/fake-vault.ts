/**
 * `Vault` over an in-memory file map, with the events Obsidian fires. Reads can be routed to
 * another source (the bench reads from disk, as Obsidian's `cachedRead` does for closed files).
 * https://docs.obsidian.md/Reference/TypeScript+API/Vault
 */
import { Events } from "./fake-events";

export abstract class TAbstractFile {
	vault: Vault;
	path: string;
	name: string;
	parent: TFolder | null;

	constructor(vault: Vault, path: string, parent: TFolder | null) {
		this.vault = vault;
		this.path = path;
		this.name = path.split("/").pop() ?? path;
		this.parent = parent;
	}
}

export class TFile extends TAbstractFile {
	stat = { ctime: 0, mtime: 0, size: 0 };
	get basename(): string {
		const dot = this.name.lastIndexOf(".");
		return dot > 0 ? this.name.slice(0, dot) : this.name;
	}
	get extension(): string {
		const dot = this.name.lastIndexOf(".");
		return dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

export interface VaultOptions {
	/** Where `read`/`cachedRead` get text; defaults to the in-memory map. */
	reader?: (path: string) => Promise<string>;
}

export class Vault extends Events {
	private texts = new Map<string, string>();
	private entries = new Map<string, TAbstractFile>();
	private root: TFolder;
	private reader: ((path: string) => Promise<string>) | undefined;
	private clock = 1;

	constructor(options: VaultOptions = {}) {
		super();
		this.root = new TFolder(this, "/", null);
		this.reader = options.reader;
	}

	/** Test helper: loads files silently, as they exist before Obsidian starts. */
	seed(files: Record<string, string> | Iterable<{ path: string; text: string }>): void {
		const list = Symbol.iterator in files ? [...(files as Iterable<{ path: string; text: string }>)] : Object.entries(files).map(([path, text]) => ({ path, text }));
		for (const f of list) this.put(f.path, f.text);
	}

	/** Test helper: the current bytes of a file, without counting as a read. */
	contentOf(path: string): string | undefined {
		return this.texts.get(path);
	}

	getName(): string {
		return "Fake vault";
	}
	getRoot(): TFolder {
		return this.root;
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.entries.get(path) ?? null;
	}
	getFileByPath(path: string): TFile | null {
		const f = this.entries.get(path);
		return f instanceof TFile ? f : null;
	}
	getFolderByPath(path: string): TFolder | null {
		const f = path === "/" || path === "" ? this.root : this.entries.get(path);
		return f instanceof TFolder ? f : null;
	}
	getFiles(): TFile[] {
		return [...this.entries.values()].filter((f): f is TFile => f instanceof TFile);
	}
	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}
	getAllLoadedFiles(): TAbstractFile[] {
		return [this.root, ...this.entries.values()];
	}

	async read(file: TFile): Promise<string> {
		return this.readText(file);
	}
	async cachedRead(file: TFile): Promise<string> {
		return this.readText(file);
	}

	/** Atomic read-modify-write, as Obsidian's `process`. */
	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		const next = fn(this.must(file.path));
		this.write(file, next);
		return next;
	}

	async create(path: string, data: string): Promise<TFile> {
		if (this.entries.has(path)) throw new Error("File already exists.");
		const file = this.put(path, data);
		this.trigger("create", file);
		return file;
	}

	async modify(file: TFile, data: string): Promise<void> {
		this.must(file.path);
		this.write(file, data);
	}

	async createFolder(path: string): Promise<TFolder> {
		if (this.entries.has(path)) throw new Error("Folder already exists.");
		const folder = this.folder(path);
		this.trigger("create", folder);
		return folder;
	}

	/** A folder's descendants move with it; each fires its own `rename` after the folder's. */
	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		if (this.entries.has(newPath)) throw new Error("Destination file already exists!");
		const moved: [TAbstractFile, string][] = [];
		const move = (f: TAbstractFile, to: string) => {
			const oldPath = f.path;
			this.entries.delete(oldPath);
			f.path = to;
			f.name = to.split("/").pop() ?? to;
			this.entries.set(to, f);
			const text = this.texts.get(oldPath);
			if (text !== undefined) {
				this.texts.delete(oldPath);
				this.texts.set(to, text);
			}
			moved.push([f, oldPath]);
			if (f instanceof TFolder) for (const c of f.children) move(c, to + "/" + c.name);
		};
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		move(file, newPath);
		this.entries.delete(newPath);
		this.attach(file);
		for (const [f, oldPath] of moved) this.trigger("rename", f, oldPath);
	}

	async delete(file: TAbstractFile): Promise<void> {
		if (file instanceof TFolder) for (const child of [...file.children]) await this.delete(child);
		this.detach(file);
		this.texts.delete(file.path);
		this.trigger("delete", file);
	}

	async trash(file: TAbstractFile): Promise<void> {
		await this.delete(file);
	}

	private readText(file: TFile): Promise<string> {
		if (this.reader) return this.reader(file.path);
		return Promise.resolve(this.must(file.path));
	}

	private must(path: string): string {
		const text = this.texts.get(path);
		if (text === undefined) throw new Error(`ENOENT: no such file '${path}'`);
		return text;
	}

	private write(file: TFile, data: string): void {
		this.texts.set(file.path, data);
		file.stat = { ...file.stat, mtime: this.clock++, size: data.length };
		this.trigger("modify", file);
	}

	private put(path: string, text: string): TFile {
		const existing = this.entries.get(path);
		const file = existing instanceof TFile ? existing : new TFile(this, path, null);
		if (!existing) this.attach(file);
		this.texts.set(path, text);
		file.stat = { ctime: this.clock, mtime: this.clock++, size: text.length };
		return file;
	}

	private folder(path: string): TFolder {
		if (path === "" || path === "/") return this.root;
		const f = this.entries.get(path);
		if (f instanceof TFolder) return f;
		const folder = new TFolder(this, path, null);
		this.attach(folder);
		return folder;
	}

	private attach(file: TAbstractFile): void {
		const slash = file.path.lastIndexOf("/");
		const parent = this.folder(slash > 0 ? file.path.slice(0, slash) : "/");
		file.parent = parent;
		parent.children.push(file);
		this.entries.set(file.path, file);
	}

	private detach(file: TAbstractFile): void {
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		this.entries.delete(file.path);
	}
}
