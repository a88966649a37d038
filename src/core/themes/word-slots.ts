/**
 * The word index under the tokenizer: each distinct word's id, lower-cased text, stem and hash,
 * in an open-addressing table probed by the word hash (see `word-hash.ts`). Kept apart from
 * the scanners of `text-words.ts`, which extend it and look words up as they find them.
 */
import { charCode, EXACT_LENGTH, isAsciiWord, prefixNumber, sameWord, slotOf, BASE } from "./word-hash";
import { isStopWord, stemWord, surfaceWord } from "./word-stem";

/**
 * Assigns ids to words and remembers each word's stem. Ids only grow, so token arrays stay
 * valid for as long as the table lives (see `WordTable` for how long that is).
 */
export class WordSlots {
	/** Raw lower-case word by word id. */
	readonly words: string[] = [];
	/** Stem id by word id. */
	readonly stemOf: number[] = [];
	/** Stem text by stem id. */
	readonly stems: string[] = [];
	/** By word id: whether a stem first seen with this word is a stopword (see `isStopWord`). */
	readonly stopIfFirst: boolean[] = [];
	/** By word id: the word's hash, so a probe compares characters only when hashes agree. */
	private hashes = new Int32Array(1024);
	/** Open-addressing hash table of word id + 1 (0 = empty), indexed by `slotOf` the word's hash. */
	private slots = new Int32Array(1024);
	/** 32 - log2(slots.length): a slot is the top bits of the hash times the golden ratio. */
	private shift = 22;
	/**
	 * By word id: its length when hash, length and prefix number identify it (see `BASE`), else -2.
	 * A lookup passes -1 when it cannot rely on that, so the two never agree by accident.
	 */
	private exactLength = new Int32Array(1024);
	/** By word id: the base-38 number of its first `PREFIX_LENGTH` chars (meaningful with `exactLength`). */
	private prefixes = new Int32Array(1024);
	private readonly stemIds = new Map<string, number>();

	/** Id of one lower-case word (as `splitWords` gives them), adding it when new. */
	wordId(word: string): number {
		let h = 0;
		for (let k = 0; k < word.length; k++) h = (Math.imul(h, BASE) + charCode(word.charCodeAt(k))) | 0;
		return this.lookup(word, 0, word.length, h, -1, 0, word);
	}

	/** The word as an automatic theme's name spells it. */
	surfaceOf(wordId: number): string {
		return surfaceWord(this.words[wordId]!);
	}

	/**
	 * Id of the word at src[start, end) (ASCII-lower-cased), added as `literal` or that slice
	 * lower-cased when new. `exact` is the word's length when hash, length and `prefix` identify
	 * it (see `BASE`), else -1.
	 */
	protected lookup(src: string, start: number, end: number, h: number, exact: number, prefix: number, literal: string | null): number {
		const mask = this.slots.length - 1;
		for (let s = slotOf(h, this.shift); ; s = (s + 1) & mask) {
			const e = this.slots[s]!;
			if (e === 0) break;
			if (this.hashes[e - 1] !== h) continue;
			if (exact >= 0 && this.exactLength[e - 1]! >= 0) {
				if (this.exactLength[e - 1] === exact && this.prefixes[e - 1] === prefix) return e - 1;
			} else if (sameWord(this.words[e - 1]!, src, start, end)) return e - 1;
		}
		return this.add(literal ?? src.slice(start, end).toLowerCase(), h);
	}

	private add(word: string, h: number): number {
		const id = this.words.length;
		const stem = stemWord(word);
		let stemId = this.stemIds.get(stem);
		if (stemId === undefined) {
			stemId = this.stems.length;
			this.stems.push(stem);
			this.stemIds.set(stem, stemId);
		}
		this.words.push(word);
		if (id === this.hashes.length) {
			this.hashes = grow(this.hashes, id * 2);
			this.exactLength = grow(this.exactLength, id * 2);
			this.prefixes = grow(this.prefixes, id * 2);
		}
		this.hashes[id] = h;
		this.exactLength[id] = word.length <= EXACT_LENGTH && isAsciiWord(word) ? word.length : -2;
		this.prefixes[id] = prefixNumber(word);
		this.stemOf.push(stemId);
		this.stopIfFirst.push(isStopWord(word, stem));
		if (2 * (id + 1) > this.slots.length) this.rehash(this.slots.length * 2);
		else this.place(id);
		return id;
	}

	private rehash(size: number): void {
		this.slots = new Int32Array(size);
		this.shift--;
		for (let id = 0; id < this.words.length; id++) this.place(id);
	}

	private place(id: number): void {
		const mask = this.slots.length - 1;
		let s = slotOf(this.hashes[id]!, this.shift);
		while (this.slots[s] !== 0) s = (s + 1) & mask;
		this.slots[s] = id + 1;
	}
}

export function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
	const b = new Int32Array(size);
	b.set(a);
	return b;
}
