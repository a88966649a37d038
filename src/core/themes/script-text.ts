/**
 * What the theme engine needs to know of scripts other than Latin: one lower-case spelling per
 * word whatever the input's normalization, words inside scripts written without spaces, and
 * where a string can be cut. Every function answers ASCII text without touching any of this,
 * so English notes pay a regex test at most.
 */

import { NON_ASCII } from "../fold-key";

export { NON_ASCII };

/**
 * Han, Kana and Thai: written without spaces between words, so a run of them is a clause, not a
 * word, until a dictionary-based segmenter cuts it. Hangul is left out: Korean puts spaces
 * between words, and ICU has no Korean dictionary, so segmenting it would cost and change nothing.
 */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;

/**
 * Two chars of these scripts make a word ("设计" design, "캐시" cache, "설계"); a two-letter
 * Latin word is mostly a function word. `ー` (U+30FC) is the Kana length mark, Common script.
 */
const DENSE_PAIR = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\u30fc]{2}$/u;

/** Only Hiragana: Japanese writes particles, endings and auxiliaries so, and content words mostly not. */
const HIRAGANA_ONLY = /^[\p{sc=Hiragana}\u30fc]+$/u;

/**
 * Lower case as words are compared: NFC first, so decomposed input (macOS file names, some
 * keyboards) spells a word as composed input does, and the dot Turkish İ leaves after lower-casing
 * (i + U+0307) dropped, so "İletişim" and "iletişim" are one word.
 */
export function foldCase(text: string): string {
	if (!NON_ASCII.test(text)) return text.toLowerCase();
	return text.normalize("NFC").toLowerCase().replace(/i\u0307/g, "i");
}

/** Whether a stem this short still names something: two chars of Han, Kana, Hangul or Thai do. */
export function isDensePair(stem: string): boolean {
	return stem.length === 2 && stem.charCodeAt(0) >= 0x0e00 && DENSE_PAIR.test(stem);
}

/** Whether a word is only Hiragana, i.e. grammar rather than a topic (see `HIRAGANA_ONLY`). */
export function isHiraganaOnly(word: string): boolean {
	const c = word.charCodeAt(0);
	return c >= 0x3040 && c <= 0x30ff && HIRAGANA_ONLY.test(word);
}

/** `Intl.Segmenter` as far as it is used here: the ES2021 typings of this project do not have it. */
interface Segmenter {
	segment(text: string): Iterable<{ segment: string; index: number; isWordLike?: boolean }>;
}
type SegmenterClass = new (locale: undefined, options: { granularity: "word" | "grapheme" }) => Segmenter;

/** Absent from old engines: words of scripts without spaces then stay whole runs, as before it was used. */
const SEGMENTER = (Intl as unknown as { Segmenter?: SegmenterClass }).Segmenter;
/** Made on first use: building one loads ICU data that notes without such text never need. */
let wordSegmenter: Segmenter | null = null;
let graphemeSegmenter: Segmenter | null = null;

/** Whether text holds Han, Kana or Thai, which `segmentUnspaced` cuts into words. */
export function hasUnspaced(text: string): boolean {
	return NON_ASCII.test(text) && UNSPACED.test(text);
}

/**
 * Cuts each word that holds Han, Kana or Thai into the words a dictionary finds in it
 * ("系统设计讲不清楚" → 系统 设计 讲 不 清楚); other words are kept as they are. `lower` is the text
 * the words came from, so text with none of these scripts is passed through after one test.
 */
export function segmentUnspaced(lower: string, words: string[]): string[] {
	if (!SEGMENTER || !UNSPACED.test(lower)) return words;
	wordSegmenter ??= new SEGMENTER(undefined, { granularity: "word" });
	const out: string[] = [];
	for (const w of words) {
		if (!UNSPACED.test(w)) {
			out.push(w);
			continue;
		}
		segmentInto(wordSegmenter, w, out);
	}
	return out;
}

/**
 * Most chars handed to the segmenter at once. V8's segment iterator slows down with the square
 * of the text's length (16,000 chars of unbroken Han took 30 ms, 400,000 over three minutes), and
 * a run of Han or Thai is broken only by punctuation, so a pasted passage can be one long run.
 */
const MAX_SEGMENTED = 1024;
/**
 * How far before the end of a piece cut short its words are read again with the next piece: the
 * dictionary picks a word by what follows it (Thai looks several words ahead), so the words near
 * the cut, which saw nothing past it, may differ from those of the whole text.
 */
const SEGMENT_OVERLAP = 128;

/** Appends the word-like segments of `w`, a long one segmented a piece at a time. */
function segmentInto(segmenter: Segmenter, w: string, out: string[]): void {
	let from = 0;
	while (from < w.length) {
		let to = Math.min(w.length, from + MAX_SEGMENTED);
		if (to < w.length && isHighSurrogate(w.charCodeAt(to - 1))) to--;
		const keepBefore = to === w.length ? Infinity : to - from - SEGMENT_OVERLAP;
		let next = to;
		for (const s of segmenter.segment(from === 0 && to === w.length ? w : w.slice(from, to))) {
			if (s.index >= keepBefore && s.index > 0) {
				next = from + s.index;
				break;
			}
			// Not word-like: a stray apostrophe between a Latin word and a Han one.
			if (s.isWordLike) out.push(s.segment);
		}
		from = next;
	}
}

function isHighSurrogate(c: number): boolean {
	return c >= 0xd800 && c <= 0xdbff;
}

/**
 * The longest start of `text` of at most `max` UTF-16 units that ends between two user-perceived
 * characters: a cut inside a surrogate pair leaves half an emoji (invalid text in JSON), one
 * before a combining mark strips a letter of its accent or vowel sign.
 */
export function clipText(text: string, max: number): string {
	if (text.length <= max) return text;
	if (!NON_ASCII.test(text)) return text.slice(0, max);
	if (SEGMENTER) {
		graphemeSegmenter ??= new SEGMENTER(undefined, { granularity: "grapheme" });
		let end = 0;
		// Whether a cluster ends at `max` depends only on the code point there: the rest of a long title is not read.
		for (const g of graphemeSegmenter.segment(text.slice(0, max + 2))) {
			if (end + g.segment.length > max) break;
			end += g.segment.length;
		}
		return text.slice(0, end);
	}
	const low = text.charCodeAt(max);
	return text.slice(0, low >= 0xdc00 && low <= 0xdfff ? max - 1 : max);
}
