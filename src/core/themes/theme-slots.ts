import type { InterviewSummary } from "./note-facts";
import type { NoteRef, ThemeSource } from "./theme-model";

/**
 * A theme while it is being collected: who belongs to it, before stats and ranking. Holds the
 * output references themselves (one per struggle or item, shared by every theme it is in), so
 * turning a slot into a theme copies nothing per member.
 */
export interface ThemeSlot {
	id: string;
	name: string;
	sources: Set<ThemeSource>;
	/** Oldest interview first: every list is filled walking the interviews in time order. */
	struggles: NoteRef[];
	/** The interviews of `struggles`, each once (an interview's struggles arrive together). */
	interviews: InterviewSummary[];
	/** By entry of `interviews`: its rank in time (see `Chronology`). */
	ranks: number[];
	openItems: NoteRef[];
	doneItems: NoteRef[];
}

/** Themes by id, in first-seen order; dictionary names win over names made up from tags. */
export class ThemeSlots {
	private readonly byId = new Map<string, ThemeSlot>();

	constructor(private readonly knownNames: ReadonlyMap<string, string>) {}

	/** The slot for an id, created on first use. */
	get(id: string, name: string, source: ThemeSource): ThemeSlot {
		let slot = this.byId.get(id);
		if (!slot) {
			slot = { id, name: this.knownNames.get(id) ?? name, sources: new Set(), struggles: [], interviews: [], ranks: [], openItems: [], doneItems: [] };
			this.byId.set(id, slot);
		}
		slot.sources.add(source);
		return slot;
	}

	/** The slot for an id if some struggle created it; items never create themes of their own. */
	existing(id: string): ThemeSlot | undefined {
		const slot = this.byId.get(id);
		return slot && slot.struggles.length > 0 ? slot : undefined;
	}

	has(id: string): boolean {
		return this.byId.has(id);
	}

	all(): ThemeSlot[] {
		return [...this.byId.values()].filter((s) => s.struggles.length > 0);
	}
}

/** Adds a struggle of `iv`, ranked `rank`; a later interview with the path of the last one stands in for it. */
export function addStruggle(slot: ThemeSlot, iv: InterviewSummary, rank: number, ref: NoteRef): void {
	slot.struggles.push(ref);
	const ivs = slot.interviews;
	if (ivs.length > 0 && ivs[ivs.length - 1]!.path === iv.path) ivs[ivs.length - 1] = iv;
	else {
		ivs.push(iv);
		slot.ranks.push(rank);
	}
}

/** Adds a linked action item, open or done. */
export function addItem(slot: ThemeSlot, ref: NoteRef, done: boolean): void {
	(done ? slot.doneItems : slot.openItems).push(ref);
}

/** How a theme's sources add up: any dictionary match makes it a dictionary theme, then tag, else auto. */
export function sourceOf(sources: ReadonlySet<ThemeSource>): ThemeSource {
	if (sources.has("dictionary")) return "dictionary";
	return sources.has("tag") ? "tag" : "auto";
}
