import { parseNote } from "../../src/core/parse-note";
import { DEFAULT_ENGINE_SETTINGS, normalizeTagSetting, type EngineSettings } from "../../src/core/settings";
import { tagMatches } from "../../src/core/tags";

/** Notes written in other languages, or typed with other input methods. */
const md = (...lines: string[]) => lines.join("\n");
const titles = (text: string, s: EngineSettings) => {
	const iv = parseNote("n.md", text, s);
	return iv && { struggles: iv.struggles.map((x) => x.title), actions: iv.actionItems.map((x) => x.title), warnings: iv.warnings };
};

describe("section headings numbered the Chinese and Japanese way", () => {
	const zh: EngineSettings = { ...DEFAULT_ENGINE_SETTINGS, tag: "面试", struggleHeadings: ["遇到的困难"], actionHeadings: ["行动项"] };
	test.each([
		["一、 (enumeration comma)", "## 一、遇到的困难", "## 二、行动项"],
		["１． (full-width digit and dot, an input method's default)", "## １．遇到的困难", "## ２．行动项"],
		["1． (full-width dot)", "## 1．遇到的困难", "## 2．行动项"],
		["（一） (full-width parentheses)", "## （一）遇到的困难", "## （二）行动项"],
		["① (circled number)", "## ① 遇到的困难", "## ② 行动项"],
		["① with no space, in bold", "## **①遇到的困难**", "## ②行动项"],
		["1. with no space before the text", "## 1.遇到的困难", "## 2.行动项"],
		["1、", "## 1、遇到的困难", "## 2、行动项"],
		["a right-to-left mark first", "## \u200f遇到的困难", "## \u200b行动项"],
	])("both sections are found when headings are numbered with %s", (_n, h1, h2) => {
		const r = titles(md("#面试/onsite", h1, "- 系统设计讲不清楚", h2, "- [ ] 准备三个具体案例"), zh);
		expect(r).toEqual({ struggles: ["系统设计讲不清楚"], actions: ["准备三个具体案例"], warnings: [] });
	});

	test("English headings numbered without a space still name their section", () => {
		const r = titles(md("#real-interview", "## 1.Where I Struggled", "- Nerves", "## 2.Action Items", "- [ ] Breathe"), DEFAULT_ENGINE_SETTINGS);
		expect(r).toEqual({ struggles: ["Nerves"], actions: ["Breathe"], warnings: [] });
	});
});

describe("tags with letters beyond ASCII", () => {
	const body = md("## Where I Struggled", "- Sistem tasarımı", "## Action Items", "- [ ] Kafka çalış");
	// The settings tab and the CLI store the tag lower-cased: `İş-görüşmesi` becomes `i̇ş-görüşmesi`.
	const tr = { ...DEFAULT_ENGINE_SETTINGS, tag: normalizeTagSetting("İş-görüşmesi") };
	test.each([
		["inline", md("#İş-görüşmesi", body)],
		["in front matter", md("---", "tags: [İş-görüşmesi]", "---", body)],
		["nested, in capitals", md("#İŞ-GÖRÜŞMESİ/teknik", body)],
	])("a Turkish tag with a capital İ marks the note (%s)", (_n, text) => {
		expect(parseNote("n.md", text, tr)).not.toBeNull();
	});

	const vi: EngineSettings = { ...DEFAULT_ENGINE_SETTINGS, tag: "phỏng-vấn", struggleHeadings: ["Điểm yếu"], actionHeadings: ["Việc cần làm"] };
	test("a tag typed with combining accents (Unikey 'tổ hợp', pasted text) marks the note", () => {
		const text = md(`#${"phỏng-vấn".normalize("NFD")}`, "## Điểm yếu", "- Không giải thích được thiết kế", "## Việc cần làm", "- [ ] Ôn lại Kafka");
		expect(parseNote("n.md", text, vi)).not.toBeNull();
	});

	test("a Chinese tag, nested, marks the note, and a note without it is not one", () => {
		const zh = { ...DEFAULT_ENGINE_SETTINGS, tag: "面试" };
		expect(parseNote("n.md", md("#面试/onsite", body), zh)).not.toBeNull();
		expect(parseNote("n.md", md("#面试题", body), zh)).toBeNull();
	});

	test("a lookalike is still not the tag: `is` does not carry `iş`, `real-interview-prep` does not carry `real-interview`", () => {
		expect(parseNote("n.md", md("#is-gorusmesi", body), tr)).toBeNull();
		expect(parseNote("n.md", md("#real-interview-prep", body), DEFAULT_ENGINE_SETTINGS)).toBeNull();
	});
});

describe("section names typed another way than in the note", () => {
	test("a heading typed with combining accents names the section", () => {
		const vi: EngineSettings = { ...DEFAULT_ENGINE_SETTINGS, struggleHeadings: ["Điểm yếu"], actionHeadings: ["Việc cần làm"] };
		const text = md("#real-interview", "## Điểm yếu".normalize("NFD"), "- Thiếu số liệu", "## Việc cần làm".normalize("NFD"), "- [ ] Ôn lại Kafka");
		expect(titles(text, vi)?.warnings).toEqual([]);
	});

	test("Turkish: 'Yapılacaklar' matches the heading YAPILACAKLAR", () => {
		const tr = { ...DEFAULT_ENGINE_SETTINGS, struggleHeadings: ["Zorlandığım yerler"], actionHeadings: ["Yapılacaklar"] };
		const r = titles(md("#real-interview", "## ZORLANDIĞIM YERLER", "- İletişim", "## YAPILACAKLAR", "- [ ] Pratik"), tr);
		expect(r).toEqual({ struggles: ["İletişim"], actions: ["Pratik"], warnings: [] });
	});

	test("German: 'Maßnahmen' matches the heading MASSNAHMEN", () => {
		const de = { ...DEFAULT_ENGINE_SETTINGS, actionHeadings: ["Maßnahmen"] };
		expect(titles(md("#real-interview", "## Where I Struggled", "- x", "## MASSNAHMEN", "- [ ] y"), de)?.actions).toEqual(["y"]);
	});
});

describe("folded spellings reach the engine, not only the tag matcher", () => {
	const body = md("## Where I Struggled", "- System design", "## Action Items", "- [ ] Read a chapter");
	test("an accent typed apart on the tag's first letter", () => {
		expect(tagMatches("#e\u0301tude", "étude")).toBe(true);
		expect(parseNote("n.md", md("#e\u0301tude", body), { ...DEFAULT_ENGINE_SETTINGS, tag: "étude" })).not.toBeNull();
	});
	test("an ASCII tag typed with Turkish capitals or full-width letters", () => {
		const s = { ...DEFAULT_ENGINE_SETTINGS, tag: "interview" };
		expect(parseNote("n.md", md("#İNTERVİEW", body), s)).not.toBeNull();
		expect(parseNote("n.md", md("#ｉｎｔｅｒｖｉｅｗ", body), s)).not.toBeNull();
	});
	test("letters that fold longer: a tag spelt with ß matches itself and SS; a ligature matches its letters", () => {
		expect([tagMatches("#straße", "straße"), tagMatches("#STRASSE/x", "straße"), tagMatches("#ﬁnance", "finance"), tagMatches("#stra", "straße")]).toEqual([true, true, true, false]);
	});
		test("a tag setting pasted with accents typed apart", () => {
		const s = { ...DEFAULT_ENGINE_SETTINGS, tag: normalizeTagSetting("entrevue-pre\u0301paration") };
		expect(parseNote("n.md", md("#entrevue-préparation", body), s)).not.toBeNull();
	});
});
