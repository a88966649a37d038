import { setIcon } from "obsidian";
import type { Interview } from "../core/model";
import type { GroupBy } from "../core/view-model/tracker-filter";
import type { InterviewEntry, TrackerGroup, TrackerModel } from "../core/view-model/tracker-model";
import { keepFocus, setFocusKey } from "./focus-keeper";
import { placeChildren } from "./keyed-children";
import type { RenderHooks } from "./render-hooks";
import { metaLine, renderActionItem, renderInterviewHeading, renderLink, renderStruggle, renderWarnings } from "./render-items";

export type SectionName = "actions" | "struggles" | "warnings";

const SECTION_TITLES: Record<SectionName, string> = { actions: "Action items", struggles: "Struggles", warnings: "Notes with warnings" };

export interface RenderRequest {
	model: TrackerModel;
	grouping: GroupBy;
	sections: readonly SectionName[];
	/** The filter: when it changes, "Show more" starts again from the first page. */
	signature: string;
	/** Interviews shown per section before a "Show more" button; null shows all. */
	pageSize: number | null;
}

interface Block {
	el: HTMLElement;
	sig: unknown;
}
interface SectionBlock {
	el: HTMLElement;
	headEl: HTMLElement;
	countEl: HTMLElement;
	bodyEl: HTMLElement;
	moreEl: HTMLElement;
}
interface GroupBlock extends Block {
	headEl: HTMLElement;
	/** The chevron: the group's keyboard toggle, apart from the title link beside it. */
	toggleEl: HTMLElement;
	bodyEl: HTMLElement;
}

/**
 * Renders a tracker model into one element and keeps it there: each section, group and
 * interview block is keyed, and a block is rebuilt only when its interview object (the index
 * replaces it on change), the items it shows, their theme chips or the render signature
 * changed. Everything else keeps its DOM, so a new theme analysis after an edit rebuilds only
 * the blocks whose chips moved.
 */
export class TrackerRenderer {
	readonly el: HTMLElement;
	/** Blocks built by the last `render` call (tests and the bench read it). */
	lastBuilt = 0;
	private sections = new Map<SectionName, SectionBlock>();
	private groups = new Map<string, GroupBlock>();
	private entries = new Map<string, Block & { iv: Interview }>();
	private spareGroups = new Map<string, GroupBlock>();
	private spareEntries = new Map<string, Block & { iv: Interview }>();
	private shown = new Map<SectionName, number>();
	private shownFor = "";
	private last: RenderRequest | null = null;

	constructor(
		parent: HTMLElement,
		private readonly hooks: RenderHooks,
		/** Collapsed keys (`section:<name>`, `<section>|<group key>`); owned by the caller, mutated here. */
		readonly collapsed: Set<string>,
		private readonly onCollapse: () => void = () => {},
	) {
		this.el = parent.createDiv("igt-tracker");
	}

	render(req: RenderRequest): void {
		this.last = req;
		this.lastBuilt = 0;
		// Pages opened with "Show more" were for the old filter: a new one starts at the first page.
		const shownFor = `${req.signature}\u0000${req.grouping}`;
		if (shownFor !== this.shownFor) this.shown.clear();
		this.shownFor = shownFor;
		const used = new Set<string>();
		const els = req.sections.map((name) => this.renderSection(name, req, used));
		placeChildren(this.el, els);
		// Blocks this render left out wait one render in `spare`: clearing a search or a gap filter
		// brings back the same entries, which then need no rebuild. Older ones are dropped.
		this.spareGroups = unused(this.groups, used);
		this.spareEntries = unused(this.entries, used);
	}

	/** Forgets every block, so the next render rebuilds all (e.g. after the hooks' data changed). */
	reset(): void {
		this.groups.clear();
		this.entries.clear();
		this.spareGroups.clear();
		this.spareEntries.clear();
	}

	private rerender(): void {
		const last = this.last;
		if (last) keepFocus(this.el, () => this.render(last));
	}

	private renderSection(name: SectionName, req: RenderRequest, used: Set<string>): HTMLElement {
		const block = this.sections.get(name) ?? this.createSection(name);
		const collapsed = this.collapsed.has(`section:${name}`);
		block.el.toggleClass("is-collapsed", collapsed);
		block.headEl.setAttr("aria-expanded", String(!collapsed));
		const count = name === "warnings" ? req.model.warnings.length : countEntries(req.model[name]);
		setTextIfChanged(block.countEl, String(count));
		block.el.toggle(count > 0);
		if (collapsed || count === 0) {
			placeChildren(block.bodyEl, []);
			block.moreEl.hide();
			return block.el;
		}
		const limit = req.pageSize === null ? Infinity : (this.shown.get(name) ?? req.pageSize);
		const children: HTMLElement[] = [];
		// `budget`: the page's cost so far; `listed`: interviews not left for "Show more" (a collapsed
		// group's are listed, folded away).
		let budget = 0;
		let listed = 0;
		if (name === "warnings") {
			for (const e of req.model.warnings.slice(0, limit)) children.push(this.renderEntry(name, e, req, used));
			listed = children.length;
		} else {
			// Paged by interviews, not groups: grouped by company, a few groups hold every interview.
			for (const g of req.model[name]) {
				if (budget >= limit) break;
				const collapsed = this.collapsed.has(`${name}|${g.key}`);
				const entries = collapsed ? [] : g.entries.slice(0, limit - budget);
				children.push(this.renderGroup(name, g, entries, req, used));
				// A collapsed group costs its head only, but one, so a page of them still ends.
				budget += collapsed ? 1 : entries.length;
				listed += collapsed ? g.entries.length : entries.length;
			}
		}
		placeChildren(block.bodyEl, children);
		const left = count - listed;
		block.moreEl.toggle(left > 0);
		if (left > 0) setTextIfChanged(block.moreEl, `Show more (${left} left)`);
		return block.el;
	}

	private createSection(name: SectionName): SectionBlock {
		const el = createDiv({ cls: `igt-section igt-section-${name}` });
		const head = el.createDiv({ cls: "igt-section-head", attr: { role: "button", tabindex: 0 } });
		setIcon(head.createSpan("igt-collapse-icon"), "chevron-down");
		head.createSpan({ cls: "igt-section-title", text: SECTION_TITLES[name] });
		const countEl = head.createSpan("igt-count");
		this.makeToggle(head, `section:${name}`);
		const bodyEl = el.createDiv("igt-section-body");
		const moreEl = el.createEl("button", { cls: "igt-more" });
		moreEl.addEventListener("click", () => {
			const page = this.last?.pageSize ?? 0;
			this.shown.set(name, (this.shown.get(name) ?? page) + page);
			this.rerender();
		});
		setFocusKey(moreEl, "more", name);
		const block = { el, headEl: head, countEl, bodyEl, moreEl };
		this.sections.set(name, block);
		return block;
	}

	private renderGroup(section: SectionName, g: TrackerGroup, shown: readonly InterviewEntry[], req: RenderRequest, used: Set<string>): HTMLElement {
		const key = `${section}|${g.key}`;
		used.add(key);
		let block = this.groups.get(key) ?? this.spareGroups.get(key);
		if (block) this.groups.set(key, block);
		else {
			const el = createDiv({ cls: "igt-group", attr: { "data-key": g.key } });
			// Not a button itself: it holds the interview's link, and a link inside a button is
			// neither announced nor reachable by Enter. A click anywhere on it still toggles.
			const headEl = el.createDiv({ cls: "igt-group-head" });
			const toggleEl = headEl.createSpan({ cls: "igt-collapse-icon", attr: { role: "button", tabindex: 0 } });
			setIcon(toggleEl, "chevron-down");
			setFocusKey(toggleEl, "group", key);
			block = { el, headEl, toggleEl, bodyEl: el.createDiv("igt-group-body"), sig: null };
			this.makeToggle(headEl, key, toggleEl);
			this.groups.set(key, block);
		}
		const headSig = g.interview ?? `${g.label}\u0000${g.entries.length}`;
		if (block.sig !== headSig) {
			block.sig = headSig;
			this.fillGroupHead(block, g);
		}
		const collapsed = this.collapsed.has(key);
		block.el.toggleClass("is-collapsed", collapsed);
		block.toggleEl.setAttr("aria-expanded", String(!collapsed));
		placeChildren(block.bodyEl, collapsed ? [] : shown.map((e) => this.renderEntry(section, e, req, used)));
		return block.el;
	}

	private fillGroupHead(block: GroupBlock, g: TrackerGroup): void {
		const head = block.headEl;
		while (head.lastChild && head.lastChild !== block.toggleEl) head.lastChild.remove();
		block.toggleEl.setAttr("aria-label", g.interview?.title ?? g.label);
		const iv: Interview | null = g.interview;
		if (iv) {
			renderLink(head, iv.title, iv.path, 1, this.hooks, "igt-link igt-group-title");
			const meta = metaLine(iv);
			if (meta) head.createSpan({ cls: "igt-meta", text: meta });
		} else {
			head.createSpan({ cls: "igt-group-title", text: g.label });
			head.createSpan({ cls: "igt-count", text: String(g.entries.length) });
		}
	}

	private renderEntry(section: SectionName, e: InterviewEntry, req: RenderRequest, used: Set<string>): HTMLElement {
		const key = `${section}|${e.interview.path}`;
		used.add(key);
		// Not the filter: what it changes in an entry (the items and struggles kept) is in the content key.
		const sig = `${req.grouping}\u0000${this.contentKey(section, e)}`;
		const old = this.entries.get(key) ?? this.spareEntries.get(key);
		// The index replaces an interview's object on change and never mutates it: identity is the test.
		if (old && old.sig === sig && old.iv === e.interview) {
			this.entries.set(key, old);
			return old.el;
		}
		this.lastBuilt++;
		const el = createDiv({ cls: "igt-entry", attr: { "data-path": e.interview.path } });
		const withHeading = section === "warnings" || req.grouping === "company";
		if (withHeading) renderInterviewHeading(el, e.interview, this.hooks);
		if (section === "warnings") renderWarnings(el, e.interview);
		else if (section === "actions") {
			const ul = el.createEl("ul", { cls: "igt-items" });
			for (const a of e.actions) renderActionItem(ul, e.interview, a, this.hooks);
		} else {
			const ul = el.createEl("ul", { cls: "igt-struggles" });
			for (const s of e.struggles) renderStruggle(ul, e.interview.path, s, this.hooks);
		}
		this.entries.set(key, { el, sig, iv: e.interview });
		return el;
	}

	/**
	 * What an entry shows besides its interview object: the items the filter kept (a theme filter
	 * keeps a different subset when the analysis changes) and each struggle's theme chips.
	 */
	private contentKey(section: SectionName, e: InterviewEntry): string {
		let key = "";
		if (section === "actions") for (const a of e.actions) key += `${a.line},`;
		else if (section === "struggles") {
			const chips = this.hooks.themesOfStruggle;
			for (const s of e.struggles) key += `${s.line}:${chips ? chips(e.interview.path, s.line).join("\u0001") : ""},`;
		}
		return key;
	}

	/** Clicks anywhere on `head` toggle (a link inside stops its own); keys only on `control`. */
	private makeToggle(head: HTMLElement, key: string, control: HTMLElement = head): void {
		const toggle = () => {
			if (this.collapsed.has(key)) this.collapsed.delete(key);
			else this.collapsed.add(key);
			this.onCollapse();
			this.rerender();
		};
		head.addEventListener("click", toggle);
		control.addEventListener("keydown", (evt) => {
			if (evt.target !== control || (evt.key !== "Enter" && evt.key !== " ")) return;
			evt.preventDefault();
			toggle();
		});
	}
}

/** Removes the blocks not in `used` from `map` and returns them. */
function unused<T>(map: Map<string, T>, used: ReadonlySet<string>): Map<string, T> {
	const out = new Map<string, T>();
	for (const [k, v] of map) {
		if (used.has(k)) continue;
		out.set(k, v);
		map.delete(k);
	}
	return out;
}

function countEntries(groups: readonly TrackerGroup[]): number {
	let n = 0;
	for (const g of groups) n += g.entries.length;
	return n;
}

function setTextIfChanged(el: HTMLElement, text: string): void {
	if (el.textContent !== text) el.setText(text);
}
