import type { Interview, Struggle } from "../model";
import { SimilarityGrouper, type AutoCluster, type TextDoc } from "./auto-themes";
import { effectiveDictionary } from "./dictionary-match";
import { slugify, type TaggedGap } from "./gap-tags";
import { RefIndex } from "./ref-index";
import type { NoteRef, Theme, ThemeAnalysis } from "./theme-model";
import { DEFAULT_THEME_SETTINGS, type ThemeSettings } from "./theme-settings";
import { addItem, addStruggle, sourceOf, ThemeSlots, type ThemeSlot } from "./theme-slots";
import { Chronology, themeScore, themeStatus } from "./theme-stats";
import { RunTerms } from "./run-terms";
import type { InterviewSummary } from "./note-facts";
import { textMemo, type NoteTexts } from "./text-memo";

/** Longest automatic-theme name taken from a lone struggle's title. */
const MAX_AUTO_NAME = 60;
/** The tags of an item without any, shared. */
const NO_TAGS: readonly TaggedGap[] = [];

/**
 * Groups the struggles of all interviews into themes (gaps) and ranks them. Each struggle gets
 * its themes from the first rule that yields any: its `#gap/<name>` tags, then the gap
 * dictionary, then TF-IDF similarity with other unmatched struggles. Action items are linked to
 * the themes of those struggles by the same rules (they never create a theme). Pure and
 * deterministic: the same interviews and settings always give the same analysis.
 */
export function computeThemes(interviews: readonly Interview[], settings: Partial<ThemeSettings>): ThemeAnalysis {
	const s: ThemeSettings = { ...DEFAULT_THEME_SETTINGS, ...settings };
	const chrono = new Chronology(interviews);
	const ordered = chrono.ordered;
	const memo = textMemo();
	const dictionary = effectiveDictionary(s);
	const matcher = memo.matcher(dictionary, s.bodyMinPhraseHits);
	const slots = new ThemeSlots(new Map(dictionary.map((g) => [g.id, g.name])));

	const notes = ordered.map((iv) => memo.note(iv, matcher, s.gapTagPrefix));
	const unmatched: { iv: Interview; struggle: Struggle; doc: TextDoc; ref: NoteRef; summary: InterviewSummary; rank: number }[] = [];
	let lastUnmatchedNote = -1;
	const dictionarySlots: (ThemeSlot | undefined)[] = [];
	for (let n = 0; n < ordered.length; n++) {
		const texts = notes[n]!;
		const { refs, summary } = texts.facts!;
		const tags = texts.struggleTags;
		const rank = chrono.orderedRanks[n]!;
		for (let t = 0; t < texts.firstItem; t++) {
			const tagged = tags?.[t] ?? NO_TAGS;
			const hits = tagged.length > 0 ? 0 : texts.hitCount(t);
			if (tagged.length === 0 && hits === 0) {
				const iv = ordered[n]!;
				unmatched.push({ iv, struggle: iv.struggles[t]!, doc: texts.doc(t), ref: refs[t]!, summary, rank });
				lastUnmatchedNote = n;
				continue;
			}
			for (const g of tagged) addStruggle(slots.get(g.id, g.name, "tag"), summary, rank, refs[t]!);
			for (let j = 0; j < hits; j++) {
				const gi = texts.hitAt(t, j);
				addStruggle((dictionarySlots[gi] ??= slots.get(dictionary[gi]!.id, dictionary[gi]!.name, "dictionary")), summary, rank, refs[t]!);
			}
		}
	}

	const terms = new RunTerms(memo.table);
	if (unmatched.length > 0) {
		terms.see(matcher.patternWords);
		for (let n = 0; n <= lastUnmatchedNote; n++) seeStruggles(terms, notes[n]!);
	}
	const grouper = new SimilarityGrouper(terms, unmatched.map((u) => u.doc), s.similarityThreshold);
	const autoSlots = grouper.groups().map((g) => {
		const slot = slots.get(autoId(g, terms.surface, slots), autoName(g, terms.surface, unmatched[g.members[0]!]!.struggle.title), "auto");
		for (const m of g.members) addStruggle(slot, unmatched[m]!.summary, unmatched[m]!.rank, unmatched[m]!.ref);
		return slot;
	});

	const existing = dictionary.map((g) => slots.existing(g.id));
	for (const texts of notes) {
		const { refs, done } = texts.facts!;
		for (let k = 0; k < done.length; k++) {
			const tagged = texts.itemTags?.[k] ?? NO_TAGS;
			const t = texts.firstItem + k;
			const hits = texts.hitCount(t);
			if (tagged.length > 0) {
				for (const g of tagged) {
					const slot = slots.existing(g.id);
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
	return analysis(slots.all().map((slot) => toTheme(slot, chrono, s)));
}

/**
 * Numbers the terms of an interview's struggles, but for those its gap tags claim. A struggle's
 * words run on into the next one's, so untagged neighbours are seen in one call. Terms first met
 * after the last unmatched struggle are never a grouped doc's terms, so the caller stops there.
 */
function seeStruggles(terms: RunTerms, texts: NoteTexts): void {
	let from = 0;
	const tags = texts.struggleTags;
	if (tags) {
		for (let t = 0; t < texts.firstItem; t++) {
			if (tags[t]!.length === 0) continue;
			terms.see(texts.words, texts.starts[from], texts.starts[2 * t]);
			from = 2 * t + 2;
		}
	}
	terms.see(texts.words, texts.starts[from], texts.starts[2 * texts.firstItem]);
}

/** A slot's lists arrive oldest interview first (every list is filled walking `ordered`), so nothing here sorts. */
function toTheme(slot: ThemeSlot, chrono: Chronology, s: ThemeSettings): Theme {
	const interviews = slot.interviews;
	let firstSeen: string | null = null;
	let lastSeen: string | null = null;
	for (let k = 0; k < interviews.length; k++) {
		const iv = interviews[k]!;
		if (iv.date !== null) {
			firstSeen ??= iv.date;
			lastSeen = iv.date;
		}
	}
	const { openItems, doneItems } = slot;
	return {
		id: slot.id,
		name: slot.name,
		source: sourceOf(slot.sources),
		struggles: slot.struggles,
		interviews,
		occurrences: slot.struggles.length,
		firstSeen,
		lastSeen,
		openItems,
		doneItems,
		status: themeStatus({ ranks: slot.ranks, items: { count: openItems.length + doneItems.length, open: openItems.length, paths: () => doneItems.map((r) => r.path) } }, chrono, s.improvingAfterInterviews),
		score: themeScore(slot.ranks, chrono, s.scoreHalfLifeInterviews),
	};
}

/** Ranks the themes (score, then name, then id); the per-struggle and per-item lookups are built on first use. */
function analysis(themes: Theme[]): ThemeAnalysis {
	themes.sort((a, b) => b.score - a.score || cmp(a.name, b.name) || cmp(a.id, b.id));
	const lists = themes.map((t) => ({ name: t.name, id: t.id, struggles: t.struggles.slice(), items: [t.openItems.slice(), t.doneItems.slice()] }));
	const ofStruggle = new RefIndex(() => lists.map((t) => [t.struggles, t.name]));
	const ofItem = new RefIndex(() => lists.flatMap((t) => t.items.map((refs) => [refs, t.id] as const)));
	return {
		themes,
		themesOfStruggle: (path, line) => ofStruggle.get(path, line),
		themesOfItem: (path, line) => ofItem.get(path, line),
	};
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
		return firstTitle.length > MAX_AUTO_NAME ? firstTitle.slice(0, MAX_AUTO_NAME - 1).trimEnd() + "…" : firstTitle;
	}
	const words = g.topTerms.map((t) => surface[t]!).join(", ");
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
