/**
 * `Events`, `EventRef` and `Component` as Obsidian defines them: a component owns what it
 * registers and releases it on unload, children included.
 * https://docs.obsidian.md/Reference/TypeScript+API/Component
 */

type Callback = (...data: unknown[]) => unknown;

/** What `on()` returns; `offref()` and `Component.registerEvent` take it back. */
export interface EventRef {
	e: Events;
	name: string;
	fn: Callback;
	ctx?: unknown;
}

export class Events {
	private handlers = new Map<string, EventRef[]>();

	on(name: string, callback: Callback, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback, ctx };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: Callback): void {
		const list = this.handlers.get(name);
		if (list) this.handlers.set(name, list.filter((r) => r.fn !== callback));
	}

	offref(ref: EventRef): void {
		const list = this.handlers.get(ref.name);
		if (list) this.handlers.set(ref.name, list.filter((r) => r !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	/** Obsidian logs a throwing handler and carries on with the others; so does the fake. */
	tryTrigger(ref: EventRef, args: unknown[]): void {
		try {
			ref.fn.apply(ref.ctx, args);
		} catch (e) {
			console.error(e);
		}
	}

	/** Test helper: how many handlers listen to `name` (to prove unload releases them). */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}

	/** Test helper: handlers per event name, names without handlers left out (compare before load and after unload). */
	listenerCounts(): Record<string, number> {
		const out: Record<string, number> = {};
		for (const [name, list] of this.handlers) if (list.length > 0) out[name] = list.length;
		return out;
	}
}

export class Component {
	private _loaded = false;
	private _children: Component[] = [];
	private _cleanups: (() => unknown)[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this.onload();
		for (const child of this._children) child.load();
	}

	onload(): void {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		for (const child of [...this._children].reverse()) child.unload();
		this._children = [];
		for (const fn of this._cleanups.splice(0).reverse()) fn();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		this._children = this._children.filter((c) => c !== component);
		component.unload();
		return component;
	}

	register(cb: () => unknown): void {
		this._cleanups.push(cb);
	}

	registerEvent(ref: EventRef): void {
		this.register(() => ref.e.offref(ref));
	}

	registerDomEvent(el: EventTarget, type: string, callback: (ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}

	/** Test helper: whether `load()` ran and `unload()` has not. */
	get isLoaded(): boolean {
		return this._loaded;
	}
}
