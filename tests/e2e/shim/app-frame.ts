/**
 * The app window around the plugin: ribbon, left split, root split and right split, as Obsidian
 * lays them out (class names match Obsidian's, so the plugin's `styles.css` applies as it would).
 * Leaves of the shared fake get a DOM home here when they open a view.
 */
import { type App, type MarkdownView, WorkspaceLeaf, Workspace } from "../../fakes/obsidian";

export interface AppFrame {
	ribbon: HTMLElement;
	left: HTMLElement;
	main: HTMLElement;
	right: HTMLElement;
}

interface LeafDom {
	el: HTMLElement;
	tab: HTMLElement | null;
}

const leafDom = new WeakMap<WorkspaceLeaf, LeafDom>();
let frame: AppFrame | null = null;

/** Builds the frame into `body`; `phone` makes the right split a full-width drawer. */
export function buildFrame(phone: boolean): AppFrame {
	document.body.toggleClass(["is-mobile", "is-phone"], phone);
	const app = document.body.createDiv("app-container");
	const workspace = app.createDiv("horizontal-main-container").createDiv("workspace");
	const ribbon = workspace.createDiv("workspace-ribbon side-dock-ribbon mod-left").createDiv("side-dock-actions");
	frame = {
		ribbon,
		left: split(workspace, "workspace-split mod-horizontal mod-sidedock mod-left-split"),
		main: split(workspace, "workspace-split mod-vertical mod-root"),
		right: split(workspace, "workspace-split mod-horizontal mod-sidedock mod-right-split"),
	};
	return frame;
}

function split(parent: HTMLElement, cls: string): HTMLElement {
	const tabs = parent.createDiv(cls).createDiv("workspace-tabs mod-top");
	tabs.createDiv("workspace-tab-header-container").createDiv("workspace-tab-header-container-inner");
	return tabs.createDiv("workspace-tab-container");
}

/** Puts a leaf's current view into its split and makes it the visible tab there. */
function mount(leaf: WorkspaceLeaf): void {
	if (!frame) return;
	const container = leaf.side === "left" ? frame.left : leaf.side === "right" ? frame.right : frame.main;
	let dom = leafDom.get(leaf);
	if (!dom) {
		const inner = container.parentElement?.querySelector(".workspace-tab-header-container-inner") ?? null;
		dom = { el: container.createDiv("workspace-leaf"), tab: inner instanceof HTMLElement ? inner.createDiv("workspace-tab-header") : null };
		leafDom.set(leaf, dom);
	}
	const view = leaf.view;
	view.containerEl.setAttr("data-type", view.getViewType());
	if (dom.el.firstChild !== view.containerEl) {
		dom.el.empty();
		dom.el.appendChild(view.containerEl);
	}
	if (dom.tab) {
		dom.tab.empty();
		dom.tab.setAttr("aria-label", view.getDisplayText());
		const icon = dom.tab.createDiv("workspace-tab-header-inner").createDiv("workspace-tab-header-inner-icon");
		setIconRef?.(icon, view.getIcon());
	}
	for (const el of Array.from(container.children)) (el as HTMLElement).toggle(el === dom.el);
	for (const el of Array.from(dom.tab?.parentElement?.children ?? [])) el.toggleClass("is-active", el === dom.tab);
	if (view.getViewType() === "markdown") showNote(leaf.app, view as MarkdownView);
}

/** Obsidian would render the note; the harness shows its text, enough for a screenshot. */
function showNote(app: App, view: MarkdownView): void {
	const content = view.containerEl.querySelector(".view-content");
	if (!(content instanceof HTMLElement) || !view.file) return;
	content.empty();
	content.addClass("markdown-reading-view");
	content.createDiv({ cls: "e2e-note-text", text: app.vault.contentOf(view.file.path) ?? "" });
}

let setIconRef: ((el: HTMLElement, id: string) => void) | null = null;

/**
 * Hooks the fake's leaves into the frame: a leaf shows up when it opens a view, leaves the DOM
 * when detached, and (as in Obsidian) leaves of a view type go when the type is unregistered.
 */
export function attachLeavesToFrame(setIcon: (el: HTMLElement, id: string) => void): void {
	setIconRef = setIcon;
	const proto = WorkspaceLeaf.prototype;
	// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with its own `this`
	const setViewState = proto.setViewState;
	proto.setViewState = async function (this: WorkspaceLeaf, ...args: Parameters<typeof setViewState>) {
		await setViewState.apply(this, args);
		mount(this);
	};
	// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with its own `this`
	const openFile = proto.openFile;
	proto.openFile = async function (this: WorkspaceLeaf, ...args: Parameters<typeof openFile>) {
		await openFile.apply(this, args);
		mount(this);
	};
	// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with its own `this`
	const detach = proto.detach;
	proto.detach = function (this: WorkspaceLeaf) {
		detach.call(this);
		const dom = leafDom.get(this);
		dom?.el.remove();
		dom?.tab?.remove();
		leafDom.delete(this);
	};
	// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with its own `this`
	const unregister = Workspace.prototype.unregisterViewType;
	Workspace.prototype.unregisterViewType = function (this: Workspace, type: string) {
		unregister.call(this, type);
		this.detachLeavesOfType(type);
	};
}
