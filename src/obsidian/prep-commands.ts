import { Notice, type App, type Plugin } from "obsidian";
import type { Interview } from "../core/model";
import { companySuggestions, type PrepFormValues } from "../core/prep/prep-form";
import { isoDay } from "../core/prep/prep-date";
import { PrepNoteModal } from "../ui/prep-modal";
import { createPrepNote } from "./prep-note-writer";
import { exportGapReport } from "./prep-report-export";
import type { PrepSources } from "./prep-sources";

/** Command ids: never change after release, users bind hotkeys to them. */
export const COMMAND_CREATE_PREP_NOTE = "create-prep-note";
export const COMMAND_PREP_FROM_INTERVIEW = "create-prep-note-from-interview";
export const COMMAND_EXPORT_GAP_REPORT = "export-gap-report";

/** The prep-note and report commands. No default hotkeys: they would clash with users' own. */
export function registerPrepCommands(plugin: Plugin, src: PrepSources): void {
	const { app } = plugin;
	plugin.addCommand({
		id: COMMAND_CREATE_PREP_NOTE,
		name: "Create prep note for an upcoming interview",
		callback: () => openPrepModal(app, src, null),
	});
	plugin.addCommand({
		id: COMMAND_PREP_FROM_INTERVIEW,
		name: "Create prep note from this interview",
		checkCallback: (checking) => {
			const interview = activeInterview(app, src);
			if (!interview) return false;
			if (!checking) openPrepModal(app, src, interview);
			return true;
		},
	});
	plugin.addCommand({
		id: COMMAND_EXPORT_GAP_REPORT,
		name: "Export gap report to a note",
		callback: () => void exportGapReport(app, src),
	});
}

/** The indexed interview shown in the active tab, or null (another note, no note, or not indexed). */
export function activeInterview(app: App, src: PrepSources): Interview | null {
	const file = app.workspace.getActiveFile();
	return file ? (src.index.get(file.path) ?? null) : null;
}

/** Opens the modal, pre-filled from `from` (a follow-up round) when given. Never throws. */
export function openPrepModal(app: App, src: PrepSources, from: Interview | null): PrepNoteModal | null {
	try {
		const initial: PrepFormValues = { company: from?.company ?? "", role: from?.role ?? "", date: isoDay(src.now?.() ?? new Date()), stage: "" };
		const title = from?.company ? `Prep note for the next round with ${from.company}` : "Prep note for an upcoming interview";
		const modal = new PrepNoteModal(app, {
			title,
			companies: companySuggestions(src.index.interviews()),
			initial,
			submit: async (options) => (await createPrepNote(app, src, options)) !== null,
		});
		modal.open();
		return modal;
	} catch (e) {
		console.error("Interview gap tracker: opening the prep note modal failed", e);
		new Notice("Could not open the prep note form; see the developer console.");
		return null;
	}
}
