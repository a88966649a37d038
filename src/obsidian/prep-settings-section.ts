import { normalizePath } from "obsidian";
import { checkDateFormat } from "../core/prep/prep-date";
import { checkFolder } from "../core/prep/prep-file-name";
import type { GapTrackerSettings } from "../core/settings";
import { refuse, type FieldGroup } from "./settings-fields";

/**
 * The "Prep notes" part of the settings tab. A value that cannot be used is refused with a Notice
 * and the field goes back to the old one, so a typo never sends notes somewhere unexpected.
 */
export function prepSettings(current: () => GapTrackerSettings): FieldGroup {
	return {
		heading: "Prep notes",
		rows: [
			{
				kind: "text",
				name: "Prep note folder",
				desc: "New prep notes go here; the folder is created when missing. Leave empty for the vault root.",
				value: () => current().prepFolder,
				toPatch: (raw) => folderPatch(raw, current().prepFolder, "prepFolder"),
			},
			{
				kind: "text",
				name: "File name",
				desc: "Name of a new prep note. Placeholders: {{date}}, {{company}}, {{role}}, {{stage}}. An existing note is never overwritten; a number is added instead.",
				value: () => current().prepFileNamePattern,
				toPatch: (raw) => {
					const pattern = raw.replace(/\s+/g, " ").trim();
					if (!pattern) return refuse(`The file name cannot be empty; still using "${current().prepFileNamePattern}".`);
					return { prepFileNamePattern: pattern };
				},
			},
			{
				kind: "text",
				name: "Template note",
				desc: "Path of a note to use as the prep template, e.g. Templates/Interview prep.md. Leave empty for the built-in template.",
				value: () => current().prepTemplatePath,
				toPatch: (raw) => {
					const path = raw.trim() ? normalizePath(raw.trim()) : "";
					if (path.split("/").includes("..")) return refuse(`The template must be a note inside the vault; still using "${current().prepTemplatePath}".`);
					return { prepTemplatePath: path };
				},
			},
			{
				kind: "text",
				name: "Date format",
				desc: "How {{date}} is written in prep notes and their names (date-fns tokens, e.g. yyyy-MM-dd or d MMM yyyy).",
				value: () => current().prepDateFormat,
				toPatch: (raw) => {
					const format = raw.trim();
					const why = checkDateFormat(format);
					if (why) return refuse(`${why} Still using "${current().prepDateFormat}".`);
					return { prepDateFormat: format };
				},
			},
			{
				kind: "text",
				name: "Report folder",
				desc: "Exported gap reports go here; the folder is created when missing.",
				value: () => current().reportFolder,
				toPatch: (raw) => folderPatch(raw, current().reportFolder, "reportFolder"),
			},
		],
	};
}

function folderPatch(raw: string, old: string, key: "prepFolder" | "reportFolder"): Partial<GapTrackerSettings> | null {
	const checked = checkFolder(raw);
	if (!checked.ok) return refuse(`${checked.reason} Still using "${old || "/"}".`);
	return { [key]: checked.path };
}
