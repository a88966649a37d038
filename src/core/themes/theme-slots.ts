import type { Interview, ActionItem, Struggle } from "../model";
import type { ThemeSource } from "./theme-model";

/** A theme while it is being collected: who belongs to it, before stats and ranking. */
export interface ThemeSlot {
	id: string;
	name: string;
	sources: Set<ThemeSource>;
	struggles: { iv: Interview; struggle: Struggle }[];
	items: { iv: Interview; item: ActionItem }[];
}

/** Themes by id, in first-seen order; dictionary names win over names made up from tags. */
export class ThemeSlots {
	private readonly byId = new Map<string, ThemeSlot>();

	constructor(private readonly knownNames: ReadonlyMap<string, string>) {}

	/** The slot for an id, created on first use. */
	get(id: string, name: string, source: ThemeSource): ThemeSlot {
		let slot = this.byId.get(id);
		if (!slot) {
			slot = { id, name: this.knownNames.get(id) ?? name, sources: new Set(), struggles: [], items: [] };
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

/** How a theme's sources add up: any dictionary match makes it a dictionary theme, then tag, else auto. */
export function sourceOf(sources: ReadonlySet<ThemeSource>): ThemeSource {
	if (sources.has("dictionary")) return "dictionary";
	return sources.has("tag") ? "tag" : "auto";
}
