import fc from "fast-check";
import { refusalNotice } from "../../src/core/sync/sync-messages";
import { safeCut, shorten } from "../../src/core/text-lines";
import { wellFormed } from "./well-formed";


describe("safeCut and shorten never split a character", () => {
	test.each([
		["an emoji (surrogate pair)", "ab😬cd", 3, 2],
		["a ZWJ sequence, before the joiner", "a👩‍💻b", 3, 1],
		["a ZWJ sequence, after the joiner", "a👩‍💻b", 4, 1],
		["a skin tone", "a👍🏽b", 3, 1],
		["a combining accent (NFD Vietnamese)", "the\u0302\u0301m", 3, 2],
		["Thai vowel and tone marks", "การสื่อสาร", 5, 3],
		["a keycap", "1\ufe0f\u20e3 x", 1, 0],
		["plain text", "abcdef", 3, 3],
	])("%s", (_n, text, at, expected) => {
		expect(safeCut(text, at)).toBe(expected);
	});

	test("any text, any length: the result is well formed and a prefix plus an ellipsis", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme-composite", maxLength: 40 }), fc.integer({ min: 2, max: 30 }), (text, max) => {
				const out = shorten(text, max);
				expect(wellFormed(out)).toBe(true);
				expect(out.length).toBeLessThanOrEqual(Math.max(max, 1));
				if (out !== text) expect(text.startsWith(out.slice(0, -1))).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});

	test("a Notice quoting a long Chinese step ending in an emoji stays well formed", () => {
		const step = "准备".repeat(29) + "😬后面";
		const notice = refusalNotice(true, step, "not-found", "");
		expect(wellFormed(notice)).toBe(true);
		expect(notice).toContain("准备…”");
	});
});
