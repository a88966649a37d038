import type { ActionItem, Interview } from "../model";
import { SimilarityGrouper, type AutoCluster, type TextDoc } from "./auto-themes";
import { DictionaryMatcher, effectiveDictionary } from "./dictionary-match";
import { gapTags, slugify, tagsInText } from "./gap-tags";
import type { NoteRef, Theme, ThemeAnalysis } from "./theme-model";
import { DEFAULT_THEME_SETTINGS, type ThemeSettings } from "./theme-settings";
import { sourceOf, ThemeSlots, type ThemeSlot } from "./theme-slots";
import { Chronology, themeScore, themeStatus } from "./theme-stats";
import { WordTable } from "./text-words";

/** Longest automatic-theme name taken from a lone struggle's title. */
const MAX_AUTO_NAME = 60;

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
	const ordered = [...interviews].sort((a, b) => chrono.compare(a.path, b.path));
	const table = new WordTable();
	const dictionary = effectiveDictionary(s);
	const matcher = new DictionaryMatcher(table, dictionary, s.bodyMinPhraseHits);
	const slots = new ThemeSlots(new Map(dictionary.map((g) => [g.id, g.name])));

	const unmatched: { iv: Interview; index: number; doc: TextDoc }[] = [];
	for (const iv of ordered) {
		iv.struggles.forEach((struggle, index) => {
			const tagged = gapTags(struggle.tags, s.gapTagPrefix);
			for (const g of tagged) slots.get(g.id, g.name, "tag").struggles.push({ iv, struggle });
			if (tagged.length > 0) return;
			const doc = { title: table.encode(struggle.title), body: table.encode(struggle.body) };
			const hits = matcher.match(doc.title, doc.body);
			for (const gi of hits) slots.get(dictionary[gi]!.id, dictionary[gi]!.name, "dictionary").struggles.push({ iv, struggle });
			if (hits.length === 0) unmatched.push({ iv, index, doc });
		});
	}

	const grouper = new SimilarityGrouper(table, unmatched.map((u) => u.doc), s.similarityThreshold);
	const autoSlots = grouper.groups().map((g) => {
		const first = unmatched[g.members[0]!]!;
		const slot = slots.get(autoId(g, table.surface, slots), autoName(g, table.surface, first.iv.struggles[first.index]!.title), "auto");
		for (const m of g.members) slot.struggles.push({ iv: unmatched[m]!.iv, struggle: unmatched[m]!.iv.struggles[unmatched[m]!.index]! });
		return slot;
	});

	for (const iv of ordered) {
		for (const item of iv.actionItems) {
			for (const slot of itemSlots(item, s, table, matcher, dictionary.map((g) => g.id), slots, grouper, autoSlots)) slot.items.push({ iv, item });
		}
	}
	return analysis(slots.all().map((slot) => toTheme(slot, chrono, s)));
}

/** The themes an action item addresses, by the struggles' rules; only themes that have struggles. */
function itemSlots(
	item: ActionItem,
	s: ThemeSettings,
	table: WordTable,
	matcher: DictionaryMatcher,
	dictionaryIds: readonly string[],
	slots: ThemeSlots,
	grouper: SimilarityGrouper,
	autoSlots: readonly ThemeSlot[],
): ThemeSlot[] {
	const texts = [item.title, item.body, ...item.steps.map((st) => st.text)];
	const tagged = gapTags(tagsInText(texts), s.gapTagPrefix);
	if (tagged.length > 0) return present(tagged.map((g) => slots.existing(g.id)));
	const doc = { title: table.encode(item.title), body: table.encode(texts.slice(1).join("\n")) };
	const hits = matcher.match(doc.title, doc.body);
	if (hits.length > 0) return present(hits.map((gi) => slots.existing(dictionaryIds[gi]!)));
	const near = grouper.nearest(doc);
	return near >= 0 ? [autoSlots[near]!] : [];
}

function present(list: readonly (ThemeSlot | undefined)[]): ThemeSlot[] {
	return list.filter((x): x is ThemeSlot => x !== undefined);
}

function toTheme(slot: ThemeSlot, chrono: Chronology, s: ThemeSettings): Theme {
	const struggles: NoteRef[] = slot.struggles.map(({ iv, struggle }) => ({ path: iv.path, line: struggle.line, title: struggle.title, date: iv.date }));
	const seen = new Map<string, Interview>();
	for (const { iv } of slot.struggles) seen.set(iv.path, iv);
	const ivs = [...seen.values()].sort((a, b) => chrono.compare(a.path, b.path));
	const dates = ivs.map((iv) => iv.date).filter((d): d is string => d !== null);
	const ref = ({ iv, item }: ThemeSlot["items"][number]): NoteRef => ({ path: iv.path, line: item.line, title: item.title, date: iv.date });
	const paths = slot.struggles.map(({ iv }) => iv.path);
	return {
		id: slot.id,
		name: slot.name,
		source: sourceOf(slot.sources),
		struggles,
		interviews: ivs.map((iv) => ({ path: iv.path, title: iv.title, date: iv.date, company: iv.company })),
		occurrences: struggles.length,
		firstSeen: dates[0] ?? null,
		lastSeen: dates[dates.length - 1] ?? null,
		openItems: slot.items.filter((x) => !x.item.done).map(ref),
		doneItems: slot.items.filter((x) => x.item.done).map(ref),
		status: themeStatus({ interviews: paths, items: slot.items.map((x) => ({ path: x.iv.path, done: x.item.done })) }, chrono, s.improvingAfterInterviews),
		score: themeScore(paths, chrono, s.scoreHalfLifeInterviews),
	};
}

/** Ranks the themes (score, then name, then id) and builds the per-struggle and per-item lookups. */
function analysis(themes: Theme[]): ThemeAnalysis {
	themes.sort((a, b) => b.score - a.score || cmp(a.name, b.name) || cmp(a.id, b.id));
	const ofStruggle = new RefIndex();
	const ofItem = new RefIndex();
	for (const t of themes) {
		for (const r of t.struggles) ofStruggle.add(r, t.name);
		for (const r of t.openItems) ofItem.add(r, t.id);
		for (const r of t.doneItems) ofItem.add(r, t.id);
	}
	return {
		themes,
		themesOfStruggle: (path, line) => ofStruggle.get(path, line),
		themesOfItem: (path, line) => ofItem.get(path, line),
	};
}

/** Values by path, then line: no string key built per reference. */
class RefIndex {
	private readonly byPath = new Map<string, Map<number, string[]>>();

	add(ref: NoteRef, value: string): void {
		let lines = this.byPath.get(ref.path);
		if (!lines) this.byPath.set(ref.path, (lines = new Map()));
		const list = lines.get(ref.line);
		if (!list) lines.set(ref.line, [value]);
		else if (!list.includes(value)) list.push(value);
	}

	get(path: string, line: number): string[] {
		return [...(this.byPath.get(path)?.get(line) ?? [])];
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
		return firstTitle.length > MAX_AUTO_NAME ? firstTitle.slice(0, MAX_AUTO_NAME - 1).trimEnd() + "…" : firstTitle;
	}
	const words = g.topTerms.map((t) => surface[t]!).join(", ");
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
