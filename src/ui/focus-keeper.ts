/**
 * Keeps keyboard focus across a redraw that rebuilds the focused element: a checkbox ticked with
 * Space is replaced once the note is written, a gap name pressed with Enter once the filter
 * applies. Elements that can take focus carry `data-focus-key`; after the redraw, the element
 * with the key of the one that had focus gets it back.
 */
export function keepFocus(root: HTMLElement, redraw: () => void): void {
	const active = root.ownerDocument.activeElement;
	const key = active instanceof HTMLElement && root.contains(active) ? active.dataset.focusKey : undefined;
	// The same note's title link can stand in two sections: remember which occurrence had focus.
	const nth = key === undefined ? -1 : withKey(root, key).indexOf(active as HTMLElement);
	redraw();
	if (key === undefined || (active instanceof HTMLElement && active.isConnected && root.contains(active))) return;
	const now = withKey(root, key);
	(now[nth] ?? now[0])?.focus();
}

function withKey(root: HTMLElement, key: string): HTMLElement[] {
	return Array.from(root.querySelectorAll<HTMLElement>("[data-focus-key]")).filter((el) => el.dataset.focusKey === key);
}

/** Marks an element as one `keepFocus` restores; the same key on several elements is told apart by their order. */
export function setFocusKey(el: HTMLElement, ...parts: (string | number)[]): void {
	el.dataset.focusKey = parts.join("\u0000");
}
