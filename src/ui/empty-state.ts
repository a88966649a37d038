/** The message shown instead of the tracker when there is nothing to list, saying what to do. */
export function renderEmptyState(parent: HTMLElement, tag: string, names: { struggles: string; actions: string }): void {
	const box = parent.createDiv("igt-empty");
	box.createEl("p", { cls: "igt-empty-title", text: "No interview notes yet" });
	const how = box.createEl("p");
	how.appendText("The tracker lists notes tagged ");
	how.createEl("code", { text: `#${tag}` });
	how.appendText(". Add the tag to a reflection note, in its properties (");
	how.createEl("code", { text: `tags: ${tag}` });
	how.appendText(") or anywhere in the text, and give the note a ");
	how.createEl("strong", { text: names.struggles });
	how.appendText(" and an ");
	how.createEl("strong", { text: names.actions });
	how.appendText(" section.");
}

/** Shown while the first index build runs. */
export function renderBuilding(parent: HTMLElement): void {
	parent.createDiv({ cls: "igt-empty", text: "Building the gap index…" });
}

/** Shown when the filters hide every interview, with a way out. */
export function renderNoMatch(parent: HTMLElement, onClear: () => void): void {
	const box = parent.createDiv("igt-empty");
	box.createEl("p", { text: "Nothing matches these filters." });
	box.createEl("button", { text: "Clear filters" }).addEventListener("click", onClear);
}
