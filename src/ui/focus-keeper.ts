/**
 * Keeps keyboard focus across a redraw that rebuilds the focused element: a checkbox ticked with
 * Space is replaced once the note is written, a gap name pressed with Enter once the filter
 * applies. Elements that can take focus carry `data-focus-key`; after the redraw, the element
 * with the key of the one that had focus gets it back.
 */
export function keepFocus(root: HTMLElement, redraw: () => void): void {
	// Not `instanceof`: in a popout, elements made with the main window's `createDiv` and moved
	// there, and elements the popout made, come from two windows' HTMLElement.
	const active = root.ownerDocument.activeElement;
	const focused = isHtmlElement(active) && root.contains(active) ? active : null;
	const key = focused?.dataset.focusKey;
	// The same note's title link can stand in two sections: remember which occurrence had focus.
	const nth = focused && key !== undefined ? withKey(root, key).indexOf(focused) : -1;
	redraw();
	if (key === undefined || (focused?.isConnected && root.contains(focused))) return;
	const now = withKey(root, key);
	(now[nth] ?? now[0])?.focus();
}

function isHtmlElement(node: Element | null): node is HTMLElement {
	return node !== null && node.nodeType === 1 && "dataset" in node && "focus" in node;
}

function withKey(root: HTMLElement, key: string): HTMLElement[] {
	return Array.from(root.querySelectorAll<HTMLElement>("[data-focus-key]")).filter((el) => el.dataset.focusKey === key);
}

/** Marks an element as one `keepFocus` restores; the same key on several elements is told apart by their order. */
export function setFocusKey(el: HTMLElement, ...parts: (string | number)[]): void {
	el.dataset.focusKey = parts.join("\u0000");
}
