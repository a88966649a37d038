/**
 * What the theme engine needs to know of scripts other than Latin: one lower-case spelling per
 * word whatever the input's normalization. ASCII text is answered without touching any of this.
 */

/** Any char outside ASCII. */
export const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Lower case as words are compared: NFC first, so decomposed input (macOS file names, some
 * keyboards) spells a word as composed input does, and the dot Turkish İ leaves after lower-casing
 * (i + U+0307) dropped, so "İletişim" and "iletişim" are one word.
 */
export function foldCase(text: string): string {
	if (!NON_ASCII.test(text)) return text.toLowerCase();
	return text.normalize("NFC").toLowerCase().replace(/i\u0307/g, "i");
}
