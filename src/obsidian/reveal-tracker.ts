import type { Workspace, WorkspaceLeaf } from "obsidian";
import { VIEW_TYPE_TRACKER } from "../ui/tracker-view";

/**
 * The parts of the API that changed in Obsidian 1.7.2 while minAppVersion is older:
 * `loadIfDeferred` is new, `revealLeaf` existed but now returns a promise that waits for the view.
 */
interface LeafApi {
	loadIfDeferred?(): Promise<void>;
}
interface WorkspaceApi {
	revealLeaf(leaf: WorkspaceLeaf): Promise<void> | void;
}

/**
 * Reveals under way, by workspace: looking for an open tracker and opening one are separate
 * steps, and a second call between them (a double click on the ribbon, a repeating hotkey)
 * would open a second tracker.
 */
const revealing = new WeakMap<Workspace, Promise<WorkspaceLeaf | null>>();

/**
 * Shows the gap tracker: reuses an open one (loading it if Obsidian deferred it), else opens it
 * in the right sidebar. Never creates a second tracker; a call while one is being shown gets that one.
 */
export function revealTracker(workspace: Workspace): Promise<WorkspaceLeaf | null> {
	const pending = revealing.get(workspace);
	if (pending) return pending;
	const reveal = showTracker(workspace).finally(() => revealing.delete(workspace));
	revealing.set(workspace, reveal);
	return reveal;
}

async function showTracker(workspace: Workspace): Promise<WorkspaceLeaf | null> {
	let leaf = workspace.getLeavesOfType(VIEW_TYPE_TRACKER)[0] ?? null;
	if (leaf) {
		// Obsidian ≥ 1.7.2 restores background tabs as deferred views; older versions lack the method.
		await (leaf as unknown as LeafApi).loadIfDeferred?.();
	} else {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return null;
		await leaf.setViewState({ type: VIEW_TYPE_TRACKER, active: true });
	}
	await (workspace as unknown as WorkspaceApi).revealLeaf(leaf);
	return leaf;
}
