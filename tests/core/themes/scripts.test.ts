import { computeThemes } from "../../../src/core/themes/compute-themes";
import { gapTags, slugify } from "../../../src/core/themes/gap-tags";
import { splitWords, stemWord, WordTable } from "../../../src/core/themes/text-words";
import { DEFAULT_THEME_SETTINGS, type ThemeSettings } from "../../../src/core/themes/theme-settings";
import { encode } from "./encode-text";
import { interview, struggle } from "./theme-builders";
import { wellFormed } from "../well-formed";

/** A word that starts with a combining mark is the tail of a word cut in two. */
const startsWithMark = (w: string) => /^\p{M}/u.test(w);

const S = DEFAULT_THEME_SETTINGS;
/** One struggle per interview, a month apart, in the order given. */
const run = (texts: string[], settings: ThemeSettings = S) =>
	computeThemes(
		texts.map((t, i) => interview(`n${i}.md`, `2025-${String(i + 1).padStart(2, "0")}-01`, [struggle(3, t)])),
		settings,
	);
const groupOf = (a: ReturnType<typeof run>, size: number) => a.themes.find((t) => t.occurrences === size);

describe("themes in scripts written without spaces", () => {
	it("a Chinese gap dictionary pattern matches struggles that contain it", () => {
		const a = run(["面试中系统设计讲不清楚", "系统设计没有考虑扩展性"], { ...S, gapDictionary: [{ id: "xitong", name: "系统设计", patterns: ["系统设计"] }] });
		expect(a.themes.find((t) => t.id === "xitong")?.occurrences).toBe(2);
	});

	it("a Chinese prefix pattern spans the words the text is cut into", () => {
		const a = run(["面试中系统设计讲不清楚", "系统设计没有考虑扩展性", "系统很慢"], { ...S, gapDictionary: [{ id: "xitong", name: "系统设计", patterns: ["系统设*"] }] });
		expect(a.themes.find((t) => t.id === "xitong")?.struggles.map((r) => r.path)).toEqual(["n0.md", "n1.md"]);
	});

	it("groups two Chinese struggles about 系统设计 and names the group without Latin punctuation", () => {
		const a = run(["系统设计讲不清楚", "系统设计没有考虑扩展性", "算法复杂度"]);
		const group = groupOf(a, 2);
		expect(group?.struggles.map((r) => r.path)).toEqual(["n0.md", "n1.md"]);
		expect(group?.name).toMatch(/^(系统、设计|设计、系统)$/);
	});

	it("groups two Japanese struggles about システム設計, not by their shared grammar", () => {
		const a = run(["システム設計の説明が曖昧だった", "システム設計でスケールを考慮できなかった", "アルゴリズムの計算量"]);
		expect(groupOf(a, 2)?.struggles.map((r) => r.path)).toEqual(["n0.md", "n1.md"]);
	});

	it("does not group Japanese struggles that share only particles and verb endings", () => {
		// "Couldn't explain the cache well" and "couldn't answer on complexity well": について, うまく, なか are grammar.
		const a = run(["キャッシュについてうまく説明できなかった", "計算量についてうまく答えられなかった"]);
		expect(a.themes.map((t) => t.occurrences)).toEqual([1, 1]);
	});

	it("groups Korean struggles sharing two-syllable words (캐시 cache, 설계 design)", () => {
		const a = run(["분산 캐시 설계 설명 부족", "캐시 설계 질문에서 막힘", "알고리즘 시간 초과"]);
		expect(groupOf(a, 2)?.struggles.map((r) => r.path)).toEqual(["n0.md", "n1.md"]);
	});

	it("takes the case particle off a Korean noun, unless that leaves one syllable", () => {
		expect(["캐시를", "캐시의", "캐시", "질문에서", "알고리즘으로"].map(stemWord)).toEqual(["캐시", "캐시", "캐시", "질문", "알고리즘"]);
		expect(["평가", "속도", "회의"].map(stemWord)).toEqual(["평가", "속도", "회의"]);
	});

	it("groups Thai struggles by topic, not by the common nominalizer การ or ไม่ (not)", () => {
		const a = run(["การออกแบบระบบไม่ชัดเจน", "การออกแบบระบบแคชไม่ดี", "การสื่อสารไม่ชัดเจน"]);
		expect(groupOf(a, 2)?.struggles.map((r) => r.path)).toEqual(["n0.md", "n1.md"]);
	});

	it("cuts a word of mixed Latin and Han at the script change, as the segmenter does", () => {
		expect(splitWords("API设计和REST接口")).toEqual(["api", "设计", "和", "rest", "接口"]);
	});
});

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

describe("a lone struggle's gap name cut to length", () => {
	const nameOf = (title: string) => computeThemes([interview("a.md", "2025-01-01", [struggle(3, title)])], S).themes[0]!.name;

	it("is never cut inside a surrogate pair", () => {
		const name = nameOf("系".repeat(58) + "😬😬 更多");
		expect(wellFormed(name)).toBe(true);
		expect(name).toBe("系".repeat(58) + "…");
	});

	it("is never cut between a letter and its combining mark", () => {
		// Cut at 59 units, this would end on स and drop its vowel sign ि.
		expect(nameOf("x".repeat(58) + "सिस्टम डिज़ाइन")).toBe("x".repeat(58) + "…");
	});

	it("cuts ASCII titles as before", () => {
		expect(nameOf("a".repeat(58) + " bcd")).toBe("a".repeat(58) + "…");
	});
});

describe("without Intl.Segmenter (older engines)", () => {
	type ScriptText = typeof import("../../../src/core/themes/script-text");
	type TextWords = typeof import("../../../src/core/themes/text-words");

	/** The modules as loaded where `Intl.Segmenter` does not exist. */
	async function withoutSegmenter(body: (script: ScriptText, words: TextWords) => void): Promise<void> {
		const intl = Intl as unknown as { Segmenter?: unknown };
		const saved = intl.Segmenter;
		delete intl.Segmenter;
		try {
			await jest.isolateModulesAsync(async () => {
				body(await import("../../../src/core/themes/script-text"), await import("../../../src/core/themes/text-words"));
			});
		} finally {
			intl.Segmenter = saved;
		}
	}

	it("keeps runs of Han whole and still cuts names on code points", async () => {
		await withoutSegmenter((script, words) => {
			expect(words.splitWords("系统设计 ok")).toEqual(["系统设计", "ok"]);
			expect(script.clipText("系".repeat(58) + "😬😬", 59)).toBe("系".repeat(58));
			expect(script.clipText("系".repeat(57) + "😬😬", 59)).toBe("系".repeat(57) + "😬");
		});
	});
});

describe("a long run of Han or Thai", () => {
	interface Segmenter {
		segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }>;
	}
	/** `Intl.Segmenter`, which the ES2021 typings of this project do not have. */
	const Segmenter = (Intl as unknown as { Segmenter: { new (locale: undefined, options: { granularity: "word" }): Segmenter; prototype: Segmenter } }).Segmenter;
	const segmentedWhole = (text: string) => [...new Segmenter(undefined, { granularity: "word" }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
	const han = "系统设计讲不清楚没有考虑扩展性缓存一致性数据库索引算法复杂度分析".repeat(160);
	const thai = "การออกแบบระบบไม่ชัดเจนการสื่อสารไม่ดี".repeat(150);

	afterEach(() => jest.restoreAllMocks());

	it("is segmented a piece at a time, as the segmenter slows down with the square of its input", () => {
		const segment = jest.spyOn(Segmenter.prototype, "segment");
		splitWords(han);
		expect(segment.mock.calls.length).toBeGreaterThan(1);
		expect(Math.max(...segment.mock.calls.map(([text]) => text.length))).toBeLessThanOrEqual(1024);
	});

	it.each([["Han", han], ["Thai", thai]])("gives the words of %s segmented whole", (_, text) => {
		expect(splitWords(text)).toEqual(segmentedWhole(text));
	});
});
