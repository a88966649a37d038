/**
 * How long a frame may take before the callback runs without it. A popout closed before it paints
 * never runs its frame callbacks, and callers wait for this one before they ask again.
 */
export const FRAME_FALLBACK_MS = 250;

/**
 * Runs `cb` once: in the next frame of the window the user is in, so a pane in a popout keeps
 * refreshing while the main window is hidden (a hidden window's frames pause), or from a timer
 * of the main window if that frame has not come within FRAME_FALLBACK_MS. `window` where
 * Obsidian's `activeWindow` global is absent: the e2e shim loads main.js without it.
 */
export function onNextFrame(cb: () => void): void {
	const win = typeof activeWindow === "undefined" ? window : activeWindow;
	let done = false;
	const run = () => {
		if (done) return;
		done = true;
		window.clearTimeout(fallback);
		cb();
	};
	const fallback = window.setTimeout(run, FRAME_FALLBACK_MS);
	win.requestAnimationFrame(run);
}
