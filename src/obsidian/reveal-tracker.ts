import type { Workspace, WorkspaceLeaf } from "obsidian";
import { VIEW_TYPE_TRACKER } from "../ui/tracker-view";

/**
 * Shows the gap tracker: reuses an open one (loading it if Obsidian deferred it), else opens it
 * in the right sidebar. Never creates a second tracker.
 */
export async function revealTracker(workspace: Workspace): Promise<WorkspaceLeaf | null> {
	let leaf = workspace.getLeavesOfType(VIEW_TYPE_TRACKER)[0] ?? null;
	if (leaf) {
		// Obsidian ≥ 1.7.2 restores background tabs as deferred views; older versions lack the method.
		if (typeof leaf.loadIfDeferred === "function") await leaf.loadIfDeferred();
	} else {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return null;
		await leaf.setViewState({ type: VIEW_TYPE_TRACKER, active: true });
	}
	await workspace.revealLeaf(leaf);
	return leaf;
}
