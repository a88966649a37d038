import { setIcon } from "obsidian";
import { withoutEmphasis } from "../core/clean-title";
import type { ActionItem, Interview, Step, Struggle } from "../core/model";
import { setFocusKey } from "./focus-keeper";
import { bindOpen, HEADING_WITHOUT_STEPS, READ_ONLY_CHECKBOX, type RenderHooks } from "./render-hooks";
import { safeCut } from "../core/text-lines";

const EXCERPT_CHARS = 160;
const WIKI_LINK = /!?\[\[([^\]|]+?)(?:\|([^\]]*))?\]\]/g;

/**
 * Text with its wiki links written as reading view shows them: the alias, else the target with
 * `#` as " > " and a block id dropped. Display only: the row is already a link to its line (links
 * cannot nest), and the raw text stays what a tick verifies against.
 */
export function linkText(text: string): string {
	if (!text.includes("[[")) return text;
	return text.replace(WIKI_LINK, (_m, target: string, alias: string | undefined) => alias?.trim() || target.replace(/#\^[^#]*$/, "").split("#").join(" > ").trim());
}

/** A title that opens its note at `line`; a real link so keyboard and middle click work. */
export function renderLink(parent: HTMLElement, text: string, path: string, line: number, hooks: RenderHooks, cls = "igt-link"): HTMLElement {
	const a = parent.createEl("a", { cls, text, href: "#", attr: { "data-path": path, "data-line": line } });
	setFocusKey(a, "link", cls, path, line);
	bindOpen(a, path, line, hooks);
	return a;
}

/** "2025-11-23 · Shopee · Backend Engineer", skipping what the note does not say. */
export function metaLine(iv: Interview): string {
	return [iv.date, iv.company, iv.role].filter((v): v is string => !!v).join(" · ");
}

/** The interview's title (opens the note) and its date/company/role. */
export function renderInterviewHeading(parent: HTMLElement, iv: Interview, hooks: RenderHooks): void {
	const head = parent.createDiv("igt-interview");
	renderLink(head, iv.title, iv.path, 1, hooks, "igt-link igt-interview-title");
	const meta = metaLine(iv);
	if (meta) head.createSpan({ cls: "igt-meta", text: meta });
}

function renderCheck(parent: HTMLElement, iv: Interview, line: number, checked: boolean, text: string, hooks: RenderHooks): void {
	const path = iv.path;
	const box = parent.createEl("input", { cls: "igt-check task-list-item-checkbox", type: "checkbox" });
	box.checked = checked;
	const toggle = hooks.onToggle;
	if (!toggle) {
		box.disabled = true;
		box.title = READ_ONLY_CHECKBOX;
		return;
	}
	box.setAttr("aria-label", checked ? `Mark "${text}" as not done` : `Mark "${text}" as done`);
	setFocusKey(box, "check", path, line);
	let shown = checked;
	let writing = false;
	box.addEventListener("change", () => {
		// A second click while the first is written is undone, not sent. Not `disabled`: that would
		// take the focus away from a keyboard user, and the redraw could not give it back.
		if (writing) {
			box.checked = !box.checked;
			return;
		}
		const ref = { path, line, checked: shown, text, source: iv };
		// Optimistic: show the new state now, and put the old one back if nothing was written.
		box.checked = !shown;
		writing = true;
		box.setAttr("aria-busy", "true");
		void Promise.resolve(toggle(ref)).then((ok) => {
			writing = false;
			box.removeAttribute("aria-busy");
			if (ok === false) box.checked = shown;
			else shown = !shown;
		});
	});
}

/** A heading item checks through its steps; with none there is nothing to tick, and the tooltip says so. */
function renderHeadingCheck(parent: HTMLElement, iv: Interview, item: ActionItem, hooks: RenderHooks): void {
	if (item.steps.length > 0) return renderCheck(parent, iv, item.line, item.done, item.title, hooks);
	const box = parent.createEl("input", { cls: "igt-check task-list-item-checkbox", type: "checkbox" });
	box.disabled = true;
	box.title = HEADING_WITHOUT_STEPS;
}

function renderStep(parent: HTMLElement, iv: Interview, step: Step, hooks: RenderHooks): void {
	const li = parent.createEl("li", { cls: "igt-step" });
	li.toggleClass("is-done", step.checked);
	// A plain bullet is an open step too: ticking it writes `[x]` into the note.
	renderCheck(li, iv, step.line, step.checked, step.text, hooks);
	renderLink(li, linkText(step.text), iv.path, step.line, hooks, "igt-link igt-step-text");
}

function renderProgress(parent: HTMLElement, item: ActionItem): void {
	const done = item.steps.filter((s) => s.checked).length;
	const total = item.steps.length;
	const wrap = parent.createDiv("igt-progress");
	wrap.createEl("progress", { attr: { value: done, max: total, "aria-label": `${done} of ${total} steps done` } });
	wrap.createSpan({ cls: "igt-progress-text", text: `${done}/${total}` });
}

/** One action item: checkbox, title, progress and steps. */
export function renderActionItem(parent: HTMLElement, iv: Interview, item: ActionItem, hooks: RenderHooks): void {
	const path = iv.path;
	const li = parent.createEl("li", { cls: "igt-item" });
	li.toggleClass("is-done", item.done);
	const row = li.createDiv("igt-item-row");
	// A list item with steps is done when its steps are, and ticking it ticks them all.
	if (item.kind === "heading") renderHeadingCheck(row, iv, item, hooks);
	else renderCheck(row, iv, item.line, item.steps.length > 0 ? item.done : item.checked === true, item.title, hooks);
	renderLink(row, linkText(item.title), path, item.line, hooks, "igt-link igt-item-title");
	if (item.steps.length === 0) return;
	renderProgress(li, item);
	const steps = li.createEl("ul", { cls: "igt-steps" });
	for (const s of item.steps) renderStep(steps, iv, s, hooks);
}

/**
 * First sentence-ish of a body as reading view shows it: quote, heading and list markers and
 * bold/italic markers dropped, wiki links as their text, whitespace collapsed, cut at a word.
 */
export function excerpt(body: string, max = EXCERPT_CHARS): string {
	const flat = body
		.split(/\r?\n/)
		.map((l) => withoutEmphasis(linkText(l.replace(/^\s*(?:>\s?)*\s*(?:#{1,6}\s+)?(?:(?:[-*+]|\d+[.)])\s+(?:\[.\]\s+)?)?/, ""))).trim())
		.filter((l) => l.length > 0)
		.join(" ");
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, safeCut(flat, max));
	const space = cut.lastIndexOf(" ");
	return (space > max / 2 ? cut.slice(0, space) : cut) + "…";
}

/** One struggle: title, excerpt and a slot for its theme chips. */
export function renderStruggle(parent: HTMLElement, path: string, s: Struggle, hooks: RenderHooks): void {
	const li = parent.createEl("li", { cls: "igt-struggle" });
	renderLink(li, linkText(s.title), path, s.line, hooks, "igt-link igt-struggle-title");
	const text = excerpt(s.body);
	if (text) li.createDiv({ cls: "igt-excerpt", text });
	const chips = li.createDiv("igt-chips");
	for (const name of hooks.themesOfStruggle?.(path, s.line) ?? []) chips.createSpan({ cls: "igt-chip", text: name });
	if (!chips.firstChild) chips.remove();
}

/** An interview's warnings, each a sentence the user can act on. */
export function renderWarnings(parent: HTMLElement, iv: Interview): void {
	const ul = parent.createEl("ul", { cls: "igt-warnings" });
	for (const w of iv.warnings) {
		const li = ul.createEl("li", { cls: "igt-warning" });
		setIcon(li.createSpan("igt-warning-icon"), "alert-triangle");
		li.createSpan({ text: w });
	}
}
