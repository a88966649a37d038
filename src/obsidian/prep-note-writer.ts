import { Notice, type App, type TFile } from "obsidian";
import { formatPrepDate } from "../core/prep/prep-date";
import { checkFolder } from "../core/prep/prep-file-name";
import { renderPrepNote, type PrepOptions } from "../core/prep/render-prep-note";
import { ensurePrepBlockIds } from "./prep-block-ids";
import { checkFolderUsable, createNewNote, describeFailure, INDEX_COLD, loadTemplate, PrepError } from "./prep-new-note";
import type { PrepSources } from "./prep-sources";

/**
 * Writes a prep note for `options` and opens it; resolves with the file, or null after telling
 * the user why not. Source notes gain block ids first, so the note's checkboxes link to lines
 * that exist. Never throws: it runs from a modal inside Obsidian.
 */
export async function createPrepNote(app: App, src: PrepSources, options: PrepOptions): Promise<TFile | null> {
	try {
		// Before layout-ready the index has read nothing: the note would say "no open action items".
		if (src.index.state === "cold") throw new PrepError(INDEX_COLD);
		await src.index.settled();
		const settings = src.settings();
		// Refuse a bad folder before any source note is touched.
		const folder = checkFolder(settings.prepFolder);
		if (!folder.ok) throw new PrepError(folder.reason);
		checkFolderUsable(app, folder.path);
		const interviews = src.index.interviews();
		const template = await loadTemplate(app, settings.prepTemplatePath);
		const ids = await ensurePrepBlockIds(app.vault, interviews, settings);
		const text = renderPrepNote({ interviews, themes: src.themes() ?? undefined, options, settings, template, blockIds: ids.lookup });
		const values = { company: options.company, role: options.role, stage: options.stage, date: formatPrepDate(options.date, settings.prepDateFormat) };
		const file = await createNewNote(app, folder.path, settings.prepFileNamePattern, values, text);
		const unsynced: string[] = [];
		if (ids.unlinked > 0) unsynced.push(`${lines(ids.unlinked)} changed since indexing and will not sync back.`);
		for (const f of ids.failed) unsynced.push(`Couldn't add links to ${f.path} (${f.why}); its ${f.lines === 1 ? "1 carried line" : `${f.lines} carried lines`} will not sync back.`);
		if (ids.foreign > 0) unsynced.push(`${lines(ids.foreign)} a block id of your own at the end; ticks on ${ids.foreign === 1 ? "its copy" : "their copies"} will not sync back.`);
		if (unsynced.length > 0) new Notice(`Prep note created. ${unsynced.join(" ")}`);
		return file;
	} catch (e) {
		// A refusal the Notice explains is not an error for the developer console.
		if (!(e instanceof PrepError)) console.error("Interview gap tracker: creating the prep note failed", e);
		new Notice(`Could not create the prep note: ${describeFailure(e)}`);
		return null;
	}
}

/** "1 carried line has" / "3 carried lines have". */
function lines(n: number): string {
	return n === 1 ? "1 carried line has" : `${n} carried lines have`;
}
