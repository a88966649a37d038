import { Keymap, type App, type UserEvent } from "obsidian";

/**
 * Opens `path` with the cursor on `line` (1-based, as the engine counts). A modifier click opens
 * a new tab/split/window the way Obsidian's own links do. Obsidian's `eState.line` is 0-based.
 */
export async function openNoteAtLine(app: App, path: string, line: number, evt?: UserEvent | null): Promise<void> {
	await app.workspace.openLinkText(path, "", Keymap.isModEvent(evt), { active: true, eState: { line: Math.max(0, line - 1) } });
}
