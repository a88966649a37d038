/**
 * `Workspace`, `WorkspaceLeaf`, `View`, `ItemView` and a minimal Markdown view. Leaves open views
 * through the creators plugins register; a leaf can start deferred (restored but not loaded),
 * as Obsidian 1.7+ does for background tabs, until `loadIfDeferred` or `revealLeaf`.
 * https://docs.obsidian.md/Reference/TypeScript+API/Workspace
 */
import type { ViewState, ViewStateResult } from "obsidian";
import { Component, Events } from "./fake-events";
import type { App } from "./fake-plugin";
import type { TFile } from "./fake-vault";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export abstract class View extends Component {
	app: App;
	leaf: WorkspaceLeaf;
	icon = "";
	navigation = false;
	containerEl: HTMLElement;
	scope = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = document.createElement("div");
		this.containerEl.addClass("workspace-leaf-content");
	}

	/** Obsidian-internal: loads the component, then `onOpen`. */
	async open(): Promise<void> {
		this.load();
		await this.onOpen();
	}

	/** Obsidian-internal: `onClose`, then unloads. */
	async close(): Promise<void> {
		await this.onClose();
		this.unload();
	}

	protected async onOpen(): Promise<void> {}
	protected async onClose(): Promise<void> {}
	abstract getViewType(): string;
	abstract getDisplayText(): string;
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(state: unknown, result: ViewStateResult): Promise<void> {
	}
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	setEphemeralState(state: unknown): void {
	}
	getIcon(): string {
		return this.icon;
	}
	onResize(): void {}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.containerEl.createDiv("view-header");
		this.contentEl = this.containerEl.createDiv("view-content");
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.containerEl.createEl("a", { cls: "view-action", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", (e) => callback(e));
		return el;
	}
}

/** The view a leaf shows after `openFile`: remembers the file and the ephemeral state (line). */
export class MarkdownView extends ItemView {
	file: TFile | null = null;
	eState: Record<string, unknown> = {};
	getViewType(): string {
		return "markdown";
	}
	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
	getState(): Record<string, unknown> {
		return { file: this.file?.path ?? null };
	}
	setEphemeralState(state: unknown): void {
		this.eState = { ...(state as Record<string, unknown>) };
	}
}

class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
}

export class WorkspaceLeaf extends Events {
	app: App;
	view: View;
	/** Test helper: "main", "right" or "left". */
	side: string;
	private deferred: ViewState | null;

	constructor(app: App, side = "main", deferred: ViewState | null = null) {
		super();
		this.app = app;
		this.side = side;
		this.deferred = deferred;
		this.view = new EmptyView(this);
	}

	get isDeferred(): boolean {
		return this.deferred !== null;
	}

	/** Test helper: the view type, also for a deferred leaf. */
	get viewType(): string {
		return this.deferred?.type ?? this.view.getViewType();
	}

	async loadIfDeferred(): Promise<void> {
		const state = this.deferred;
		if (!state) return;
		this.deferred = null;
		await this.setViewState(state);
	}

	async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
		const creator = viewState.type === "markdown" ? (l: WorkspaceLeaf) => new MarkdownView(l) : this.app.workspace.viewCreator(viewState.type);
		if (!creator) throw new Error(`No view registered for type '${viewState.type}'`);
		await this.view.close();
		this.view = creator(this);
		await this.view.open();
		await this.view.setState(viewState.state ?? {}, { history: false });
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
		if (eState !== undefined) this.view.setEphemeralState(eState);
	}

	getViewState(): ViewState {
		if (this.deferred) return this.deferred;
		return { type: this.view.getViewType(), state: this.view.getState() };
	}

	async openFile(file: TFile, openState?: { state?: Record<string, unknown>; eState?: Record<string, unknown>; active?: boolean }): Promise<void> {
		await this.setViewState({ type: "markdown", state: { file: file.path, ...openState?.state }, active: openState?.active });
		(this.view as MarkdownView).file = file;
		if (openState?.eState) this.view.setEphemeralState(openState.eState);
	}

	getEphemeralState(): unknown {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	detach(): void {
		void this.view.close();
		this.app.workspace.removeLeaf(this);
	}
}

export class Workspace extends Events {
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	containerEl: HTMLElement | null = typeof document === "undefined" ? null : document.createElement("div");
	/** Test helper: every leaf, in creation order. */
	leaves: WorkspaceLeaf[] = [];
	/** Test helper: every `openLinkText` call. */
	openedLinks: { linktext: string; sourcePath: string; newLeaf: unknown; eState: Record<string, unknown> | undefined }[] = [];
	private app: App;
	private creators = new Map<string, ViewCreator>();
	private readyCallbacks: (() => unknown)[] = [];

	constructor(app: App) {
		super();
		this.app = app;
	}

	/** Test helper: how often a view asked for its state to be saved. */
	saveLayoutRequests = 0;

	requestSaveLayout(): void {
		this.saveLayoutRequests++;
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	/** Test helper: what Obsidian does once the workspace is restored. */
	setLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
		this.trigger("layout-change");
	}

	/** Obsidian-internal (viewRegistry): used by `Plugin.registerView`. */
	registerViewType(type: string, creator: ViewCreator): void {
		this.creators.set(type, creator);
	}
	unregisterViewType(type: string): void {
		this.creators.delete(type);
	}
	viewCreator(type: string): ViewCreator | undefined {
		return this.creators.get(type);
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.viewType === viewType);
	}

	/** Test helper: a leaf restored from the saved layout but not loaded yet. */
	addDeferredLeaf(state: ViewState, side = "right"): WorkspaceLeaf {
		return this.addLeaf(new WorkspaceLeaf(this.app, side, state));
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		await leaf.loadIfDeferred();
		this.setActiveLeaf(leaf);
	}

	getRightLeaf(split: boolean): WorkspaceLeaf {
		return this.addLeaf(new WorkspaceLeaf(this.app, "right"));
	}

	getLeftLeaf(split: boolean): WorkspaceLeaf {
		return this.addLeaf(new WorkspaceLeaf(this.app, "left"));
	}

	getLeaf(newLeaf?: unknown): WorkspaceLeaf {
		const reuse = !newLeaf && this.leaves.find((l) => l.side === "main");
		return reuse || this.addLeaf(new WorkspaceLeaf(this.app, "main"));
	}

	async openLinkText(linktext: string, sourcePath: string, newLeaf?: unknown, openViewState?: { eState?: Record<string, unknown>; active?: boolean }): Promise<void> {
		this.openedLinks.push({ linktext, sourcePath, newLeaf, eState: openViewState?.eState });
		const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
		if (!file) return;
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}

	setActiveLeaf(leaf: WorkspaceLeaf): void {
		this.activeLeaf = leaf;
		this.lastActiveFile();
		this.trigger("active-leaf-change", leaf);
	}

	private lastFile: TFile | null = null;

	/**
	 * The file in the active Markdown tab; while another view (the tracker, a sidebar) is focused,
	 * the most recently active file, as Obsidian's docs say. Null once that file is gone.
	 */
	getActiveFile(): TFile | null {
		return this.lastActiveFile();
	}

	private lastActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof MarkdownView && view.file) this.lastFile = view.file;
		if (this.lastFile && this.app.vault.getFileByPath(this.lastFile.path) !== this.lastFile) this.lastFile = null;
		return this.lastFile;
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const l of [...this.leaves]) callback(l);
	}

	detachLeavesOfType(viewType: string): void {
		for (const l of this.getLeavesOfType(viewType)) l.detach();
	}

	/** Obsidian-internal: a leaf leaves the layout. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((l) => l !== leaf);
		if (this.activeLeaf === leaf) this.activeLeaf = null;
	}

	private addLeaf(leaf: WorkspaceLeaf): WorkspaceLeaf {
		this.leaves.push(leaf);
		return leaf;
	}
}
