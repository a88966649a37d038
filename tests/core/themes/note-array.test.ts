import { computeThemes } from "../../../src/core/themes/compute-themes";
import { effectiveDictionary } from "../../../src/core/themes/dictionary-match";
import { textMemo } from "../../../src/core/themes/text-memo";
import { DEFAULT_THEME_SETTINGS } from "../../../src/core/themes/theme-settings";
import { interview, item, struggle } from "./theme-builders";

const S = DEFAULT_THEME_SETTINGS;

function note(n: number, edit = ""): ReturnType<typeof interview> {
	const day = String(1 + (n % 28)).padStart(2, "0");
	return interview(`n${n}.md`, `2025-01-${day}`, [struggle(3, `Struggle ${n} with caching${edit}`, "Body words here.")], [item(8, `Study ${n}`, false)]);
}

/** The packed array the memo holds for an interview. */
function wordsOf(iv: ReturnType<typeof interview>): Int32Array {
	const memo = textMemo();
	return memo.note(iv, memo.matcher(effectiveDictionary(S), S.bodyMinPhraseHits), S.gapTagPrefix).words;
}

describe("where a note's packed array lives", () => {
	it("shares buffers among the notes of a bulk encode, but gives a note encoded alone a buffer of its own", () => {
		const ivs = Array.from({ length: 40 }, (_, n) => note(n));
		computeThemes(ivs, S);
		const bulk = wordsOf(ivs[5]!);
		expect(bulk.buffer.byteLength).toBeGreaterThan(bulk.byteLength);
		for (let e = 1; e <= 3; e++) {
			const edited = note(5, ` edit ${e}`);
			ivs[5] = edited;
			computeThemes(ivs, S);
			const alone = wordsOf(edited);
			expect(alone.buffer.byteLength).toBe(alone.byteLength);
		}
	});
});
