/**
 * The word hash of the tokenizer: each ASCII word char has a small code and a word is the
 * base-38 number of its codes, so short words hash without collisions and longer ones are told
 * apart by a few numbers (see `BASE`). Kept apart from the word table that uses it.
 */

/**
 * Code of each ASCII word char in the word hash: letters (either case) 1-26, digits 27-36; 0 for
 * separators. The apostrophe is 37 (see `APOSTROPHE_CODE`) but only counts inside a word.
 */
export const CODE = new Uint8Array(128);
for (let c = 65; c <= 90; c++) CODE[c] = CODE[c + 32] = c - 64;
for (let c = 48; c <= 57; c++) CODE[c] = c - 48 + 27;
export const LAST_LETTER_CODE = 26;
export const APOSTROPHE = 39;
export const APOSTROPHE_CODE = 37;
/**
 * Base of the word hash, above every code: a word of up to `PREFIX_LENGTH` ASCII word chars
 * hashes to its own base-38 number (38^6 < 2^32). Longer words wrap around 32 bits, but the
 * number of their first `PREFIX_LENGTH` chars, their length and their hash still pin down a
 * word of up to `EXACT_LENGTH` chars: the hash then fixes the rest, a base-38 number below
 * 2^32. So most lookups compare no characters, only numbers.
 */
export const BASE = 38;
export const PREFIX_LENGTH = 6;
export const EXACT_LENGTH = 2 * PREFIX_LENGTH;

/** The hash code of any char: ASCII as in CODE, everything else above them. */
export function charCode(c: number): number {
	if (c === APOSTROPHE) return APOSTROPHE_CODE;
	return c < 128 ? CODE[c]! : c + BASE;
}

function lower(c: number): number {
	return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Fibonacci hashing: the base-38 hash of short words is far from uniform in its low bits. */
export function slotOf(h: number, shift: number): number {
	return Math.imul(h, 0x9e3779b1) >>> shift;
}

/** The base-38 number of the first `PREFIX_LENGTH` chars of a word (as `scan` computes it). */
export function prefixNumber(word: string): number {
	let h = 0;
	for (let k = 0; k < word.length && k < PREFIX_LENGTH; k++) h = (Math.imul(h, BASE) + charCode(word.charCodeAt(k))) | 0;
	return h;
}

/** Only ASCII word chars (and inner apostrophes): the words whose hash is exact up to `EXACT_LENGTH`. */
export function isAsciiWord(word: string): boolean {
	for (let k = 0; k < word.length; k++) {
		const c = word.charCodeAt(k);
		if (c >= 128 || (CODE[c] === 0 && c !== APOSTROPHE)) return false;
	}
	return true;
}

/** Whether src[start, end), ASCII-lower-cased, spells `word`: the check when the numbers cannot tell. */
export function sameWord(word: string, src: string, start: number, end: number): boolean {
	if (word.length !== end - start) return false;
	for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== lower(src.charCodeAt(start + k))) return false;
	return true;
}
