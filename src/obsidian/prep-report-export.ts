import { Notice, type App, type TFile } from "obsidian";
import { isoDay } from "../core/prep/prep-date";
import { renderGapReport } from "../core/report/render-gap-report";
import { createNewNote, describeFailure, INDEX_COLD, PrepError } from "./prep-new-note";
import type { PrepSources } from "./prep-sources";

/** File name of an exported report; dated so a series of exports sorts by time. */
export const REPORT_FILE_PATTERN = "{{date}} Interview gap report";

/**
 * Writes the cross-interview gap report (the CLI's `report` output) to a new note in the report
 * folder and opens it. A snapshot: later edits to the interviews do not change it. Never throws.
 */
export async function exportGapReport(app: App, src: PrepSources): Promise<TFile | null> {
	try {
		// Before layout-ready the index has read nothing: a report "from 0 interviews" would be wrong.
		if (src.index.state === "cold") throw new PrepError(INDEX_COLD);
		await src.index.settled();
		const settings = src.settings();
		const interviews = src.index.interviews();
		if (interviews.length === 0) throw new PrepError(`no note is tagged #${settings.tag} yet, so there is nothing to report.`);
		const generated = isoDay(src.now?.() ?? new Date());
		const text = renderGapReport(interviews, src.themes() ?? undefined, { generated });
		return await createNewNote(app, settings.reportFolder, REPORT_FILE_PATTERN, { date: generated }, text);
	} catch (e) {
		// A refusal the Notice explains is not an error for the developer console.
		if (!(e instanceof PrepError)) console.error("Interview gap tracker: exporting the gap report failed", e);
		new Notice(`Could not export the gap report: ${describeFailure(e)}`);
		return null;
	}
}
