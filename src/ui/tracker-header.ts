import type { Component } from "obsidian";
import type { Theme } from "../core/themes/theme-model";
import type { GroupBy, StatusFilter, TrackerFilter } from "../core/view-model/tracker-filter";
import type { TrackerCounts } from "../core/view-model/tracker-model";

export interface HeaderState {
	filter: TrackerFilter;
	groupBy: GroupBy;
}

const SEARCH_DELAY_MS = 150;

/**
 * Counts, search box, filters and the group-by switch. Built once; `update` only touches what
 * changed, so typing in the search box never loses focus to a redraw.
 */
export class TrackerHeader {
	readonly el: HTMLElement;
	private countEls: Record<keyof TrackerCounts, HTMLElement>;
	private company: HTMLSelectElement;
	private theme: HTMLSelectElement;
	private companies: readonly string[] = [];
	private themeIds = "";

	constructor(
		parent: HTMLElement,
		owner: Component,
		private state: HeaderState,
		private readonly onChange: (state: HeaderState) => void,
	) {
		this.el = parent.createDiv("igt-header");
		const counts = this.el.createDiv("igt-counts");
		this.countEls = {
			interviews: counts.createSpan({ cls: "igt-count-interviews" }),
			open: counts.createSpan({ cls: "igt-count-open" }),
			done: counts.createSpan({ cls: "igt-count-done" }),
		};
		const search = this.el.createEl("input", {
			cls: "igt-search",
			type: "search",
			placeholder: "Search struggles and action items",
			attr: { "aria-label": "Search" },
		});
		search.value = state.filter.search;
		let timer: number | undefined;
		owner.registerDomEvent(search, "input", () => {
			window.clearTimeout(timer);
			timer = window.setTimeout(() => this.set({ search: search.value }), SEARCH_DELAY_MS);
		});
		owner.register(() => window.clearTimeout(timer));

		const filters = this.el.createDiv("igt-filters");
		this.company = this.select(filters, owner, "Company", [["", "All companies"]], state.filter.company ?? "", (v) => this.set({ company: v || null }));
		const status: [StatusFilter, string][] = [["all", "All items"], ["open", "Open"], ["done", "Done"]];
		this.select(filters, owner, "Status", status, state.filter.status, (v) => this.set({ status: v as StatusFilter }));
		this.theme = this.select(filters, owner, "Theme", [["", "All themes"]], state.filter.themeId ?? "", (v) => this.set({ themeId: v || null }));
		this.theme.hide();
		this.date(filters, owner, "From", state.filter.from, (v) => this.set({ from: v }));
		this.date(filters, owner, "To", state.filter.to, (v) => this.set({ to: v }));
		const groups: [GroupBy, string][] = [["interview", "Group by interview"], ["company", "Group by company"]];
		this.select(filters, owner, "Group by", groups, state.groupBy, (v) => {
			this.state = { ...this.state, groupBy: v as GroupBy };
			this.onChange(this.state);
		});
	}

	/** Refreshes counts and the option lists that depend on the index. */
	update(counts: TrackerCounts, companies: readonly string[], themes: readonly Theme[] | null): void {
		const text: Record<keyof TrackerCounts, string> = {
			interviews: plural(counts.interviews, "interview"),
			open: `${counts.open} open`,
			done: `${counts.done} done`,
		};
		for (const k of Object.keys(text) as (keyof TrackerCounts)[]) if (this.countEls[k].textContent !== text[k]) this.countEls[k].setText(text[k]);
		if (companies.join("\n") !== this.companies.join("\n")) {
			this.companies = companies;
			this.fillOptions(this.company, "All companies", companies.map((c) => [c, c]), this.state.filter.company ?? "");
		}
		const ids = `${themes?.map((t) => t.id).join("\n") ?? ""}\u0000${this.state.filter.themeId ?? ""}`;
		if (ids !== this.themeIds) {
			this.themeIds = ids;
			const active = this.state.filter.themeId;
			const options: [string, string][] = (themes ?? []).map((t) => [t.id, t.name]);
			// The filtered gap left the analysis (its struggle is being retyped, or it was disabled): the
			// filter stays, and the menu says so, so an empty list is never a mystery.
			if (active && themes && !options.some(([id]) => id === active)) options.push([active, `${active} (not found now)`]);
			this.fillOptions(this.theme, "All themes", options, active ?? "");
			this.theme.toggle(options.length > 0);
		}
	}

	private set(patch: Partial<TrackerFilter>): void {
		this.state = { ...this.state, filter: { ...this.state.filter, ...patch } };
		this.onChange(this.state);
	}

	private select(parent: HTMLElement, owner: Component, label: string, options: [string, string][], value: string, onPick: (v: string) => void): HTMLSelectElement {
		const el = parent.createEl("select", { cls: "dropdown igt-select", attr: { "aria-label": label } });
		for (const [v, text] of options) el.createEl("option", { value: v, text });
		el.value = value;
		owner.registerDomEvent(el, "change", () => onPick(el.value));
		return el;
	}

	private fillOptions(el: HTMLSelectElement, allText: string, options: [string, string][], value: string): void {
		el.empty();
		el.createEl("option", { value: "", text: allText });
		for (const [v, text] of options) el.createEl("option", { value: v, text });
		el.value = options.some(([v]) => v === value) ? value : "";
	}

	private date(parent: HTMLElement, owner: Component, label: string, value: string | null, onPick: (v: string | null) => void): void {
		const wrap = parent.createEl("label", { cls: "igt-date" });
		wrap.createSpan({ text: label });
		const input = wrap.createEl("input", { type: "date" });
		input.value = value ?? "";
		owner.registerDomEvent(input, "change", () => onPick(input.value || null));
	}
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}
