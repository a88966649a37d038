/**
 * Dictionary patterns compiled against a word table. Apart from the matcher so the matcher's
 * hot loops stay in one small file.
 */
import { hasUnspaced } from "./script-text";
import { splitWords, type WordTable } from "./text-words";

/** One step of a compiled phrase: a stem id, a word prefix, or a gap of one to three words. */
export type Element = { kind: "stem"; stem: number } | { kind: "prefix"; prefix: string } | { kind: "gap" };

/** What `Phrase.second` holds for a one-element phrase: it has matched once its first word has. */
export const SINGLE = -1;
/** What `Phrase.second` holds when the second element is not a stem: only the full match can tell. */
export const NOT_A_STEM = -2;

export interface Phrase {
	/** Index in the matcher's phrases. */
	id: number;
	gap: number;
	/** The pattern as written, to explain a match. */
	text: string;
	elements: Element[];
	/**
	 * The stem id the second element needs, else `SINGLE` or `NOT_A_STEM`. Most candidate
	 * phrases of a word fail on the next word ("no" starts a dozen), so the matcher rejects them
	 * with one comparison before walking the elements.
	 */
	second: number;
}

/** A phrase of the gap `gap`, numbered `id`, with its elements compiled; its words are appended to `wordsSeen`. */
export function compileEntry(id: number, gap: number, text: string, table: WordTable, wordsSeen: number[]): Phrase {
	const elements = compilePhrase(text, table, wordsSeen);
	const el = elements[1];
	return { id, gap, text, elements, second: !el ? SINGLE : el.kind === "stem" ? el.stem : NOT_A_STEM };
}

/** `why * over` → [stem why, gap, stem over]; `quantif*` → prefix; a pattern that is only gaps compiles to nothing. */
export function compilePhrase(pattern: string, table: WordTable, wordsSeen: number[] = []): Element[] {
	const out: Element[] = [];
	for (const part of pattern.toLowerCase().split(/\s+/)) {
		if (part === "*") {
			if (out.length > 0 && out[out.length - 1]!.kind !== "gap") out.push({ kind: "gap" });
		} else if (part.endsWith("*")) {
			const words = splitWords(part.slice(0, -1));
			// Text in these scripts is cut into dictionary words, so "系统设*" must be 系统 and then a word starting 设.
			const whole = hasUnspaced(part) ? words.length - 1 : 0;
			for (let k = 0; k < whole; k++) out.push(stemElement(words[k]!, table, wordsSeen));
			const prefix = words.slice(whole).join("");
			if (prefix) out.push({ kind: "prefix", prefix });
		} else {
			for (const w of splitWords(part)) out.push(stemElement(w, table, wordsSeen));
		}
	}
	while (out.length > 0 && out[out.length - 1]!.kind === "gap") out.pop();
	return out;
}

function stemElement(word: string, table: WordTable, wordsSeen: number[]): Element {
	const id = table.wordId(word);
	wordsSeen.push(id);
	return { kind: "stem", stem: table.stemOf[id]! };
}
