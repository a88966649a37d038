import { DictionaryMatcher, effectiveDictionary } from "../../../src/core/themes/dictionary-match";
import { DEFAULT_THEME_SETTINGS, type ThemeSettings } from "../../../src/core/themes/theme-settings";
import { WordTable } from "../../../src/core/themes/text-words";

/** Word ids of a text, in order: the words of `splitWords(text)`. */
export function encode(table: WordTable, text: string): number[] {
	return Array.from(encodeAll(table, [text], new Int32Array(2)));
}

/**
 * `WordTable.encodeParts` for texts given one by one, a text as a string or as its lines: text
 * `t`'s ids are the result's [starts[t], starts[t + 1]).
 */
export function encodeAll(table: WordTable, texts: readonly (string | readonly string[])[], starts: Int32Array): Int32Array {
	const parts: string[] = [];
	const ends = new Int32Array(texts.length);
	texts.forEach((text, t) => {
		if (typeof text === "string") parts.push(text);
		else parts.push(...text);
		ends[t] = parts.length;
	});
	return table.encodeParts(parts, ends, starts);
}

/** Ids of the dictionary gaps a struggle with this title and body matches. */
export function matchIds(title: string, body = "", settings: Partial<ThemeSettings> = {}): string[] {
	const s = { ...DEFAULT_THEME_SETTINGS, ...settings };
	const table = new WordTable();
	const m = new DictionaryMatcher(table, effectiveDictionary(s), s.bodyMinPhraseHits);
	return m.match(encode(table, title), encode(table, body)).map((gi) => m.gaps[gi]?.id ?? "");
}
