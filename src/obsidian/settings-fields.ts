import { Notice } from "obsidian";
import type { GapTrackerSettings } from "../core/settings";

/** A text setting: a committed value becomes a patch, or null to refuse it and keep the old one. */
export interface TextField {
	kind: "text";
	name: string;
	desc: string;
	value: () => string;
	toPatch: (raw: string) => Partial<GapTrackerSettings> | null;
}

/** A row with no control, e.g. a summary of what data.json holds for settings the tab cannot edit. */
export interface InfoRow {
	kind: "info";
	name: string;
	desc: () => string;
}

/** A heading and its rows: rendered by `display()` before Obsidian 1.13, declared for its search after. */
export interface FieldGroup {
	heading: string;
	rows: (TextField | InfoRow)[];
}

/** Shows why a value was refused; the caller returns null so the field goes back to the old value. */
export function refuse(message: string): null {
	new Notice(message);
	return null;
}
