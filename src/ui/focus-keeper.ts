/**
 * Keeps keyboard focus across a redraw that rebuilds the focused element: a checkbox ticked with
 * Space is replaced once the note is written, a gap name pressed with Enter once the filter
 * applies. Elements that can take focus carry `data-focus-key`; after the redraw, the element
 * with the key of the one that had focus gets it back.
 */
export function keepFocus(root: HTMLElement, redraw: () => void): void {
	const active = root.ownerDocument.activeElement;
	const key = active instanceof HTMLElement && root.contains(active) ? active.dataset.focusKey : undefined;
	redraw();
	if (key === undefined || (active instanceof HTMLElement && active.isConnected && root.contains(active))) return;
	for (const el of Array.from(root.querySelectorAll<HTMLElement>("[data-focus-key]"))) {
		if (el.dataset.focusKey === key) {
			el.focus();
			return;
		}
	}
}

/** Marks an element as one `keepFocus` restores; `parts` name it uniquely within the view. */
export function setFocusKey(el: HTMLElement, ...parts: (string | number)[]): void {
	el.dataset.focusKey = parts.join("\u0000");
}
