import { computeThemes } from "../../../src/core/themes/compute-themes";
import { gapTags, slugify } from "../../../src/core/themes/gap-tags";
import { splitWords, WordTable } from "../../../src/core/themes/text-words";
import { DEFAULT_THEME_SETTINGS } from "../../../src/core/themes/theme-settings";
import { encode } from "./encode-text";
import { interview, struggle } from "./theme-builders";

/** A word that starts with a combining mark is the tail of a word cut in two. */
const startsWithMark = (w: string) => /^\p{M}/u.test(w);

const S = DEFAULT_THEME_SETTINGS;

describe("combining marks and case in words", () => {
	it("keeps Thai, Hindi, Turkish İ and decomposed Vietnamese words whole", () => {
		const thai = splitWords("การสื่อสาร");
		expect(thai.join("")).toBe("การสื่อสาร");
		expect(thai.some(startsWithMark)).toBe(false);
		expect(splitWords("सिस्टम")).toEqual(["सिस्टम"]);
		expect(splitWords("İletişim")).toEqual(["iletişim"]);
		expect(splitWords("thiết kế".normalize("NFD"))).toEqual(["thiết", "kế"]);
	});

	it("gives decomposed and composed spellings of a word one id", () => {
		const table = new WordTable();
		expect(encode(table, "café naïve".normalize("NFD"))).toEqual(encode(table, "café naïve"));
	});

	it("names a Thai #gap/ tag's gap as written", () => {
		const a = computeThemes([interview("a.md", "2025-01-01", [struggle(3, "อธิบายไม่ชัด", "", ["gap/การสื่อสาร"])])], S);
		expect(a.themes.map((t) => t.name)).toEqual(["การสื่อสาร"]);
	});

	it("gives a Hindi tag and a decomposed Vietnamese tag one slug each", () => {
		expect(slugify("सिस्टम-डिज़ाइन")).toBe("सिस्टम-डिज़ाइन".normalize("NFC"));
		expect(gapTags(["gap/thiết-kế".normalize("NFD")], "gap")).toEqual([{ id: "thiết-kế", name: "Thiết kế" }]);
	});

	it("matches a Turkish gap pattern 'iletişim' in a struggle that starts with 'İletişim'", () => {
		const settings = { ...S, gapDictionary: [{ id: "iletisim", name: "İletişim", patterns: ["iletişim"] }] };
		const a = computeThemes(
			[interview("a.md", "2025-01-01", [struggle(3, "İletişim sorunları")]), interview("b.md", "2025-02-01", [struggle(3, "iletişim eksikliği yine")])],
			settings,
		);
		expect(a.themes.find((t) => t.id === "iletisim")?.occurrences).toBe(2);
	});
});
