/**
 * Comparing what a user types in settings (a tag, a section name) with what their notes say.
 */

/** Any UTF-16 unit outside ASCII. */
export const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A comparison key: lower case, and for text beyond ASCII also NFKC (an accent typed as a separate
 * mark, as Vietnamese "tổ hợp" input and text pasted from macOS file names do, is the same letter;
 * full-width `１．` is `1.`), with Turkish dotted and dotless i and German ß folded as a search
 * would, so `İş`, `YAPILACAKLAR` and `MASSNAHMEN` find `iş`, `Yapılacaklar` and `Maßnahmen`.
 * Only for comparing: stored and shown text stays as the user wrote it.
 */
export function foldKey(text: string): string {
	if (!NON_ASCII.test(text)) return text.toLowerCase();
	return text.normalize("NFKC").toLowerCase().replace(/i\u0307/g, "i").replace(/ı/g, "i").replace(/ß/g, "ss");
}

/** Whether `foldKey` may do more than lower-case `text`. */
export function needsFolding(text: string): boolean {
	return NON_ASCII.test(text);
}
