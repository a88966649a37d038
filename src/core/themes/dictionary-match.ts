import type { DictionaryGap } from "./effective-dictionary";
import { compileEntry, SINGLE, type Element, type Phrase } from "./phrase-compile";
import type { WordTable } from "./text-words";

export { effectiveDictionary, type DictionaryGap } from "./effective-dictionary";

const MAX_GAP_WORDS = 3;
/** Where `DictionaryMatcher.gate` starts numbering stems. */
const NEXT = 3;
/** One title phrase weighs as much as this many body phrases. */
const TITLE_HIT_WEIGHT = 3;

/** What `match` returns for a text that names no gap; shared, never mutated. */
const NO_GAPS: readonly number[] = Object.freeze([]);

/**
 * Finds dictionary gaps in a title and a body. Phrases are matched leftmost-longest without
 * overlap, so "business impact" is one hit, not two ("business impact" and "impact"); the title
 * needs one hit, the body `bodyMinHits` distinct phrases, because bodies are long and touch on
 * many things in passing. Holds no per-text state between calls, so one matcher serves every
 * run with the same dictionary (see `text-memo.ts`).
 */
export class DictionaryMatcher {
	/** Word ids of the patterns' words, in the order they were compiled: the first words of a run's vocabulary. */
	readonly patternWords: number[] = [];
	private readonly byFirstStem = new Map<number, Phrase[]>();
	private readonly prefixFirst: { prefix: string; phrase: Phrase }[] = [];
	private readonly candidatesOfWord: (Phrase[] | undefined)[] = [];
	private readonly phrases: Phrase[] = [];
	/** Scratch of `count`: the call in which each phrase was last hit, and per-gap hit counts. */
	private readonly phraseStamp: Int32Array;
	private readonly titleHits: Int32Array;
	private readonly bodyHits: Int32Array;
	/** The gaps with a count since the last `gapsHit`: `touched[0, touchedCount)`. */
	private readonly touched: Int32Array;
	private touchedCount = 0;
	private stamp = 0;
	/** End of the match `longest` found last: a field, so the hot loop allocates no result object. */
	private longestEnd = -1;
	/**
	 * By word id, what a phrase starting at the word needs (0 while not known): 1, nothing can
	 * start there (most words); `NEXT + s`, every phrase it starts needs stem `s` next ("the" only
	 * starts "the basics"), so one comparison rules it out; 2, look at its phrases.
	 */
	private gate: Int32Array = new Int32Array(1024);

	constructor(
		private readonly table: WordTable,
		readonly gaps: readonly DictionaryGap[],
		private readonly bodyMinHits: number,
	) {
		gaps.forEach((g, gi) => {
			for (const p of g.patterns) this.add(compileEntry(this.phrases.length, gi, p, table, this.patternWords));
		});
		this.phraseStamp = new Int32Array(this.phrases.length);
		this.titleHits = new Int32Array(gaps.length);
		this.bodyHits = new Int32Array(gaps.length);
		this.touched = new Int32Array(gaps.length);
	}

	/** Indices (into `gaps`) of the gaps the text belongs to, ascending. */
	match(title: ArrayLike<number>, body: ArrayLike<number>): readonly number[] {
		if (this.count(title, 0, title.length, this.titleHits) + this.count(body, 0, body.length, this.bodyHits) === 0) return NO_GAPS;
		const out: number[] = [];
		this.gapsHit(out);
		return out.length === 0 ? NO_GAPS : out;
	}

	/** `match` for a title at words[titleStart, bodyStart) and a body at words[bodyStart, end), appended to `into`: no view or array per text. */
	matchInto(words: ArrayLike<number>, titleStart: number, bodyStart: number, end: number, into: number[]): void {
		const titleHits = this.count(words, titleStart, bodyStart, this.titleHits);
		const bodyHits = this.count(words, bodyStart, end, this.bodyHits);
		if (titleHits + bodyHits > 0) this.gapsHit(into);
	}

	/**
	 * Appends the gaps the last counts qualify (a title hit or enough body hits, and at least half
	 * the best score), ascending; zeroes the counts. Only gaps with a count can qualify, so only
	 * those are looked at: a text hits one to three gaps of the dictionary's dozens.
	 */
	private gapsHit(out: number[]): void {
		const th = this.titleHits;
		const bh = this.bodyHits;
		const touched = this.touched;
		const n = this.touchedCount;
		let titleHits = 0;
		for (let k = 0; k < n; k++) titleHits += th[touched[k]!]!;
		const bodyMin = titleHits > 0 ? this.bodyMinHits + 1 : this.bodyMinHits;
		let best = 0;
		for (let k = 0; k < n; k++) {
			const gi = touched[k]!;
			const score = TITLE_HIT_WEIGHT * th[gi]! + bh[gi]!;
			if ((th[gi]! > 0 || bh[gi]! >= bodyMin) && score > best) best = score;
		}
		sortAscending(touched, n);
		for (let k = 0; k < n; k++) {
			const gi = touched[k]!;
			if ((th[gi]! > 0 || bh[gi]! >= bodyMin) && 2 * (TITLE_HIT_WEIGHT * th[gi]! + bh[gi]!) > best) out.push(gi);
			th[gi] = 0;
			bh[gi] = 0;
		}
		this.touchedCount = 0;
	}

	/** Adds, per gap, the distinct phrases hit in the words to `perGap` (zero unless a hit: `gapsHit` clears); returns the total. */
	private count(words: ArrayLike<number>, from: number, to: number, perGap: Int32Array): number {
		const stamp = ++this.stamp;
		const stemOf = this.table.stemOf;
		let total = 0;
		let i = from;
		while (i < to) {
			const w = words[i]!;
			const g = w < this.gate.length ? this.gate[w]! : 0;
			if (g === 1 || (g >= NEXT && (i + 1 >= to || stemOf[words[i + 1]!]! !== g - NEXT))) {
				i++;
				continue;
			}
			const phrase = this.longest(this.candidates(w), words, i, to);
			if (!phrase) {
				i++;
				continue;
			}
			if (this.phraseStamp[phrase.id] !== stamp) {
				this.phraseStamp[phrase.id] = stamp;
				perGap[phrase.gap]!++;
				total++;
				if (this.titleHits[phrase.gap]! + this.bodyHits[phrase.gap]! === 1) this.touched[this.touchedCount++] = phrase.gap;
			}
			i = this.longestEnd;
		}
		return total;
	}

	/** The patterns each gap matched in these words, by gap id: shows the user why a struggle got a theme. */
	explain(words: ArrayLike<number>): Record<string, string[]> {
		const out: Record<string, string[]> = {};
		let i = 0;
		while (i < words.length) {
			const phrase = this.longest(this.candidates(words[i]!), words, i, words.length);
			if (!phrase) {
				i++;
				continue;
			}
			const list = (out[this.gaps[phrase.gap]!.id] ??= []);
			if (!list.includes(phrase.text)) list.push(phrase.text);
			i = this.longestEnd;
		}
		return out;
	}

	/** The longest of the candidate phrases matching at `i` (the first listed on a tie); where it ends goes to `longestEnd`. */
	private longest(candidates: readonly Phrase[], words: ArrayLike<number>, i: number, to: number): Phrase | null {
		let end = -1;
		let phrase: Phrase | null = null;
		const next = i + 1 < to ? this.table.stemOf[words[i + 1]!]! : -1;
		for (let c = 0; c < candidates.length; c++) {
			const p = candidates[c]!;
			if (p.second >= 0 && p.second !== next) continue;
			const e = p.second === SINGLE ? i + 1 : this.matchFrom(p.elements, 1, words, i + 1, to);
			if (e > end) {
				end = e;
				phrase = p;
			}
		}
		this.longestEnd = end;
		return phrase;
	}

	/** End position (exclusive) of the longest match of elements[ei..] starting at pos, or -1. */
	private matchFrom(elements: readonly Element[], ei: number, words: ArrayLike<number>, pos: number, to: number): number {
		if (ei === elements.length) return pos;
		const el = elements[ei]!;
		if (el.kind === "gap") {
			let best = -1;
			for (let k = 1; k <= MAX_GAP_WORDS && pos + k <= to; k++) best = Math.max(best, this.matchFrom(elements, ei + 1, words, pos + k, to));
			return best;
		}
		if (pos >= to || !this.elementMatches(el, words[pos]!)) return -1;
		return this.matchFrom(elements, ei + 1, words, pos + 1, to);
	}

	private elementMatches(el: Element, word: number): boolean {
		if (el.kind === "stem") return this.table.stemOf[word] === el.stem;
		return el.kind === "prefix" && this.table.words[word]!.startsWith(el.prefix);
	}

	private add(p: Phrase): void {
		this.phrases.push(p);
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
	private candidates(word: number): readonly Phrase[] {
		const known = this.candidatesOfWord[word];
		if (known) return known;
		const raw = this.table.words[word]!;
		const list = [...(this.byFirstStem.get(this.table.stemOf[word]!) ?? [])];
		for (const pf of this.prefixFirst) if (raw.startsWith(pf.prefix)) list.push(pf.phrase);
		this.candidatesOfWord[word] = list;
		if (word >= this.gate.length) this.gate = growInts(this.gate, Math.max(word + 1, this.gate.length * 2));
		this.gate[word] = gateOf(list);
		return list;
	}
}

/** What `DictionaryMatcher.gate` holds for a word these phrases can start at. No closure in `candidates`: its context would be allocated on every call. */
function gateOf(list: readonly Phrase[]): number {
	if (list.length === 0) return 1;
	const next = list[0]!.second;
	if (next < 0) return 2;
	for (const p of list) if (p.second !== next) return 2;
	return NEXT + next;
}

/** Insertion sort of a[0, n): a text's few touched gaps into dictionary order. */
function sortAscending(a: Int32Array, n: number): void {
	for (let k = 1; k < n; k++) {
		const x = a[k]!;
		let j = k - 1;
		for (; j >= 0 && a[j]! > x; j--) a[j + 1] = a[j]!;
		a[j + 1] = x;
	}
}

function growInts(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
	const b = new Int32Array(size);
	b.set(a);
	return b;
}
