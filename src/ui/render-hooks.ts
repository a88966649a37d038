import type { Interview } from "../core/model";
/** A checkable line of a note, as the pane shows it; what the sync work needs to tick it. */
export interface CheckRef {
	path: string;
	/** 1-based line in the file. */
	line: number;
	/** The state the pane showed when the user clicked. */
	checked: boolean;
	/** The line's text, so a writer can verify it is still the same line. */
	text: string;
	/**
	 * The interview as the pane drew it. The index may already hold a newer parse (the redraw
	 * waits for the next frame), and the twins and parent a writer checks must be those the user saw.
	 */
	source?: Interview;
}

/** What the render functions call out to; the pane and the code block pass their own. */
export interface RenderHooks {
	/** Opens the note at a 1-based line; `evt` carries the modifier keys. */
	open(path: string, line: number, evt: MouseEvent): void;
	/**
	 * Ticks or unticks a line. While absent the checkboxes are read-only (disabled with a
	 * tooltip). A promise resolving to false means nothing was written: the checkbox reverts.
	 */
	onToggle?: (ref: CheckRef) => void | Promise<boolean>;
	/** Theme names of a struggle, for its chips; absent until the themes engine is wired. */
	themesOfStruggle?: (path: string, line: number) => string[];
}

/** An HTML or SVG element, as far as opening a note on click needs it. */
interface Clickable {
	addEventListener(type: "click" | "auxclick", listener: (evt: MouseEvent) => void): void;
}

/** Makes `el` open its note at `line` on click or middle click, with the modifier keys passed on. */
export function bindOpen(el: Clickable, path: string, line: number, hooks: RenderHooks): void {
	const go = (evt: MouseEvent) => {
		evt.preventDefault();
		evt.stopPropagation();
		hooks.open(path, line, evt);
	};
	el.addEventListener("click", go);
	el.addEventListener("auxclick", (evt) => {
		if (evt.button === 1) go(evt);
	});
}

/** Tooltip on a read-only checkbox. */
export const READ_ONLY_CHECKBOX = "Tick this in the note; ticking from the tracker is not available yet";

/** Tooltip on the checkbox of a heading item with no steps beneath it. */
export const HEADING_WITHOUT_STEPS = "This heading has no steps beneath it, so there is nothing to tick";
