import { Modal, Notice, Setting, type App } from "obsidian";
import { checkPrepDate } from "../core/prep/prep-date";
import { checkPrepForm, type PrepFormField, type PrepFormValues } from "../core/prep/prep-form";
import type { PrepOptions } from "../core/prep/render-prep-note";

export interface PrepModalOptions {
	title: string;
	/** Offered under the company field; any other name can be typed. */
	companies: readonly string[];
	initial: PrepFormValues;
	/** Writes the note; resolves true when done (the modal closes), false to let the user retry. */
	submit(options: PrepOptions): Promise<boolean>;
}

const FIELDS: readonly { field: PrepFormField; name: string; desc: string; placeholder: string }[] = [
	{ field: "company", name: "Company", desc: "Pick one you have interviewed with, or type a new one.", placeholder: "Company" },
	{ field: "role", name: "Role", desc: "", placeholder: "Backend engineer" },
	{ field: "date", name: "Date", desc: "Type YYYY-MM-DD or use the calendar.", placeholder: "YYYY-MM-DD" },
	{ field: "stage", name: "Stage", desc: "", placeholder: "Hiring manager round" },
];

let modalCount = 0;

/**
 * Asks for the interview a prep note is for. Enter submits from any field, Escape cancels; a
 * field's problem is written next to it (and announced), not only in a passing Notice.
 */
export class PrepNoteModal extends Modal {
	private readonly inputs = new Map<PrepFormField, HTMLInputElement>();
	private readonly errors = new Map<PrepFormField, HTMLElement>();
	private picker: HTMLInputElement | null = null;
	private button: HTMLButtonElement | null = null;
	private busy = false;
	private closed = false;
	private readonly uid = `igt-prep-${++modalCount}`;

	constructor(
		app: App,
		private readonly options: PrepModalOptions,
	) {
		super(app);
	}

	onOpen(): void {
		this.closed = false;
		this.titleEl.setText(this.options.title);
		const { contentEl } = this;
		contentEl.empty();
		contentEl.addClass("igt-prep-modal");
		for (const spec of FIELDS) this.addField(contentEl, spec);
		const list = contentEl.createEl("datalist", { attr: { id: `${this.uid}-companies` } });
		for (const name of this.options.companies) list.createEl("option", { value: name });
		new Setting(contentEl).addButton((b) => {
			this.button = b.buttonEl;
			b.setButtonText("Create prep note")
				.setCta()
				.onClick(() => void this.submit());
		});
		contentEl.addEventListener("keydown", (evt) => this.onKey(evt));
		const first = this.options.initial.company.trim() ? "date" : "company";
		this.inputs.get(first)?.focus();
	}

	onClose(): void {
		this.closed = true;
		this.contentEl.empty();
	}

	/** The fields as typed now (what `submit` checks). */
	values(): PrepFormValues {
		const v = (f: PrepFormField) => this.inputs.get(f)?.value ?? "";
		return { company: v("company"), role: v("role"), date: v("date"), stage: v("stage") };
	}

	/** Checks the fields; writes the note when they pass, else explains beside each bad field. */
	async submit(): Promise<void> {
		if (this.busy || this.closed) return;
		const check = checkPrepForm(this.values());
		if (!check.ok) {
			for (const { field } of FIELDS) this.showError(field, check.errors[field] ?? null);
			const bad = FIELDS.find(({ field }) => check.errors[field]);
			if (bad) this.inputs.get(bad.field)?.focus();
			return;
		}
		for (const { field } of FIELDS) this.showError(field, null);
		this.setBusy(true);
		let done = false;
		try {
			done = await this.options.submit(check.options);
		} catch (e) {
			console.error("Interview gap tracker: prep note submit failed", e);
			new Notice("Could not create the prep note; see the developer console.");
		}
		this.setBusy(false);
		if (done && !this.closed) this.close();
	}

	private addField(parent: HTMLElement, spec: (typeof FIELDS)[number]): void {
		const setting = new Setting(parent).setName(spec.name);
		if (spec.desc) setting.setDesc(spec.desc);
		const error = setting.infoEl.createDiv({ cls: "igt-prep-error", attr: { id: `${this.uid}-${spec.field}-error`, "aria-live": "polite" } });
		error.hide();
		setting.addText((text) => {
			const input = text.inputEl;
			text.setPlaceholder(spec.placeholder).setValue(this.options.initial[spec.field]);
			input.setAttr("aria-describedby", error.id);
			input.setAttr("aria-label", spec.name);
			if (spec.field === "company") input.setAttr("list", `${this.uid}-companies`);
			// A shown error is re-checked while typing, so it disappears as soon as the field is fixed.
			input.addEventListener("input", () => {
				if (error.isShown()) this.recheck(spec.field);
			});
			this.inputs.set(spec.field, input);
		});
		this.errors.set(spec.field, error);
		if (spec.field === "date") this.addPicker(setting);
	}

	/** The calendar beside the typed date; either one updates the other. */
	private addPicker(setting: Setting): void {
		const text = this.inputs.get("date");
		const picker = setting.controlEl.createEl("input", { type: "date", cls: "igt-prep-date-picker", attr: { "aria-label": "Pick the date" } });
		const sync = () => {
			const checked = checkPrepDate(text?.value ?? "");
			picker.value = checked.ok ? checked.date : "";
		};
		sync();
		picker.addEventListener("change", () => {
			if (!text || !picker.value) return;
			text.value = picker.value;
			this.recheck("date");
		});
		text?.addEventListener("input", sync);
		this.picker = picker;
	}

	private recheck(field: PrepFormField): void {
		const check = checkPrepForm(this.values());
		this.showError(field, check.ok ? null : (check.errors[field] ?? null));
	}

	private showError(field: PrepFormField, message: string | null): void {
		const el = this.errors.get(field);
		const input = this.inputs.get(field);
		if (!el || !input) return;
		el.setText(message ?? "");
		el.toggle(message !== null);
		input.setAttr("aria-invalid", message !== null ? "true" : null);
	}

	private onKey(evt: KeyboardEvent): void {
		if (evt.isComposing) return;
		if (evt.key === "Enter" && !evt.shiftKey && evt.target !== this.button && evt.target !== this.picker) {
			evt.preventDefault();
			void this.submit();
		} else if (evt.key === "Escape" && !this.closed) {
			// Obsidian's modal scope closes on Escape too; the guard makes the second close a no-op.
			evt.preventDefault();
			this.close();
		}
	}

	private setBusy(busy: boolean): void {
		this.busy = busy;
		this.button?.toggleAttribute("disabled", busy);
	}
}
