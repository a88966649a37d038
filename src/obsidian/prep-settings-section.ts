import { Notice, Setting, normalizePath } from "obsidian";
import { checkDateFormat } from "../core/prep/prep-date";
import { checkFolder } from "../core/prep/prep-file-name";
import type { GapTrackerSettings } from "../core/settings";

/** The settings tab's text-field helper: a committed value becomes a patch, or null to keep the old one. */
export type AddTextSetting = (name: string, desc: string, value: string, toPatch: (raw: string) => Partial<GapTrackerSettings> | null) => void;

/**
 * The "Prep notes" part of the settings tab. A value that cannot be used is refused with a Notice
 * and the field goes back to the old one, so a typo never sends notes somewhere unexpected.
 */
export function addPrepSettings(containerEl: HTMLElement, current: () => GapTrackerSettings, add: AddTextSetting): void {
	new Setting(containerEl).setName("Prep notes").setHeading();
	add("Prep note folder", "New prep notes go here; the folder is created when missing. Leave empty for the vault root.", current().prepFolder, (raw) =>
		folderPatch(raw, current().prepFolder, "prepFolder"),
	);
	add(
		"File name",
		"Name of a new prep note. Placeholders: {{date}}, {{company}}, {{role}}, {{stage}}. An existing note is never overwritten; a number is added instead.",
		current().prepFileNamePattern,
		(raw) => {
			const pattern = raw.replace(/\s+/g, " ").trim();
			if (!pattern) return refuse(`The file name cannot be empty; still using "${current().prepFileNamePattern}".`);
			return { prepFileNamePattern: pattern };
		},
	);
	add(
		"Template note",
		"Path of a note to use as the prep template, e.g. Templates/Interview prep.md. Leave empty for the built-in template.",
		current().prepTemplatePath,
		(raw) => {
			const path = raw.trim() ? normalizePath(raw.trim()) : "";
			if (path.split("/").includes("..")) return refuse(`The template must be a note inside the vault; still using "${current().prepTemplatePath}".`);
			return { prepTemplatePath: path };
		},
	);
	add("Date format", "How {{date}} is written in prep notes and their names (date-fns tokens, e.g. yyyy-MM-dd or d MMM yyyy).", current().prepDateFormat, (raw) => {
		const format = raw.trim();
		const why = checkDateFormat(format);
		if (why) return refuse(`${why} Still using "${current().prepDateFormat}".`);
		return { prepDateFormat: format };
	});
	add("Report folder", "Exported gap reports go here; the folder is created when missing.", current().reportFolder, (raw) =>
		folderPatch(raw, current().reportFolder, "reportFolder"),
	);
}

function folderPatch(raw: string, old: string, key: "prepFolder" | "reportFolder"): Partial<GapTrackerSettings> | null {
	const checked = checkFolder(raw);
	if (!checked.ok) return refuse(`${checked.reason} Still using "${old || "/"}".`);
	return { [key]: checked.path };
}

function refuse(message: string): null {
	new Notice(message);
	return null;
}
