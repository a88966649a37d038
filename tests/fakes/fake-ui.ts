/**
 * The UI pieces plugins build settings and messages from: `Notice`, `Modal`, `Setting` and its
 * components, `PluginSettingTab`, `MarkdownRenderChild`/`MarkdownRenderer`, `setIcon`, `debounce`,
 * `Keymap`. Each keeps the real signature and the DOM a test needs to look at.
 * https://docs.obsidian.md/Reference/TypeScript+API/Setting
 */
import { Component } from "./fake-events";
import type { App, Plugin } from "./fake-plugin";

export class Notice {
	/** Test helper: every message shown since the last `Notice.reset()`. */
	static shown: string[] = [];
	static reset(): void {
		Notice.shown = [];
	}
	message: string;
	constructor(message: string | DocumentFragment, duration?: number) {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		Notice.shown.push(this.message);
	}
	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		return this;
	}
	hide(): void {}
}

export class Modal {
	app: App;
	containerEl = document.createElement("div");
	modalEl = this.containerEl.createDiv("modal");
	titleEl = this.modalEl.createDiv("modal-title");
	contentEl = this.modalEl.createDiv("modal-content");
	/** Test helper: whether `open()` ran and `close()` has not. */
	isOpen = false;
	constructor(app: App) {
		this.app = app;
	}
	open(): void {
		this.isOpen = true;
		this.onOpen();
	}
	close(): void {
		this.isOpen = false;
		this.onClose();
	}
	onOpen(): void {}
	onClose(): void {}
	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
}

abstract class ValueComponent<T> {
	protected changeHandlers: ((value: T) => unknown)[] = [];
	abstract getValue(): T;
	abstract setValue(value: T): this;
	onChange(cb: (value: T) => unknown): this {
		this.changeHandlers.push(cb);
		return this;
	}
	protected emit(): void {
		for (const h of this.changeHandlers) h(this.getValue());
	}
}

export class TextComponent extends ValueComponent<string> {
	inputEl: HTMLInputElement | HTMLTextAreaElement;
	constructor(containerEl: HTMLElement, tag: "input" | "textarea" = "input") {
		super();
		this.inputEl = containerEl.createEl(tag, tag === "input" ? { type: "text" } : {});
		this.inputEl.addEventListener("input", () => this.emit());
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
}

export class TextAreaComponent extends TextComponent {
	constructor(containerEl: HTMLElement) {
		super(containerEl, "textarea");
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLInputElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createEl("input", { type: "checkbox" });
		this.toggleEl.addEventListener("change", () => this.emit());
	}
	getValue(): boolean {
		return this.toggleEl.checked;
	}
	setValue(value: boolean): this {
		this.toggleEl.checked = value;
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select");
		this.selectEl.addEventListener("change", () => this.emit());
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [v, d] of Object.entries(options)) this.addOption(v, d);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
}

export class ButtonComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		this.buttonEl = containerEl.createEl("button");
	}
	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	setTooltip(tooltip: string): this {
		this.buttonEl.setAttr("aria-label", tooltip);
		return this;
	}
	onClick(cb: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (e) => cb(e));
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv("setting-item");
		this.infoEl = this.settingEl.createDiv("setting-item-info");
		this.nameEl = this.infoEl.createDiv("setting-item-name");
		this.descEl = this.infoEl.createDiv("setting-item-description");
		this.controlEl = this.settingEl.createDiv("setting-item-control");
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		cb(new TextComponent(this.controlEl));
		return this;
	}
	addTextArea(cb: (c: TextAreaComponent) => unknown): this {
		cb(new TextAreaComponent(this.controlEl));
		return this;
	}
	addToggle(cb: (c: ToggleComponent) => unknown): this {
		cb(new ToggleComponent(this.controlEl));
		return this;
	}
	addDropdown(cb: (c: DropdownComponent) => unknown): this {
		cb(new DropdownComponent(this.controlEl));
		return this;
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		cb(new ButtonComponent(this.controlEl));
		return this;
	}
}

export abstract class PluginSettingTab {
	app: App;
	plugin: Plugin;
	containerEl = document.createElement("div");
	constructor(app: App, plugin: Plugin) {
		this.app = app;
		this.plugin = plugin;
	}
	abstract display(): void;
	hide(): void {}
}

export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

export const MarkdownRenderer = {
	/** Minimal: one paragraph with the source text; enough to see that something was rendered. */
	async render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		el.createEl("p", { text: markdown });
	},
};

/** Stands in for the Lucide icon: an empty `svg` tagged with the icon id. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	parent.appendChild(svg);
	parent.setAttr("data-icon", iconId);
}

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: T | null = null;
	const fire = (): V | void => {
		if (timer) clearTimeout(timer);
		timer = null;
		const args = pending;
		pending = null;
		if (args) return cb(...args);
	};
	const d = function (this: unknown, ...args: [...T]) {
		pending = args;
		if (timer && resetTimer) clearTimeout(timer);
		if (!timer || resetTimer) timer = setTimeout(fire, timeout);
		return d;
	} as Debouncer<T, V>;
	d.cancel = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		pending = null;
		return d;
	};
	d.run = fire;
	return d;
}

export const Keymap = {
	/** Mod → new tab, Mod+Alt → split, Mod+Alt+Shift → window, middle click → tab. */
	isModEvent(evt?: MouseEvent | KeyboardEvent | null): "tab" | "split" | "window" | boolean {
		if (!evt) return false;
		const mod = evt.ctrlKey || evt.metaKey;
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod) return "tab";
		if ("button" in evt && evt.button === 1) return "tab";
		return false;
	},
};

export const Platform = { isDesktop: true, isMobile: false, isDesktopApp: true, isMobileApp: false, isPhone: false, isTablet: false };

export function normalizePath(path: string): string {
	return path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "") || "/";
}
