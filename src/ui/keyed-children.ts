/**
 * Puts exactly `els`, in this order, under `parent`, moving only nodes that are out of place.
 * Unchanged blocks keep their DOM (and with it focus, selection and scroll position).
 */
export function placeChildren(parent: HTMLElement, els: readonly HTMLElement[]): void {
	let cursor = parent.firstElementChild;
	for (const el of els) {
		if (cursor === el) cursor = cursor.nextElementSibling;
		else parent.insertBefore(el, cursor);
	}
	while (cursor) {
		const next = cursor.nextElementSibling;
		cursor.remove();
		cursor = next;
	}
}
