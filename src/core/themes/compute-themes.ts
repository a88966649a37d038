import type { Interview } from "../model";
import { SimilarityGrouper } from "./auto-themes";
import { effectiveDictionary } from "./dictionary-match";
import { RefIndex } from "./ref-index";
import type { Theme, ThemeAnalysis } from "./theme-model";
import { DEFAULT_THEME_SETTINGS, type ThemeSettings } from "./theme-settings";
import { sourceOf, type ThemeSlot } from "./theme-slots";
import { Chronology, themeScore, themeStatus } from "./theme-stats";
import { RunTerms } from "./run-terms";
import { textMemo, type NoteTexts } from "./text-memo";
import { ThemeRun } from "./theme-run";

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
	const notes = memo.noteAll(ordered, matcher, s.gapTagPrefix);
	const run = new ThemeRun(notes, chrono.orderedRanks, dictionary);
	run.addStruggles();

	const terms = new RunTerms(memo.table);
	if (run.docs.length > 0) {
		terms.see(matcher.patternWords);
		for (let n = 0; n <= run.lastDocNote; n++) seeStruggles(terms, notes[n]!);
	}
	const grouper = new SimilarityGrouper(terms, run.docs, s.similarityThreshold);
	run.linkItems(grouper, run.autoThemes(grouper.groups(), terms.surface));
	const slots = run.slots.all();
	const themes: Theme[] = [];
	for (const slot of slots) themes.push(toTheme(slot, chrono, s.improvingAfterInterviews, s.scoreHalfLifeInterviews));
	return analysis(themes);
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
function toTheme(slot: ThemeSlot, chrono: Chronology, improvingAfter: number, halfLife: number): Theme {
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
		status: themeStatus({ ranks: slot.ranks, items: { count: openItems.length + doneItems.length, open: openItems.length, paths: () => doneItems.map((r) => r.path), openPaths: () => openItems.map((r) => r.path) } }, chrono, improvingAfter),
		score: themeScore(slot.ranks, chrono, halfLife),
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

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
