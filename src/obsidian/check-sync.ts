import { Notice, TFile, type App } from "obsidian";
import type { Interview } from "../core/model";
import { refusalNotice, writeFailedNotice } from "../core/sync/sync-messages";
import { toggleAction } from "../core/sync/toggle-action";
import type { SectionSettings } from "../core/toggle/checkables";
import type { ToggleTarget } from "../core/toggle/locate-target";
import type { ToggleResult } from "../core/toggle/toggle-step";
import type { CheckRef } from "../ui/render-hooks";

/** What the pane's checkbox handler needs from the plugin. */
export interface PaneToggleDeps {
	app: App;
	settings: () => SectionSettings;
	/** The indexed interview at a path: tells a step (and its item's title) from an item. */
	interview: (path: string) => Interview | undefined;
}

/**
 * The pane's `onToggle`: ticks or unticks one line of a source note inside `vault.process`, so the
 * read-modify-write is atomic. Resolves to false when nothing was written (the line moved and is
 * ambiguous, the note is gone, the write threw), after a Notice saying so; never throws.
 */
export function paneToggle(deps: PaneToggleDeps): (ref: CheckRef) => Promise<boolean> {
	return async (ref) => {
		const want = !ref.checked;
		const file = deps.app.vault.getAbstractFileByPath(ref.path);
		if (!(file instanceof TFile)) {
			new Notice(writeFailedNotice(want, ref.text, ref.path, "the note no longer exists."));
			return false;
		}
		const target = targetOf(ref, ref.source ?? deps.interview(ref.path));
		const apply = (text: string): ToggleResult => toggleAction(text, target, want ? "on" : "off", deps.settings());
		try {
			// A dry run first, so a refusal or a line already in the wanted state costs no write at all.
			const dry = apply(await deps.app.vault.read(file));
			if (!dry.ok) return refuse(want, ref, dry);
			if (dry.changes.length === 0) return true;
			let refused: ToggleResult | null = null;
			await deps.app.vault.process(file, (text) => {
				const r = apply(text);
				refused = r.ok ? null : r;
				return r.ok ? r.text : text;
			});
			return refused ? refuse(want, ref, refused) : true;
		} catch (e) {
			console.error(`Interview gap tracker: could not write ${ref.path}`, e);
			new Notice(writeFailedNotice(want, ref.text, ref.path, `${e instanceof Error ? e.message : String(e)}.`));
			return false;
		}
	};
}

function refuse(want: boolean, ref: CheckRef, r: ToggleResult): false {
	if (!r.ok) new Notice(refusalNotice(want, ref.text, r.reason, r.message));
	return false;
}

/**
 * The pane names a line by number and text; the index adds whether it is a step and of which
 * item, so an equal step text under another item never stands in for it after a move, and where
 * it saw twins of the line, so a note edited since cannot make the click land on the other twin.
 */
export function targetOf(ref: CheckRef, iv: Interview | undefined): ToggleTarget {
	const items = iv?.actionItems ?? [];
	for (const item of items) {
		if (item.line === ref.line && item.title === ref.text) {
			return { line: ref.line, expect: ref.text, parent: null, seen: items.filter((i) => i.title === ref.text).map((i) => i.line) };
		}
		const step = item.steps.find((s) => s.line === ref.line && s.text === ref.text);
		if (step) {
			const seen = items.filter((i) => i.title === item.title).flatMap((i) => i.steps.filter((s) => s.text === ref.text).map((s) => s.line));
			return { line: ref.line, expect: ref.text, parent: item.title, seen };
		}
	}
	return { line: ref.line, expect: ref.text };
}
