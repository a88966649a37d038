import type { AutoCluster, SimilarityGrouper, TextDoc } from "./auto-themes";
import type { DictionaryGap } from "./effective-dictionary";
import { slugify } from "./gap-tags";
import { clipText } from "./script-text";
import { NO_TAGS } from "./note-facts";
import type { NoteTexts } from "./text-memo";
import { addItem, addStruggle, ThemeSlots, type ThemeSlot } from "./theme-slots";

/** Longest automatic-theme name taken from a lone struggle's title. */
const MAX_AUTO_NAME = 60;

/**
 * The collecting steps of one `computeThemes` call: struggles into tag and dictionary themes,
 * automatic themes, then action items. Plain loops over fields, no closures over a caller's
 * locals: the engine runs once per edit, so its loops are compiled while they run (on-stack
 * replacement), and V8 specialises such code to the captured variables of the call it was
 * compiled in, throwing it away (deoptimizing) in the next call.
 */
export class ThemeRun {
	readonly slots: ThemeSlots;
	/** The struggles no tag or gap claimed, as the similarity grouping reads them. */
	readonly docs: TextDoc[] = [];
	/** By doc: where it is, as (note, struggle) pairs. */
	private readonly where: number[] = [];
	/** The last note with a doc: terms first met after it are never a doc's. */
	lastDocNote = -1;

	constructor(
		/** The memo entries of the interviews oldest first, and their ranks (see `Chronology`). */
		private readonly notes: readonly NoteTexts[],
		private readonly ranks: Int32Array,
		private readonly dictionary: readonly DictionaryGap[],
	) {
		this.slots = new ThemeSlots(new Map(dictionary.map((g) => [g.id, g.name])));
	}

	/** Puts each struggle in the themes of its tags, else of its dictionary gaps, else among the docs. */
	addStruggles(): void {
		const { notes, slots, dictionary } = this;
		const dictionarySlots: (ThemeSlot | undefined)[] = [];
		for (let n = 0; n < notes.length; n++) {
			const texts = notes[n]!;
			const { refs, summary } = texts.facts;
			const tags = texts.struggleTags;
			const rank = this.ranks[n]!;
			for (let t = 0; t < texts.firstItem; t++) {
				const tagged = tags?.[t] ?? NO_TAGS;
				const hits = tagged.length > 0 ? 0 : texts.hitCount(t);
				if (tagged.length === 0 && hits === 0) {
					this.docs.push(texts.doc(t));
					this.where.push(n, t);
					this.lastDocNote = n;
					continue;
				}
				// Indexed: this loop runs once per call, mostly before it is optimized, where an iterator is an allocation.
				for (let q = 0; q < tagged.length; q++) addStruggle(slots.get(tagged[q]!.id, tagged[q]!.name, "tag"), summary, rank, refs[t]!);
				for (let j = 0; j < hits; j++) {
					const gi = texts.hitAt(t, j);
					addStruggle((dictionarySlots[gi] ??= slots.get(dictionary[gi]!.id, dictionary[gi]!.name, "dictionary")), summary, rank, refs[t]!);
				}
			}
		}
	}

	/** A theme per group of docs, named after its top terms (`surface` spells them) or its lone struggle. */
	autoThemes(groups: readonly AutoCluster[], surface: readonly string[]): ThemeSlot[] {
		const out: ThemeSlot[] = [];
		const where = this.where;
		for (const g of groups) {
			const first = g.members[0]!;
			const title = this.notes[where[2 * first]!]!.facts.refs[where[2 * first + 1]!]!.title;
			const slot = this.slots.get(autoId(g, surface, this.slots), autoName(g, surface, title), "auto");
			for (const m of g.members) {
				const n = where[2 * m]!;
				const facts = this.notes[n]!.facts;
				addStruggle(slot, facts.summary, this.ranks[n]!, facts.refs[where[2 * m + 1]!]!);
			}
			out.push(slot);
		}
		return out;
	}

	/** Links each action item to the themes of its tags, else of its dictionary gaps, else to the nearest automatic theme. */
	linkItems(grouper: SimilarityGrouper, autoSlots: readonly ThemeSlot[]): void {
		const slots = this.slots;
		const existing = this.dictionary.map((g) => slots.existing(g.id));
		for (const texts of this.notes) {
			const { refs, done } = texts.facts;
			for (let k = 0; k < done.length; k++) {
				const tagged = texts.itemTags?.[k] ?? NO_TAGS;
				const t = texts.firstItem + k;
				const hits = texts.hitCount(t);
				if (tagged.length > 0) {
					for (let q = 0; q < tagged.length; q++) {
						const slot = slots.existing(tagged[q]!.id);
						if (slot) addItem(slot, refs[t]!, done[k]!);
					}
				} else if (hits > 0) {
					for (let j = 0; j < hits; j++) {
						const slot = existing[texts.hitAt(t, j)];
						if (slot) addItem(slot, refs[t]!, done[k]!);
					}
				} else if (autoSlots.length > 0) {
					const near = grouper.nearest(texts.doc(t));
					if (near >= 0) addItem(autoSlots[near]!, refs[t]!, done[k]!);
				}
			}
		}
	}
}

/** `auto-` and the slug of the group's top terms, made unique against every id in use. */
function autoId(g: AutoCluster, surface: readonly string[], slots: ThemeSlots): string {
	const base = "auto-" + (slugify(g.topTerms.map((t) => surface[t]).join(" ")) || "misc");
	let id = base;
	for (let n = 2; slots.has(id); n++) id = `${base}-${n}`;
	return id;
}

/** A lone struggle is best named by its own title; a group by the words its members share. */
function autoName(g: AutoCluster, surface: readonly string[], firstTitle: string): string {
	if (g.members.length === 1 || g.topTerms.length === 0) {
		return firstTitle.length > MAX_AUTO_NAME ? clipText(firstTitle, MAX_AUTO_NAME - 1).trimEnd() + "…" : firstTitle;
	}
	let words = surface[g.topTerms[0]!]!;
	for (let k = 1; k < g.topTerms.length; k++) {
		const next = surface[g.topTerms[k]!]!;
		words += (isCjk(words.charCodeAt(words.length - 1)) && isCjk(next.charCodeAt(0)) ? "、" : ", ") + next;
	}
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Chinese and Japanese list words with the ideographic comma and no space ("システム、設計"):
 * ", " between them reads as Latin punctuation dropped into the text. Kana and the common Han
 * blocks, by code range rather than a Unicode property regex: names are built on every run.
 */
function isCjk(c: number): boolean {
	return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}
