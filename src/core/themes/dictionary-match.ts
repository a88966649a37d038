import { BUILTIN_GAPS } from "./gap-dictionary";
import type { GapDictionaryEntry, ThemeSettings } from "./theme-settings";
import { splitWords, stemWord, type WordTable } from "./text-words";

/** A dictionary gap after the user's edits, in the order themes are reported. */
export interface DictionaryGap {
	id: string;
	name: string;
	patterns: string[];
}

/** One step of a compiled phrase: a stem id, a word prefix, or a gap of one to three words. */
type Element = { kind: "stem"; stem: number } | { kind: "prefix"; prefix: string } | { kind: "gap" };

interface Phrase {
	/** Index in `phrases`. */
	id: number;
	gap: number;
	/** The pattern as written, to explain a match. */
	text: string;
	elements: Element[];
}

const MAX_GAP_WORDS = 3;
/** One title phrase weighs as much as this many body phrases. */
const TITLE_HIT_WEIGHT = 3;

/** Built-in gaps with the user's entries applied: same id edits (rename, add or replace patterns), new id adds, disabled ids go. */
export function effectiveDictionary(settings: Pick<ThemeSettings, "gapDictionary" | "disabledGapIds">): DictionaryGap[] {
	const byId = new Map<string, DictionaryGap>();
	for (const g of BUILTIN_GAPS) byId.set(g.id, { id: g.id, name: g.name, patterns: [...g.patterns] });
	for (const e of settings.gapDictionary ?? []) mergeEntry(byId, e);
	const disabled = new Set((settings.disabledGapIds ?? []).map((s) => s.trim().toLowerCase()));
	return [...byId.values()].filter((g) => !disabled.has(g.id));
}

function mergeEntry(byId: Map<string, DictionaryGap>, e: GapDictionaryEntry): void {
	const id = e.id.trim().toLowerCase();
	if (!id) return;
	const patterns = (e.patterns ?? []).map((p) => p.trim()).filter(Boolean);
	const old = byId.get(id);
	if (!old) byId.set(id, { id, name: e.name.trim() || id, patterns });
	else byId.set(id, { id, name: e.name.trim() || old.name, patterns: e.replacePatterns ? patterns : [...old.patterns, ...patterns] });
}

/**
 * Finds dictionary gaps in a title and a body. Phrases are matched leftmost-longest without
 * overlap, so "business impact" is one hit, not two ("business impact" and "impact"); the title
 * needs one hit, the body `bodyMinHits` distinct phrases, because bodies are long and touch on
 * many things in passing.
 */
export class DictionaryMatcher {
	private readonly byFirstStem = new Map<number, Phrase[]>();
	private readonly prefixFirst: { prefix: string; phrase: Phrase }[] = [];
	private readonly candidatesOfWord: (Phrase[] | undefined)[] = [];
	private readonly phrases: Phrase[] = [];
	/** Scratch of `count`: the call in which each phrase was last hit, and per-gap hit counts. */
	private readonly phraseStamp: number[] = [];
	private stamp = 0;

	constructor(
		private readonly table: WordTable,
		readonly gaps: readonly DictionaryGap[],
		private readonly bodyMinHits: number,
	) {
		gaps.forEach((g, gi) => {
			for (const p of g.patterns) this.add({ id: this.phrases.length, gap: gi, text: p, elements: compilePhrase(p, table) });
		});
	}

	/** Indices (into `gaps`) of the gaps the text belongs to, ascending. */
	match(title: readonly number[], body: readonly number[]): number[] {
		const titleHits = this.count(title, new Array<number>(this.gaps.length).fill(0));
		const bodyHits = this.count(body, new Array<number>(this.gaps.length).fill(0));
		const bodyMin = titleHits.some((n) => n > 0) ? this.bodyMinHits + 1 : this.bodyMinHits;
		const scored: { gi: number; score: number }[] = [];
		for (let gi = 0; gi < this.gaps.length; gi++) {
			if (titleHits[gi]! > 0 || bodyHits[gi]! >= bodyMin) scored.push({ gi, score: TITLE_HIT_WEIGHT * titleHits[gi]! + bodyHits[gi]! });
		}
		const best = Math.max(0, ...scored.map((x) => x.score));
		return scored.filter((x) => 2 * x.score > best).map((x) => x.gi);
	}

	/** Adds, per gap, the number of distinct phrases hit in the words; allocation-free on the hot path. */
	private count(words: readonly number[], perGap: number[]): number[] {
		const stamp = ++this.stamp;
		this.scan(words, (p) => {
			if (this.phraseStamp[p.id] === stamp) return;
			this.phraseStamp[p.id] = stamp;
			perGap[p.gap]!++;
		});
		return perGap;
	}

	/** The patterns each gap matched in these words, by gap id: shows the user why a struggle got a theme. */
	explain(words: readonly number[]): Record<string, string[]> {
		const out: Record<string, string[]> = {};
		this.scan(words, (p) => {
			const list = (out[this.gaps[p.gap]!.id] ??= []);
			if (!list.includes(p.text)) list.push(p.text);
		});
		return out;
	}

	/** Calls `hit` for each leftmost-longest, non-overlapping phrase match. */
	private scan(words: readonly number[], hit: (p: Phrase) => void): void {
		let i = 0;
		while (i < words.length) {
			const candidates = this.candidates(words[i]!);
			let bestEnd = -1;
			let best: Phrase | null = null;
			for (let c = 0; c < candidates.length; c++) {
				const p = candidates[c]!;
				const end = this.matchFrom(p.elements, 1, words, i + 1);
				if (end > bestEnd) {
					bestEnd = end;
					best = p;
				}
			}
			if (best) {
				hit(best);
				i = bestEnd;
			} else i++;
		}
	}

	/** End position (exclusive) of the longest match of elements[ei..] starting at pos, or -1. */
	private matchFrom(elements: readonly Element[], ei: number, words: readonly number[], pos: number): number {
		if (ei === elements.length) return pos;
		const el = elements[ei]!;
		if (el.kind === "gap") {
			let best = -1;
			for (let k = 1; k <= MAX_GAP_WORDS && pos + k <= words.length; k++) best = Math.max(best, this.matchFrom(elements, ei + 1, words, pos + k));
			return best;
		}
		if (pos >= words.length || !this.elementMatches(el, words[pos]!)) return -1;
		return this.matchFrom(elements, ei + 1, words, pos + 1);
	}

	private elementMatches(el: Element, word: number): boolean {
		if (el.kind === "stem") return this.table.stemOf[word] === el.stem;
		return el.kind === "prefix" && this.table.words[word]!.startsWith(el.prefix);
	}

	private add(p: Phrase): void {
		this.phrases.push(p);
		this.phraseStamp.push(0);
		const first = p.elements[0];
		if (!first || first.kind === "gap") return;
		if (first.kind === "prefix") {
			this.prefixFirst.push({ prefix: first.prefix, phrase: p });
			return;
		}
		const list = this.byFirstStem.get(first.stem);
		if (list) list.push(p);
		else this.byFirstStem.set(first.stem, [p]);
	}

	/** Phrases that can start at this word; worked out once per distinct word. */
	private candidates(word: number): Phrase[] {
		const known = this.candidatesOfWord[word];
		if (known) return known;
		const raw = this.table.words[word]!;
		const list = [...(this.byFirstStem.get(this.table.stemOf[word]!) ?? [])];
		for (const pf of this.prefixFirst) if (raw.startsWith(pf.prefix)) list.push(pf.phrase);
		this.candidatesOfWord[word] = list;
		return list;
	}
}

/** `why * over` → [stem why, gap, stem over]; `quantif*` → prefix; a pattern that is only gaps compiles to nothing. */
export function compilePhrase(pattern: string, table: WordTable): Element[] {
	const out: Element[] = [];
	for (const part of pattern.toLowerCase().split(/\s+/)) {
		if (part === "*") {
			if (out.length > 0 && out[out.length - 1]!.kind !== "gap") out.push({ kind: "gap" });
		} else if (part.endsWith("*")) {
			const prefix = splitWords(part.slice(0, -1)).join("");
			if (prefix) out.push({ kind: "prefix", prefix });
		} else {
			for (const w of splitWords(part)) out.push({ kind: "stem", stem: table.stemId(stemWord(w), w) });
		}
	}
	while (out.length > 0 && out[out.length - 1]!.kind === "gap") out.pop();
	return out;
}
