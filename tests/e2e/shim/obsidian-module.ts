/**
 * What `require('obsidian')` returns to the production `main.js` in the browser: the shared fake,
 * plus the parts a real window needs and jest does not (notices on screen, modals in the DOM,
 * ribbon icons in the ribbon, drawn icons). Extends the fake; never re-implements it.
 */
import * as fake from "../../fakes/obsidian";
import { drawIcon } from "./icons";

const NOTICE_MS = 5000;

function noticeContainer(): HTMLElement {
	const existing = document.body.querySelector(".notice-container");
	return existing instanceof HTMLElement ? existing : document.body.createDiv("notice-container");
}

/** A notice that shows in `.notice-container` (and is still recorded in `Notice.shown`). */
class BrowserNotice extends fake.Notice {
	noticeEl: HTMLElement;
	constructor(message: string | DocumentFragment, duration?: number) {
		super(message, duration);
		this.noticeEl = noticeContainer().createDiv({ cls: "notice", text: this.message });
		this.noticeEl.addEventListener("click", () => this.hide());
		if (duration !== 0) window.setTimeout(() => this.hide(), duration ?? NOTICE_MS);
	}
	setMessage(message: string | DocumentFragment): this {
		super.setMessage(message);
		this.noticeEl?.setText(this.message);
		return this;
	}
	hide(): void {
		this.noticeEl.remove();
	}
}

/** The fake's `setIcon` plus strokes, so icons are visible in screenshots. */
function setIcon(parent: HTMLElement, iconId: string): void {
	fake.setIcon(parent, iconId);
	const svg = parent.querySelector("svg");
	if (svg && iconId) drawIcon(svg, iconId);
}

const escapeHandlers = new WeakMap<fake.Modal, (evt: KeyboardEvent) => void>();

/** Modals open over the app as Obsidian's do: dimmed background, close button, Escape closes. */
function patchModal(): void {
	const proto = fake.Modal.prototype;
	// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with its own `this`
	const open = proto.open;
	proto.open = function (this: fake.Modal) {
		if (!this.containerEl.hasClass("modal-container")) {
			this.containerEl.addClass("modal-container", "mod-dim");
			this.containerEl.createDiv({ cls: "modal-bg", prepend: true }).addEventListener("click", () => this.close());
			const close = this.modalEl.createDiv({ cls: "modal-close-button", prepend: true, attr: { "aria-label": "Close" } });
			setIcon(close, "x");
			close.addEventListener("click", () => this.close());
		}
		document.body.appendChild(this.containerEl);
		const onKey = (evt: KeyboardEvent) => {
			if (evt.key === "Escape") this.close();
		};
		escapeHandlers.set(this, onKey);
		window.addEventListener("keydown", onKey);
		open.call(this);
	};
	// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with its own `this`
	const close = proto.close;
	proto.close = function (this: fake.Modal) {
		const onKey = escapeHandlers.get(this);
		if (onKey) window.removeEventListener("keydown", onKey);
		escapeHandlers.delete(this);
		this.containerEl.remove();
		close.call(this);
	};
}

/** Ribbon icons land in the left ribbon (the fake keeps them off-DOM). */
function patchRibbon(ribbon: HTMLElement): void {
	const proto = fake.Plugin.prototype;
	// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with its own `this`
	const add = proto.addRibbonIcon;
	proto.addRibbonIcon = function (this: fake.Plugin, icon: string, title: string, callback: (evt: MouseEvent) => unknown) {
		const el = add.call(this, icon, title, callback);
		el.addClass("side-dock-ribbon-action", "clickable-icon");
		setIcon(el, icon);
		ribbon.appendChild(el);
		return el;
	};
}

/** Patches the fake's prototypes for the window and returns the module object `require` hands out. */
export function createObsidianModule(ribbon: HTMLElement): Record<string, unknown> {
	patchModal();
	patchRibbon(ribbon);
	return Object.freeze({ ...fake, Notice: BrowserNotice, setIcon });
}

export { setIcon as drawnSetIcon };
