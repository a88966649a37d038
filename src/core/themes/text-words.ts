/**
 * Words of struggle and action-item text, turned into small integer ids once per distinct word.
 * Themes are computed over thousands of notes within a frame budget, so text is scanned by char
 * code straight into word ids (no lower-cased copy, no substring per word), and each distinct
 * word is lower-cased, stored and stemmed exactly once for the life of its table.
 */
import { APOSTROPHE, APOSTROPHE_CODE, BASE, charCode, CODE, EXACT_LENGTH, isAsciiWord, LAST_LETTER_CODE, PREFIX_LENGTH, prefixNumber, sameWord, slotOf } from "./word-hash";
import { isStopWord, stemWord, surfaceWord } from "./word-stem";

export { stemWord } from "./word-stem";

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** The same for text without non-ASCII characters, which is most text and much faster to scan. */
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)?/g;
const NON_ASCII = /[\u0080-\uffff]/;
/** Absent from jsdom (some tests): every note then takes the char-by-char path. */
const ENCODER = typeof TextEncoder === "function" ? new TextEncoder() : null;

/**
 * Splits text into lower-case words (letters and digits, inner apostrophes kept). The
 * definition of a word: `WordTable.encode` gives the ids of exactly these words.
 */
export function splitWords(text: string): string[] {
	const lower = text.toLowerCase();
	return lower.match(NON_ASCII.test(lower) ? WORD : ASCII_WORD) ?? [];
}

/**
 * Assigns ids to words and remembers each word's stem. Ids only grow, so token arrays stay
 * valid for as long as the table lives; `computeThemes` keeps one for the whole session.
 */
export class WordTable {
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
	private scratch: Int32Array = new Int32Array(4096);
	/** The texts of the note being encoded, as `encodeAscii` joins them, and their bytes. */
	private readonly parts: string[] = [];
	private bytes = new Uint8Array(4096);

	/** Word ids of a text, in order: the words of `splitWords(text)`. */
	encode(text: string): number[] {
		return Array.from(this.encodeAll([text], new Int32Array(2)));
	}

	/**
	 * Word ids of several texts, end to end in one array: text `i` is `[starts[i], starts[i + 1])`
	 * (`starts` needs `texts.length + 1` entries). One array per note instead of one per text
	 * keeps what the memo holds to a few objects, which is what the garbage collector pays for.
	 * A text may come as its lines (an item's body and steps): the same words as the lines
	 * joined by newlines, without building that string. The result is a view of the table's
	 * scratch, valid until the next call: copy what you keep.
	 */
	encodeAll(texts: readonly (string | readonly string[])[], starts: Int32Array): Int32Array {
		if (ENCODER && this.encodeAscii(texts, starts)) return this.scratch.subarray(0, starts[texts.length]);
		let n = 0;
		for (let t = 0; t < texts.length; t++) {
			starts[t] = n;
			const text = texts[t]!;
			if (typeof text === "string") n = this.scan(text, n);
			else for (const line of text) n = this.scan(line, n);
		}
		starts[texts.length] = n;
		return this.scratch.subarray(0, n);
	}

	/**
	 * `encodeAll` for a note without non-ASCII chars (false, with nothing done, otherwise): its
	 * texts joined by newlines (one native copy, no flattening of the parser's concatenated
	 * bodies) and encoded to bytes in one call, then scanned as bytes. A byte loop is several
	 * times cheaper than `charCodeAt` on the parser's sliced strings, and the newline after each
	 * text (a 0 after the last) ends any word, so the scan needs no bounds checks.
	 */
	private encodeAscii(texts: readonly (string | readonly string[])[], starts: Int32Array): boolean {
		// Written by index and cut to length after: emptying it first would drop its storage, to be grown again per note.
		const parts = this.parts;
		let count = 0;
		// Where each text ends in the joined string, kept in `starts` until the scan replaces it.
		let at = 0;
		for (let t = 0; t < texts.length; t++) {
			const text = texts[t]!;
			if (typeof text === "string" || text.length === 0) {
				const one = typeof text === "string" ? text : "";
				parts[count++] = one;
				at += one.length + 1;
			} else {
				for (let k = 0; k < text.length; k++) {
					parts[count++] = text[k]!;
					at += text[k]!.length + 1;
				}
			}
			starts[t] = at - 1;
		}
		parts.length = count;
		const joined = parts.join("\n");
		const len = joined.length;
		if (this.bytes.length <= len) this.bytes = new Uint8Array(2 * len + 1);
		const done = ENCODER!.encodeInto(joined, this.bytes);
		if (done.read !== len || done.written !== len) return false;
		this.bytes[len] = 0;
		let n = 0;
		at = 0;
		for (let t = 0; t < texts.length; t++) {
			const end = starts[t]!;
			starts[t] = n;
			n = this.scanBytes(joined, at, end, n);
			at = end + 1;
		}
		starts[texts.length] = n;
		return true;
	}

	/** `scan` over `this.bytes[from, to)`, which spell `src[from, to)` and are followed by a separator. */
	private scanBytes(src: string, from: number, to: number, n: number): number {
		const bytes = this.bytes;
		let i = from;
		while (i < to) {
			let v = CODE[bytes[i]!]!;
			if (v === 0) {
				i++;
				continue;
			}
			const start = i;
			let h = 0;
			do {
				h = (Math.imul(h, BASE) + v) | 0;
				v = CODE[bytes[++i]!]!;
			} while (v !== 0 && i - start < PREFIX_LENGTH);
			const prefix = h;
			while (v !== 0) {
				h = (Math.imul(h, BASE) + v) | 0;
				v = CODE[bytes[++i]!]!;
			}
			let exact = i - start <= EXACT_LENGTH ? i - start : -1;
			if (bytes[i] === APOSTROPHE) {
				v = CODE[bytes[i + 1]!]!;
				if (v !== 0 && v <= LAST_LETTER_CODE) {
					exact = -1;
					h = (Math.imul(h, BASE) + APOSTROPHE_CODE) | 0;
					i++;
					do {
						h = (Math.imul(h, BASE) + v) | 0;
						v = CODE[bytes[++i]!]!;
					} while (v !== 0 && v <= LAST_LETTER_CODE);
				}
			}
			if (n === this.scratch.length) this.scratch = grow(this.scratch, n * 2);
			this.scratch[n++] = this.lookup(src, start, i, h, exact, prefix, null);
		}
		return n;
	}

	/** Writes the word ids of `text` into the scratch from `n`; returns the new end. */
	private scan(text: string, n: number): number {
		const from = n;
		const len = text.length;
		let i = 0;
		while (i < len) {
			let c = text.charCodeAt(i);
			if (c >= 128) return this.scanWords(splitWords(text), from);
			let v = CODE[c]!;
			if (v === 0) {
				i++;
				continue;
			}
			const start = i;
			let h = 0;
			do {
				h = (Math.imul(h, BASE) + v) | 0;
				c = ++i < len ? text.charCodeAt(i) : 0;
				v = c < 128 ? CODE[c]! : 0;
			} while (v !== 0 && i - start < PREFIX_LENGTH);
			const prefix = h;
			while (v !== 0) {
				h = (Math.imul(h, BASE) + v) | 0;
				c = ++i < len ? text.charCodeAt(i) : 0;
				v = c < 128 ? CODE[c]! : 0;
			}
			let exact = i - start <= EXACT_LENGTH ? i - start : -1;
			if (c === APOSTROPHE && i + 1 < len) {
				const d = text.charCodeAt(i + 1);
				v = d < 128 ? CODE[d]! : 0;
				if (v !== 0 && v <= LAST_LETTER_CODE) {
					exact = -1;
					h = (Math.imul(h, BASE) + APOSTROPHE_CODE) | 0;
					i++;
					do {
						h = (Math.imul(h, BASE) + v) | 0;
						const e = ++i < len ? text.charCodeAt(i) : 0;
						v = e < 128 ? CODE[e]! : 0;
					} while (v !== 0 && v <= LAST_LETTER_CODE);
				}
			}
			if (n === this.scratch.length) this.scratch = grow(this.scratch, n * 2);
			this.scratch[n++] = this.lookup(text, start, i, h, exact, prefix, null);
		}
		return n;
	}

	/** The slow path for text with non-ASCII characters: the words `splitWords` found. */
	private scanWords(words: readonly string[], n: number): number {
		for (const w of words) {
			if (n === this.scratch.length) this.scratch = grow(this.scratch, n * 2);
			this.scratch[n++] = this.wordId(w);
		}
		return n;
	}

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
	private lookup(src: string, start: number, end: number, h: number, exact: number, prefix: number, literal: string | null): number {
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

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
	const b = new Int32Array(size);
	b.set(a);
	return b;
}
