/**
 * Words of struggle and action-item text, turned into small integer ids once per distinct word.
 * Themes are computed over thousands of notes within a frame budget, so text is scanned by char
 * code straight into word ids (no lower-cased copy, no substring per word), and each distinct
 * word is lower-cased, stored and stemmed exactly once for the life of its table.
 */
import { APOSTROPHE, APOSTROPHE_CODE, BASE, CODE, EXACT_LENGTH, LAST_LETTER_CODE, PREFIX_LENGTH } from "./word-hash";
import { foldCase, NON_ASCII, segmentUnspaced } from "./script-text";
import { grow, WordSlots } from "./word-slots";

export { stemWord } from "./word-stem";

/**
 * Combining marks belong to the letter before them: Thai and Indic vowel signs, and accents a
 * decomposed text still carries, would otherwise cut "सिस्टम" into "स", "स", "टम".
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’]\p{L}[\p{L}\p{M}]*)?/gu;
/** The same for text without non-ASCII characters, which is most text and much faster to scan. */
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)?/g;
/** Entries of the tokenizer's scratch arrays to start with, and the most bytes each keeps between notes. */
const SCRATCH_SIZE = 4096;
const MAX_KEPT_BYTES = 1 << 20;
/** Absent from jsdom (some tests): every note then takes the char-by-char path. */
const ENCODER = typeof TextEncoder === "function" ? new TextEncoder() : null;

/**
 * Splits text into lower-case words (letters with their marks and digits, inner apostrophes
 * kept; Han, Kana and Thai cut into dictionary words, see `segmentUnspaced`). The definition of
 * a word: `WordTable.encodeParts` gives the ids of exactly these words.
 */
export function splitWords(text: string): string[] {
	const lower = foldCase(text);
	if (!NON_ASCII.test(lower)) return lower.match(ASCII_WORD) ?? [];
	return segmentUnspaced(lower, lower.match(WORD) ?? []);
}

/**
 * The tokenizer over the word index it extends: texts in, word ids out. Ids only grow, so token
 * arrays stay valid for as long as the table lives: the session's memo (`textMemo()`) keeps one
 * until it passes 500,000 words, then starts over with a new memo and table.
 */
export class WordTable extends WordSlots {
	private scratch: Int32Array = new Int32Array(SCRATCH_SIZE);
	/** The bytes of the note being encoded. */
	private bytes = new Uint8Array(SCRATCH_SIZE);

	/**
	 * Drops scratch grown past 1 MB for a huge note, once its result is copied: kept, it would
	 * hold twice that note's size for the rest of the session.
	 */
	shrink(): void {
		if (this.bytes.length > MAX_KEPT_BYTES) this.bytes = new Uint8Array(SCRATCH_SIZE);
		if (4 * this.scratch.length > MAX_KEPT_BYTES) this.scratch = new Int32Array(SCRATCH_SIZE);
	}

	/**
	 * Word ids of several texts, end to end in one array: text `t` is words[starts[t], starts[t + 1])
	 * (`starts` needs one entry more than there are texts). One array per note instead of one per
	 * text keeps what the memo holds to a few objects, which is what the garbage collector pays
	 * for. Texts come as runs of lines, which is how the memo lists a note's texts (an item's
	 * body, then its steps), with no array per text: text `t` is parts[ends[t - 1], ends[t]) (from
	 * 0 for the first), its lines joined by newlines. There are `ends.length` texts, unless
	 * `count` is given for an `ends` with room to spare. The result is a view of the table's
	 * scratch, valid until the next call: copy what you keep.
	 */
	encodeParts(parts: readonly string[], ends: Int32Array, starts: Int32Array, count = ends.length): Int32Array {
		if (ENCODER && this.encodeAscii(parts, ends, count, starts)) return this.scratch.subarray(0, starts[count]);
		let n = 0;
		let p = 0;
		for (let t = 0; t < count; t++) {
			starts[t] = n;
			for (; p < ends[t]!; p++) n = this.scan(parts[p]!, n);
		}
		starts[count] = n;
		return this.scratch.subarray(0, n);
	}

	/**
	 * `encodeParts` for a note without non-ASCII chars (false, with nothing done, otherwise): its
	 * parts joined by newlines (one native copy, no flattening of the parser's concatenated
	 * bodies) and encoded to bytes in one call, then scanned as bytes. A byte loop is several
	 * times cheaper than `charCodeAt` on the parser's sliced strings, and the newline after each
	 * part (a 0 after the last) ends any word, so the scan needs no bounds checks.
	 */
	private encodeAscii(parts: readonly string[], ends: Int32Array, texts: number, starts: Int32Array): boolean {
		// Where each text ends in the joined string, kept in `starts` until the scan replaces it.
		let at = 0;
		let p = 0;
		for (let t = 0; t < texts; t++) {
			for (; p < ends[t]!; p++) at += parts[p]!.length + 1;
			starts[t] = at - 1;
		}
		const joined = parts.join("\n");
		const len = joined.length;
		if (this.bytes.length <= len) this.bytes = new Uint8Array(2 * len + 1);
		const done = ENCODER!.encodeInto(joined, this.bytes);
		if (done.read !== len || done.written !== len) return false;
		this.bytes[len] = 0;
		let n = 0;
		at = 0;
		for (let t = 0; t < texts; t++) {
			const end = starts[t]!;
			starts[t] = n;
			n = this.scanBytes(joined, at, end, n);
			at = end + 1;
		}
		starts[texts] = n;
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

}
