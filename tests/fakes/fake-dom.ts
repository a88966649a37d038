/**
 * Obsidian's DOM helpers (`createEl`, `createDiv`, `setText`, `addClass`, …) rebuilt on a plain
 * DOM (jsdom or a real browser). Obsidian installs these on `Node`/`Element` prototypes at start-up;
 * views built with them only run in tests once `installDomHelpers()` has done the same.
 * https://docs.obsidian.md/Reference/TypeScript+API/DomElementInfo
 */

type Info = DomElementInfo | string | undefined;

function applyInfo(el: HTMLElement, info: Info): void {
	if (info === undefined) return;
	const o: DomElementInfo = typeof info === "string" ? { cls: info } : info;
	if (o.cls !== undefined) {
		const classes = (Array.isArray(o.cls) ? o.cls : o.cls.split(" ")).filter((c) => c.length > 0);
		el.classList.add(...classes);
	}
	if (o.text !== undefined) setTextOf(el, o.text);
	if (o.attr) for (const [k, v] of Object.entries(o.attr)) setAttrOf(el, k, v);
	if (o.title !== undefined) el.title = o.title;
	if (o.value !== undefined && "value" in el) (el as HTMLInputElement).value = o.value;
	if (o.type !== undefined) el.setAttribute("type", o.type);
	if (o.placeholder !== undefined) el.setAttribute("placeholder", o.placeholder);
	if (o.href !== undefined) el.setAttribute("href", o.href);
}

function setTextOf(el: Element, text: string | DocumentFragment): void {
	el.textContent = "";
	if (typeof text === "string") el.textContent = text;
	else el.appendChild(text);
}

function setAttrOf(el: Element, name: string, value: string | number | boolean | null): void {
	if (value === null || value === false) el.removeAttribute(name);
	else el.setAttribute(name, value === true ? "" : String(value));
}

function createIn<K extends keyof HTMLElementTagNameMap>(
	parent: Node | null,
	tag: K,
	info?: Info,
	callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
	const doc = parent?.ownerDocument ?? (parent as Document | null) ?? document;
	const el = doc.createElement(tag);
	applyInfo(el, info);
	const o = typeof info === "object" ? info : undefined;
	const target = o?.parent ?? parent;
	if (target) {
		if (o?.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
	callback?.(el);
	return el;
}

let installed = false;

/** Puts Obsidian's helpers on the DOM prototypes and as globals. Safe to call more than once. */
export function installDomHelpers(): void {
	if (installed || typeof Node === "undefined") return;
	installed = true;
	const node = Node.prototype as unknown as Record<string, unknown>;
	node.createEl = function (this: Node, tag: keyof HTMLElementTagNameMap, info?: Info, cb?: (el: HTMLElement) => void) {
		return createIn(this, tag, info, cb);
	};
	node.createDiv = function (this: Node, info?: Info, cb?: (el: HTMLDivElement) => void) {
		return createIn(this, "div", info, cb);
	};
	node.createSpan = function (this: Node, info?: Info, cb?: (el: HTMLSpanElement) => void) {
		return createIn(this, "span", info, cb);
	};
	node.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	node.appendText = function (this: Node, text: string) {
		this.appendChild((this.ownerDocument ?? document).createTextNode(text));
	};
	node.detach = function (this: Node) {
		this.parentNode?.removeChild(this);
	};
	const element = Element.prototype as unknown as Record<string, unknown>;
	element.getText = function (this: Element) {
		return this.textContent ?? "";
	};
	element.setText = function (this: Element, text: string | DocumentFragment) {
		setTextOf(this, text);
	};
	element.addClass = function (this: Element, ...classes: string[]) {
		this.classList.add(...classes);
	};
	element.addClasses = function (this: Element, classes: string[]) {
		this.classList.add(...classes);
	};
	element.removeClass = function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	};
	element.toggleClass = function (this: Element, classes: string | string[], value: boolean) {
		for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
	};
	element.hasClass = function (this: Element, cls: string) {
		return this.classList.contains(cls);
	};
	element.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
		setAttrOf(this, name, value);
	};
	element.getAttr = function (this: Element, name: string) {
		return this.getAttribute(name);
	};
	const html = HTMLElement.prototype as unknown as Record<string, unknown>;
	html.show = function (this: HTMLElement) {
		this.setCssProps({ display: "" });
	};
	html.hide = function (this: HTMLElement) {
		this.setCssProps({ display: "none" });
	};
	html.toggle = function (this: HTMLElement, show: boolean) {
		this.setCssProps({ display: show ? "" : "none" });
	};
	html.isShown = function (this: HTMLElement) {
		return this.style.display !== "none";
	};
	html.setCssProps = function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) {
			if (v === "") this.style.removeProperty(k);
			else this.style.setProperty(k, v);
		}
	};
	const g = globalThis as unknown as Record<string, unknown>;
	g.createEl = (tag: keyof HTMLElementTagNameMap, info?: Info, cb?: (el: HTMLElement) => void) => createIn(null, tag, info, cb);
	g.createDiv = (info?: Info, cb?: (el: HTMLDivElement) => void) => createIn(null, "div", info, cb);
	g.createSpan = (info?: Info, cb?: (el: HTMLSpanElement) => void) => createIn(null, "span", info, cb);
	g.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const f = document.createDocumentFragment();
		cb?.(f);
		return f;
	};
}
