import { setIcon } from "obsidian";
import type { ThemeAnalysis } from "../core/themes/theme-model";
import { buildGapsModel, plural, STATUS_INFO, type GapPoint, type GapRow, type GapsModel } from "../core/view-model/gaps-model";
import { renderAxisLabels, renderTimeline } from "./gap-timeline";
import type { RenderHooks } from "./render-hooks";
import { linkText, renderLink } from "./render-items";
import { keepFocus, setFocusKey } from "./focus-keeper";
import { placeChildren } from "./keyed-children";

// Rows are shared between renders of one analysis (see buildGapsModel): each is serialised once.
const rowKeys = new WeakMap<GapRow, string>();

function rowKey(row: GapRow): string {
	let key = rowKeys.get(row);
	if (key === undefined) {
		key = JSON.stringify(row);
		rowKeys.set(row, key);
	}
	return key;
}

/** Collapsed key of the section, in the same set (and view state) as the other sections. */
export const GAPS_SECTION_KEY = "section:gaps";
/**
 * Dots per axis width: dots closer than 1/TIMELINE_SLOTS of the axis are drawn as one. A merged dot
 * is 10 px wide (a single one 8), and the axis of a 300 px sidebar is about 280 px after its insets,
 * so nearer dots would overlap and a tap would open the wrong interview; a gap seen in 1,000
 * interviews would also put 2,000 SVG nodes in a row.
 */
export const TIMELINE_SLOTS = 26;

export interface GapsRequest {
	/** Null hides the section (no interviews yet, or the engine failed). */
	analysis: ThemeAnalysis | null;
	/** Theme id of the pane's theme filter. */
	activeId: string | null;
	/** Rows before "Show all"; null shows every gap. */
	limit: number | null;
}

export interface GapsSectionOptions {
	/** Sets (an id) or clears (null) the pane's theme filter. Absent: gap names are plain text. */
	onPick?: (themeId: string | null) => void;
	/** After the user collapsed or expanded the section, so the caller can save its view state. */
	onCollapse?: () => void;
}

/**
 * The "Recurring gaps" section: the ranked themes with status, counts, interview chips, linked
 * open items and a timeline. Rebuilt only when the analysis object, the active theme, the limit
 * or its own toggles change; the index re-renders the pane on every edit, but the analysis is
 * replaced only after the debounced recompute, so typing never rebuilds this section.
 */
export class GapsSection {
	readonly el: HTMLElement;
	/** Times the section was re-rendered from an analysis (tests read it to check that unchanged input is skipped). */
	builds = 0;
	private readonly headEl: HTMLElement;
	private readonly countEl: HTMLElement;
	private readonly bodyEl: HTMLElement;
	private showAll = false;
	private last: { req: GapsRequest; collapsed: boolean; showAll: boolean } | null = null;

	constructor(
		parent: HTMLElement,
		private readonly hooks: RenderHooks,
		/** Collapsed keys shared with the rest of the pane; owned by the caller, mutated here. */
		readonly collapsed: Set<string>,
		private readonly options: GapsSectionOptions = {},
	) {
		this.el = parent.createDiv("igt-section igt-section-gaps");
		this.headEl = this.el.createDiv({ cls: "igt-section-head", attr: { role: "button", tabindex: 0 } });
		setIcon(this.headEl.createSpan("igt-collapse-icon"), "chevron-down");
		this.headEl.createSpan({ cls: "igt-section-title", text: "Recurring gaps" });
		this.countEl = this.headEl.createSpan("igt-count");
		onActivate(this.headEl, () => {
			if (this.collapsed.has(GAPS_SECTION_KEY)) this.collapsed.delete(GAPS_SECTION_KEY);
			else this.collapsed.add(GAPS_SECTION_KEY);
			this.options.onCollapse?.();
			this.rerender();
		});
		this.bodyEl = this.el.createDiv("igt-section-body");
		this.el.hide();
	}

	private shownKey = "";
	/** Rows drawn, by their content: a row whose content is unchanged keeps its DOM. */
	private rowEls = new Map<string, HTMLElement>();
	private listEl: HTMLElement | null = null;
	/** Rows built from scratch (tests read it to check that picking a gap rebuilds only two). */
	rowsBuilt = 0;

	render(req: GapsRequest): void {
		const collapsed = this.collapsed.has(GAPS_SECTION_KEY);
		const l = this.last;
		if (l && l.req.analysis === req.analysis && l.req.activeId === req.activeId && l.req.limit === req.limit && l.collapsed === collapsed && l.showAll === this.showAll) return;
		this.last = { req, collapsed, showAll: this.showAll };
		this.el.toggle(req.analysis !== null);
		this.el.toggleClass("is-collapsed", collapsed);
		this.headEl.setAttr("aria-expanded", String(!collapsed));
		const model = req.analysis ? buildGapsModel(req.analysis, { limit: req.limit, showAll: this.showAll, activeId: req.activeId }) : null;
		// Every edit brings a new analysis 400 ms later; most leave every row as it was, and then
		// the rows (and the focus on one of them) stay.
		const keys = model ? model.rows.map(rowKey) : [];
		const shown = model ? [String(collapsed), model.total, model.hidden, model.axis.from, model.axis.to, ...keys].join("\u0000") : "";
		if (shown !== "" && shown === this.shownKey) return;
		this.shownKey = shown;
		if (!model || collapsed || model.total === 0) {
			this.bodyEl.empty();
			this.listEl = null;
			this.rowEls.clear();
		}
		if (!model) return;
		this.builds++;
		this.countEl.setText(String(model.total));
		if (collapsed) return;
		if (model.total === 0) {
			this.bodyEl.createDiv({
				cls: "igt-gaps-empty",
				text: "No gaps yet. Struggles are grouped into gaps as interview notes describe them; a gap that shows up twice is marked recurring.",
			});
			return;
		}
		// Everything but the list is redrawn; the list keeps the rows whose content is unchanged, so
		// picking a gap rebuilds two rows, not every timeline and chip.
		for (const child of Array.from(this.bodyEl.children)) if (child !== this.listEl) child.remove();
		const ol = this.listEl ?? this.bodyEl.createEl("ol", { cls: "igt-gaps" });
		this.listEl = ol;
		const axis = renderAxisLabels(this.bodyEl, model.axis);
		if (axis) this.bodyEl.insertBefore(axis, ol);
		const next = new Map<string, HTMLElement>();
		const els = model.rows.map((row, i) => {
			const key = keys[i] ?? "";
			const el = next.get(key) ?? this.rowEls.get(key) ?? this.renderRow(ol, row);
			next.set(key, el);
			return el;
		});
		placeChildren(ol, els);
		this.rowEls = next;
		this.renderMore(model, req.limit);
	}

	private rerender(): void {
		const last = this.last;
		if (last) keepFocus(this.el, () => this.render({ ...last.req }));
	}

	private renderRow(parent: HTMLElement, row: GapRow): HTMLElement {
		this.rowsBuilt++;
		const li = parent.createEl("li", { cls: `igt-gap is-${row.status}`, attr: { "data-theme-id": row.id } });
		li.toggleClass("is-active", row.active);
		const head = li.createDiv("igt-gap-head");
		this.renderName(head, row);
		const status = STATUS_INFO[row.status];
		head.createSpan({ cls: `igt-gap-badge is-${row.status}`, text: status.label, attr: { "aria-label": `${status.label}: ${status.hint}` } });
		const meta = li.createDiv("igt-gap-meta");
		meta.createSpan({ cls: "igt-gap-count", text: row.summary });
		if (row.lastSeen) meta.createSpan({ cls: "igt-gap-last", text: `Last seen ${row.lastSeen}` });
		const chips = li.createDiv("igt-chips igt-gap-chips");
		if (row.earlierChips > 0) chips.createSpan({ cls: "igt-gap-earlier", text: `+${row.earlierChips} earlier` });
		for (const c of row.chips) {
			const a = renderLink(chips, c.label, c.path, c.line, this.hooks, "igt-chip igt-gap-chip");
			a.setAttr("aria-label", c.struggles > 1 ? `${c.tooltip}: ${c.struggles} struggles` : c.tooltip);
			if (c.struggles > 1) a.createSpan({ cls: "igt-gap-chip-count", text: `×${c.struggles}` });
		}
		renderTimeline(li, mergeClosePoints(row.points), row.timelineLabel, this.hooks);
		renderItems(li, row, this.hooks);
		return li;
	}

	private renderName(head: HTMLElement, row: GapRow): void {
		const pick = this.options.onPick;
		if (!pick) {
			head.createSpan({ cls: "igt-gap-name", text: row.name });
			return;
		}
		const name = head.createSpan({
			cls: "igt-gap-name is-clickable",
			text: row.name,
			attr: {
				role: "button",
				tabindex: 0,
				"aria-pressed": String(row.active),
				"aria-label": row.active ? `${row.name}: show every gap again` : `${row.name}: show only this gap below`,
			},
		});
		if (row.active) setIcon(head.createSpan({ cls: "igt-gap-filter-icon", attr: { "aria-hidden": "true" } }), "filter");
		setFocusKey(name, "gap", row.id);
		onActivate(name, () => pick(row.active ? null : row.id));
	}

	private renderMore(model: GapsModel, limit: number | null): void {
		if (limit === null || model.total <= limit) return;
		const text = this.showAll ? `Show top ${limit}` : `Show all (${model.total})`;
		const button = this.bodyEl.createEl("button", { cls: "igt-more igt-gaps-more", text });
		setFocusKey(button, "gaps-more");
		button.addEventListener("click", () => {
			this.showAll = !this.showAll;
			this.rerender();
		});
	}
}

/**
 * Points closer than 1/TIMELINE_SLOTS to the dot before them become one dot at their mean position,
 * its tooltip counting them; a click on it opens the latest of them, the occurrence the user most
 * likely means. A point joins a dot while it is that close to the dot's mean so far, so the dots
 * drawn are always at least that far apart: slots on a fixed grid let neighbours overlap.
 */
export function mergeClosePoints(points: readonly GapPoint[]): GapPoint[] {
	const gap = 1 / TIMELINE_SLOTS;
	const groups: GapPoint[][] = [];
	let mean = -Infinity;
	for (const p of [...points].sort((a, b) => a.at - b.at)) {
		const last = groups[groups.length - 1];
		if (last && p.at - mean < gap) {
			last.push(p);
			mean += (p.at - mean) / last.length;
		} else {
			groups.push([p]);
			mean = p.at;
		}
	}
	const merged: GapPoint[] = [];
	for (const [first, ...rest] of groups) {
		if (!first) continue;
		if (rest.length === 0) {
			merged.push(first);
			continue;
		}
		let [from, latest, sum] = [first.date, first, first.at];
		for (const p of rest) {
			if (p.date < from) from = p.date;
			if (p.date > latest.date) latest = p;
			sum += p.at;
		}
		const span = from === latest.date ? from : `${from} to ${latest.date}`;
		merged.push({ at: sum / (rest.length + 1), date: from, label: `${rest.length + 1} interviews, ${span}`, path: latest.path, line: latest.line, count: rest.length + 1 });
	}
	return merged;
}

/** The gap's first open action items as links, then how many more (or that none is open). */
function renderItems(parent: HTMLElement, row: GapRow, hooks: RenderHooks): void {
	if (row.openItems.length === 0) {
		const text = row.doneItems > 0 ? `All ${plural(row.doneItems, "linked action item")} done` : "No action item addresses this gap yet";
		parent.createDiv({ cls: "igt-gap-note", text });
		return;
	}
	const ul = parent.createEl("ul", { cls: "igt-gap-items" });
	for (const item of row.openItems) renderLink(ul.createEl("li", { cls: "igt-gap-item" }), linkText(item.title), item.path, item.line, hooks, "igt-link igt-gap-item-title");
	if (row.moreOpen > 0) ul.createEl("li", { cls: "igt-gap-note", text: `and ${row.moreOpen} more open` });
}

/** Click, Enter or Space: a role="button" element that works from the keyboard. */
function onActivate(el: HTMLElement, action: () => void): void {
	el.addEventListener("click", (evt) => {
		evt.preventDefault();
		action();
	});
	el.addEventListener("keydown", (evt) => {
		if (evt.key !== "Enter" && evt.key !== " ") return;
		evt.preventDefault();
		action();
	});
}
