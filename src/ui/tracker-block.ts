import { MarkdownRenderChild } from "obsidian";
import { parseBlockOptions, type ParsedBlock } from "../core/view-model/block-options";
import { DEFAULT_TRACKER_FILTER } from "../core/view-model/tracker-filter";
import { buildTrackerModel, type TrackerModel } from "../core/view-model/tracker-model";
import { renderBuilding, renderEmptyState } from "./empty-state";
import { keepFocus } from "./focus-keeper";
import { GapsSection } from "./render-gaps";
import type { TrackerContext } from "./tracker-context";
import { TrackerRenderer, type SectionName } from "./tracker-renderer";

/**
 * A `gap-tracker` code block: the tracker, or the part its `key: value` lines ask for, kept
 * live while the note is shown. Obsidian unloads it (and its subscription) with the section.
 */
export class TrackerBlock extends MarkdownRenderChild {
	private readonly parsed: ParsedBlock;
	private renderer: TrackerRenderer | null = null;
	private gaps: GapsSection | null = null;
	private bodyEl: HTMLElement | null = null;

	constructor(
		containerEl: HTMLElement,
		source: string,
		private readonly ctx: TrackerContext,
	) {
		super(containerEl);
		this.parsed = parseBlockOptions(source);
	}

	onload(): void {
		const root = this.containerEl.createDiv("igt-block");
		if (this.parsed.errors.length > 0) {
			const box = root.createDiv({ cls: "igt-block-errors", attr: { role: "alert" } });
			box.createEl("p", { text: "This gap-tracker block has lines it cannot use:" });
			const ul = box.createEl("ul");
			for (const e of this.parsed.errors) ul.createEl("li", { text: e });
		}
		this.bodyEl = root.createDiv("igt-block-body");
		this.register(this.ctx.data.subscribe(() => this.redraw()));
		if (this.ctx.onThemesChanged) this.register(this.ctx.onThemesChanged(() => this.redraw()));
		this.redraw();
	}

	private redraw(): void {
		keepFocus(this.containerEl, () => this.render());
	}

	private render(): void {
		const body = this.bodyEl;
		if (!body) return;
		const { options } = this.parsed;
		const interviews = this.ctx.data.interviews();
		if (interviews.length === 0) {
			body.empty();
			this.renderer = null;
			this.gaps = null;
			if (this.ctx.data.state === "warm") renderEmptyState(body, this.ctx.tag(), this.ctx.sectionNames());
			else renderBuilding(body);
			return;
		}
		if (options.section === "gaps") {
			this.renderGaps(body);
			return;
		}
		const filter = { ...DEFAULT_TRACKER_FILTER, company: options.company, status: options.status };
		const model = limit(buildTrackerModel(interviews, filter, "interview", this.ctx.themes()), options.limit);
		const sections: Exclude<SectionName, "warnings">[] = options.section ? [options.section] : ["actions", "struggles"];
		if (sections.every((name) => model[name].length === 0)) {
			body.empty();
			this.renderer = null;
			const why = this.nothingToShow(model, sections);
			const message = body.createDiv({ cls: "igt-empty", text: why.text });
			if (why.seeThePane && this.ctx.openTracker) {
				const button = message.createEl("button", { cls: "igt-open-tracker", text: "Open gap tracker" });
				button.addEventListener("click", () => this.ctx.openTracker?.());
			}
			return;
		}
		if (!this.renderer) {
			body.empty();
			this.renderer = new TrackerRenderer(body, this.ctx.hooks, new Set());
		}
		this.renderer.render({ model, grouping: "interview", sections, signature: JSON.stringify(filter), pageSize: null });
	}

	/**
	 * Why the block lists nothing. A misspelt company would otherwise leave it blank; and the block
	 * never lists warnings, so a note it found but could not read needs pointing to the pane that does.
	 */
	private nothingToShow(model: TrackerModel, sections: readonly Exclude<SectionName, "warnings">[]): { text: string; seeThePane: boolean } {
		const { company, status } = this.parsed.options;
		const asked = [company ? `company: ${company}` : "", status !== "all" ? `status: ${status}` : ""].filter(Boolean);
		// Every note with nothing in a section carries a "No '…' section" or "… is empty" warning.
		const bare = model.warnings.filter((e) => sections.every((name) => (name === "actions" ? e.interview.actionItems : e.interview.struggles).length === 0)).length;
		const parts: string[] = [];
		if (asked.length > 0 && (bare === 0 || model.counts.interviews > bare)) parts.push(`Nothing matches ${asked.join(", ")}.`);
		if (bare > 0) {
			const names = this.ctx.sectionNames();
			const under = sections.map((name) => `'${names[name]}'`).join(" or ");
			parts.push(`${bare === 1 ? "1 tagged note has" : `${bare} tagged notes have`} nothing under ${under}; open the gap tracker to see why.`);
		}
		return { text: parts.length > 0 ? parts.join(" ") : "No action items or struggles to show.", seeThePane: bare > 0 };
	}

	/** The "Recurring gaps" section alone; `limit` caps it (with "Show all"), and names do not filter. */
	private renderGaps(body: HTMLElement): void {
		const analysis = this.ctx.themes();
		if (!analysis) {
			body.empty();
			this.gaps = null;
			// Null until the first analysis lands after the next paint (or when computing one failed); the
			// themes subscription redraws the block once it is there.
			body.createDiv({ cls: "igt-empty", text: "No recurring gaps to show yet." });
			return;
		}
		if (!this.gaps) {
			body.empty();
			this.gaps = new GapsSection(body, this.ctx.hooks, new Set());
		}
		this.gaps.render({ analysis, activeId: null, limit: this.parsed.options.limit });
	}
}

/** The first `n` interviews of each section (newest first). */
function limit(model: TrackerModel, n: number | null): TrackerModel {
	if (n === null) return model;
	return { ...model, actions: model.actions.slice(0, n), struggles: model.struggles.slice(0, n) };
}
