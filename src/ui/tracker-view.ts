import { Component, ItemView, type TAbstractFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { DEFAULT_TRACKER_FILTER } from "../core/view-model/tracker-filter";
import { buildTrackerModel } from "../core/view-model/tracker-model";
import { DEFAULT_VIEW_STATE, readViewState, type TrackerViewState } from "../core/view-model/view-state";
import { renderBuilding, renderEmptyState, renderNoMatch } from "./empty-state";
import { keepFocus } from "./focus-keeper";
import { GapsSection } from "./render-gaps";
import type { TrackerContext } from "./tracker-context";
import { TrackerHeader } from "./tracker-header";
import { TrackerRenderer } from "./tracker-renderer";

/** Never changes after release: saved workspaces refer to it. */
export const VIEW_TYPE_TRACKER = "interview-gap-tracker";
export const TRACKER_ICON = "list-checks";
/** Interviews per section before "Show more": keeps the first paint small in large vaults. */
export const PAGE_SIZE = 50;
/** Gaps listed before "Show all". */
export const GAPS_SHOWN = 5;

/** `<section>|interview:<path>`: how the renderer keys a note's group, so its fold can follow the note. */
const NOTE_FOLD = /^([^|]*)\|interview:(.*)$/s;

/** The gap tracker pane: a thin shell that renders the view model from the index. */
export class TrackerView extends ItemView {
	icon = TRACKER_ICON;
	private view: TrackerViewState = { ...DEFAULT_VIEW_STATE, collapsed: [] };
	private readonly collapsed = new Set<string>();
	/** The file of each folded note, by its path when last seen. */
	private readonly foldedFiles = new Map<string, TAbstractFile>();
	private header: { comp: Component; header: TrackerHeader } | null = null;
	private messageEl: HTMLElement | null = null;
	private renderer: TrackerRenderer | null = null;
	private gaps: GapsSection | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly ctx: TrackerContext,
	) {
		super(leaf);
	}

	getViewType(): string {
		return VIEW_TYPE_TRACKER;
	}

	getDisplayText(): string {
		return "Gap tracker";
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("igt-view");
		this.mountHeader();
		// Right under the header: "Nothing matches these filters" must not sit below the gaps.
		this.messageEl = this.contentEl.createDiv("igt-message");
		this.gaps = new GapsSection(this.contentEl, this.ctx.hooks, this.collapsed, {
			onPick: (themeId) => this.applyState({ ...this.view, filter: { ...this.view.filter, themeId } }, true),
			onCollapse: () => this.saveLayout(),
		});
		this.renderer = new TrackerRenderer(this.contentEl, this.ctx.hooks, this.collapsed, () => this.saveLayout());
		this.register(this.ctx.data.subscribe(() => this.redraw()));
		if (this.ctx.onThemesChanged) this.register(this.ctx.onThemesChanged(() => this.redraw()));
		this.redraw();
	}

	async onClose(): Promise<void> {
		this.contentEl.empty();
		this.renderer = null;
		this.gaps = null;
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), filter: { ...this.view.filter }, groupBy: this.view.groupBy, collapsed: [...this.collapsed] };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		this.view = readViewState(state);
		this.collapsed.clear();
		for (const k of this.view.collapsed) this.collapsed.add(k);
		if (this.renderer) {
			this.mountHeader();
			this.redraw();
		}
		await super.setState(state, result);
	}

	/** Re-renders from the index; unchanged interview blocks keep their DOM, and the focus stays put. */
	redraw(): void {
		keepFocus(this.contentEl, () => this.draw());
	}

	private draw(): void {
		const renderer = this.renderer;
		const message = this.messageEl;
		if (!renderer || !message || !this.header) return;
		message.empty();
		const interviews = this.ctx.data.interviews();
		const themes = this.ctx.themes();
		this.keepFolds();
		const model = buildTrackerModel(interviews, this.view.filter, this.view.groupBy, themes);
		this.header.header.update(model.counts, model.companies, themes?.themes ?? null);
		const nothing = model.actions.length === 0 && model.struggles.length === 0 && model.warnings.length === 0;
		if (interviews.length === 0) {
			if (this.ctx.data.state === "warm") renderEmptyState(message, this.ctx.tag(), this.ctx.sectionNames());
			else renderBuilding(message);
		} else if (nothing) {
			renderNoMatch(message, () => this.applyState({ ...this.view, filter: DEFAULT_TRACKER_FILTER }, true));
		}
		this.header.header.el.toggle(interviews.length > 0);
		this.gaps?.render({ analysis: interviews.length > 0 ? themes : null, activeId: this.view.filter.themeId, limit: GAPS_SHOWN });
		renderer.render({
			model,
			grouping: this.view.groupBy,
			sections: ["actions", "struggles", "warnings"],
			signature: JSON.stringify(this.view.filter),
			pageSize: PAGE_SIZE,
		});
	}

	/**
	 * Moves the fold of a renamed note (or of a note in a renamed folder) to its new path, and
	 * forgets the folds of notes no longer in the vault, which the saved layout would otherwise keep
	 * for good. Renames are told by the file rather than by a vault listener of the pane's own, which
	 * would stay registered while the pane stays open after the plugin unloads: Obsidian keeps a
	 * note's TFile across a rename and only changes its path. A note still in the vault keeps its
	 * fold even while out of the index (a broken tag mid-edit, its re-read not landed yet). Only once
	 * the index is warm: before layout-ready the vault may still be loading, and a fold dropped then
	 * is lost for good.
	 */
	private keepFolds(): void {
		if (this.ctx.data.state !== "warm") return;
		const vault = this.app.vault;
		let changed = false;
		for (const key of [...this.collapsed]) {
			const [, section, path] = NOTE_FOLD.exec(key) ?? [];
			if (path === undefined || vault.getAbstractFileByPath(path)) continue;
			const known = this.foldedFiles.get(path);
			this.collapsed.delete(key);
			if (known && vault.getAbstractFileByPath(known.path) === known) this.collapsed.add(`${section}|interview:${known.path}`);
			changed = true;
		}
		if (changed) this.saveLayout();
		else this.noteFoldedFiles();
	}

	/** Called whenever the folds change or the notes may have: a rename is told by the file kept here. */
	private noteFoldedFiles(): void {
		this.foldedFiles.clear();
		for (const key of this.collapsed) {
			const path = NOTE_FOLD.exec(key)?.[2];
			const file = path === undefined ? null : this.app.vault.getAbstractFileByPath(path);
			if (file) this.foldedFiles.set(file.path, file);
		}
	}

	private applyState(next: TrackerViewState, remountHeader: boolean): void {
		this.view = next;
		if (remountHeader) this.mountHeader();
		this.saveLayout();
		this.redraw();
	}

	private mountHeader(): void {
		if (this.header) {
			this.removeChild(this.header.comp);
			this.header.header.el.remove();
		}
		const comp = this.addChild(new Component());
		const header = new TrackerHeader(this.contentEl, comp, { filter: this.view.filter, groupBy: this.view.groupBy }, (s) =>
			this.applyState({ ...this.view, filter: s.filter, groupBy: s.groupBy }, false),
		);
		this.contentEl.prepend(header.el);
		this.header = { comp, header };
	}

	private saveLayout(): void {
		this.noteFoldedFiles();
		this.view = { ...this.view, collapsed: [...this.collapsed] };
		this.app.workspace.requestSaveLayout();
	}
}
