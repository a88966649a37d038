/**
 * Counts DOM listeners on window, document and body: a view that forgets to remove one of these
 * keeps running after the plugin is disabled. Installed before anything else adds listeners.
 */
type Key = string;

const live = new Map<EventTarget, Map<EventListenerOrEventListenerObject, Set<Key>>>();

function keyOf(type: string, options?: boolean | EventListenerOptions): Key {
	const capture = typeof options === "boolean" ? options : !!options?.capture;
	return `${type}|${capture}`;
}

function watched(target: EventTarget): boolean {
	return target === window || target === document || target === document.body;
}

export function trackGlobalListeners(): void {
	const proto = EventTarget.prototype;
	// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with its own `this`
	const add = proto.addEventListener;
	// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with its own `this`
	const remove = proto.removeEventListener;
	proto.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
		if (listener && watched(this)) {
			const byListener = live.get(this) ?? new Map<EventListenerOrEventListenerObject, Set<Key>>();
			const keys = byListener.get(listener) ?? new Set<Key>();
			keys.add(keyOf(type, options));
			byListener.set(listener, keys);
			live.set(this, byListener);
		}
		add.call(this, type, listener, options);
	};
	proto.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
		if (listener) live.get(this)?.get(listener)?.delete(keyOf(type, options));
		remove.call(this, type, listener, options);
	};
}

export function globalListenerCount(): number {
	let n = 0;
	for (const byListener of live.values()) for (const keys of byListener.values()) n += keys.size;
	return n;
}
