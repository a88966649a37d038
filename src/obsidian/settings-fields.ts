import { Notice, type AbstractTextComponent, type Setting } from "obsidian";
import type { GapTrackerSettings } from "../core/settings";
import { describeRange, inRange, type NumberRange } from "../core/settings-checks";

/** A settings change, or null to refuse the typed value. */
type Patch = Partial<GapTrackerSettings> | null;

/** A text setting: a committed value becomes a patch, or null to refuse it and keep the old one. */
export interface TextField {
	kind: "text";
	name: string;
	desc: string;
	value: () => string;
	toPatch: (raw: string) => Patch;
}

/**
 * A multi-line setting in a monospace text area. Unlike a one-line field, a refused value stays in
 * the box (marked invalid) while the old one stays in use: a blur must not throw away several
 * lines of typing because one of them has a typo.
 */
export interface TextAreaField {
	kind: "textarea";
	name: string;
	desc: string;
	rows: number;
	/** Shown while the box is empty: an example is clearer than a grammar. */
	placeholder?: string;
	value: () => string;
	toPatch: (raw: string) => Patch;
}

/** A number setting, refused with a Notice unless it is a number in [min, max] (whole when `integer`). */
export interface NumberField extends NumberRange {
	kind: "number";
	name: string;
	desc: string;
	value: () => number;
	toPatch: (value: number) => Partial<GapTrackerSettings>;
}

/** A row with no control, e.g. a summary of what data.json holds for settings the tab cannot edit. */
export interface InfoRow {
	kind: "info";
	name: string;
	desc: () => string;
}

export type SettingsRow = TextField | TextAreaField | NumberField | InfoRow;

/** A heading and its rows: rendered by `display()` before Obsidian 1.13, declared for its search after. */
export interface FieldGroup {
	heading: string;
	rows: SettingsRow[];
}

/** Shows why a value was refused; the caller returns null so the field goes back to the old value. */
export function refuse(message: string): null {
	new Notice(message);
	return null;
}

/** The row's description as a string, for `setDesc` and for Obsidian 1.13's settings search. */
export function rowDesc(row: SettingsRow): string {
	return row.kind === "info" ? row.desc() : row.desc;
}

/**
 * Fills one row. Fields commit on the `change` event (blur or Enter), not on every keystroke, so a
 * half-typed value never triggers a rebuild; the committed value becomes a patch or is refused.
 */
export function renderRow(setting: Setting, row: SettingsRow, save: (patch: Partial<GapTrackerSettings>) => Promise<void>): void {
	setting.setName(row.name).setDesc(rowDesc(row));
	if (row.kind === "info") return;
	if (row.kind === "textarea") {
		setting.setClass("igt-setting-textarea").addTextArea((area) => {
			area.inputEl.rows = row.rows;
			area.inputEl.spellcheck = false;
			area.inputEl.addClass("igt-setting-code");
			if (row.placeholder) area.setPlaceholder(row.placeholder);
			commitOnChange(area, row.value, row.toPatch, save, true);
		});
		return;
	}
	setting.addText((text) => {
		if (row.kind === "text") return commitOnChange(text, row.value, row.toPatch, save, false);
		text.inputEl.type = "number";
		text.inputEl.min = String(row.min);
		text.inputEl.max = String(row.max);
		text.inputEl.step = row.integer ? "1" : "any";
		commitOnChange(text, () => String(row.value()), (raw) => numberPatch(row, raw), save, false);
	});
}

function numberPatch(row: NumberField, raw: string): Patch {
	const value = raw.trim() === "" ? NaN : Number(raw);
	if (!inRange(value, row)) return refuse(`${row.name} must be ${describeRange(row)}; still using ${row.value()}.`);
	return row.toPatch(value);
}

function commitOnChange<T extends HTMLInputElement | HTMLTextAreaElement>(
	field: AbstractTextComponent<T>,
	value: () => string,
	toPatch: (raw: string) => Patch,
	save: (patch: Partial<GapTrackerSettings>) => Promise<void>,
	keepRefused: boolean,
): void {
	field.setValue(value());
	field.inputEl.addEventListener("change", () => {
		const patch = toPatch(field.getValue());
		if (!patch) {
			if (keepRefused) field.inputEl.setAttr("aria-invalid", "true");
			else field.setValue(value());
			return;
		}
		field.inputEl.removeAttribute("aria-invalid");
		// Shows the value as saved (`#Job-Interview` → `job-interview`), so what you see is what is used.
		// Now, not once the save and rebuild are done: what the user types meanwhile must stay. The
		// host takes the new settings before its first await, so `value()` already reads them.
		void save(patch);
		field.setValue(value());
	});
}
