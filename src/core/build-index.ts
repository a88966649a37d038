import type { Interview } from "./model";
import { parseNote } from "./parse-note";
import type { EngineSettings } from "./settings";
import { byPath, isIndexablePath } from "./vault-paths";

export interface NoteSource {
	path: string;
	text: string;
	/** Problems found before parsing (e.g. decoding), carried into the interview's warnings. */
	warnings?: readonly string[];
}

/** Parses every indexable note and keeps the interviews, sorted by path. */
export function indexNotes(notes: Iterable<NoteSource>, settings: EngineSettings): Interview[] {
	const out: Interview[] = [];
	for (const n of notes) {
		if (!isIndexablePath(n.path, settings.excludeFolders)) continue;
		const iv = parseNote(n.path, n.text, settings);
		if (!iv) continue;
		if (n.warnings && n.warnings.length > 0) iv.warnings.unshift(...n.warnings);
		out.push(iv);
	}
	return out.sort(byPath);
}

/** Open and done counts of action items, as the pane, table and report show them. */
export function actionCounts(interviews: readonly Interview[]): { open: number; done: number } {
	let open = 0;
	let done = 0;
	for (const iv of interviews) for (const a of iv.actionItems) a.done ? done++ : open++;
	return { open, done };
}
