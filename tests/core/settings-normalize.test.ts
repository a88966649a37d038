import { normalizeSettings, readSettings, splitList } from "../../src/core/settings-normalize";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

describe("normalizeSettings", () => {
	test.each([null, undefined, 42, "text", [1, 2]])("gives the defaults for %p", (raw) => {
		expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
	});

	test("keeps valid values and replaces wrong-typed ones with defaults", () => {
		const s = normalizeSettings({ tag: "#Job-Interview", struggleHeadings: 42, actionHeadings: ["Todo", {}, " "], excludeFolders: ["Archive"] });
		expect(s.tag).toBe("job-interview");
		expect(s.struggleHeadings).toEqual(DEFAULT_SETTINGS.struggleHeadings);
		expect(s.actionHeadings).toEqual(["Todo"]);
		expect(s.excludeFolders).toEqual(["Archive"]);
	});

	test("an empty heading list falls back, an empty folder list stays empty", () => {
		const s = normalizeSettings({ actionHeadings: [], excludeFolders: [] });
		expect(s.actionHeadings).toEqual(DEFAULT_SETTINGS.actionHeadings);
		expect(s.excludeFolders).toEqual([]);
	});

	test("a blank tag falls back to the default tag", () => {
		expect(normalizeSettings({ tag: "  # " }).tag).toBe(DEFAULT_SETTINGS.tag);
	});

	test("keys it does not know are carried along, not dropped", () => {
		const s = normalizeSettings({ fromANewerVersion: { a: 1 } });
		expect(s["fromANewerVersion"]).toEqual({ a: 1 });
	});

	test("does not share arrays with the defaults", () => {
		const s = normalizeSettings({});
		s.struggleHeadings.push("Mine");
		expect(DEFAULT_SETTINGS.struggleHeadings).not.toContain("Mine");
	});
});

test("splitList trims and drops empty entries", () => {
	expect(splitList(" Where I struggled, Gaps ,, ")).toEqual(["Where I struggled", "Gaps"]);
});

describe("normalizeSettings and the gap dictionary", () => {
	test("custom gaps survive loading (object entries are not a string list)", () => {
		const entry = { id: "salary", name: "Salary", patterns: ["salary talk", "(pay|salary)"], replacePatterns: false };
		expect(normalizeSettings({ gapDictionary: [entry] }).gapDictionary).toEqual([entry]);
	});

	test("what is not a gap is dropped, never thrown on; an entry with a name but no id gets its id from the name", () => {
		expect(normalizeSettings({ gapDictionary: [null, 3, { name: "no id" }, { id: "ok", patterns: [1, "fine words"] }] }).gapDictionary).toEqual([
			{ id: "no-id", name: "no id", patterns: [] },
			{ id: "ok", name: "", patterns: ["fine words"] },
		]);
		expect(normalizeSettings({ gapDictionary: "salary" }).gapDictionary).toEqual([]);
	});
});

describe("normalizeSettings and values in another shape", () => {
	test("custom gaps with patterns as text, no id, or fields this version does not know are read, not dropped", () => {
		const s = normalizeSettings({
			gapDictionary: [
				{ id: "salary", name: "Salary", patterns: "salary talk, pay rise" },
				{ name: "Nerves", patterns: ["nervous"] },
				{ id: "coding", name: "", patterns: ["leetcode"], replacePatterns: true, weight: 2 },
			],
		});
		expect(s.gapDictionary).toEqual([
			{ id: "salary", name: "Salary", patterns: ["salary talk", "pay rise"] },
			{ id: "nerves", name: "Nerves", patterns: ["nervous"] },
			{ id: "coding", name: "", patterns: ["leetcode"], replacePatterns: true, weight: 2 },
		]);
	});

	test("a list written as text is read as a comma-separated list", () => {
		const s = normalizeSettings({ excludeFolders: "Archive, Old", struggleHeadings: "Where I struggled", disabledGapIds: "coding" });
		expect(s.excludeFolders).toEqual(["Archive", "Old"]);
		expect(s.struggleHeadings).toEqual(["Where I struggled"]);
		expect(s.disabledGapIds).toEqual(["coding"]);
	});
});

describe("normalizeSettings checks values as the settings tab does", () => {
	test("a tag or gap tag prefix the tab would refuse falls back to its default", () => {
		const s = normalizeSettings({ tag: "real interview", gapTagPrefix: "gap, weak" });
		expect(s.tag).toBe(DEFAULT_SETTINGS.tag);
		expect(s.gapTagPrefix).toBe(DEFAULT_SETTINGS.gapTagPrefix);
		expect(normalizeSettings({ tag: "#Job-Talk/", gapTagPrefix: "#Weak" })).toMatchObject({ tag: "job-talk", gapTagPrefix: "weak" });
	});

	test("a number outside the tab's range falls back to its default", () => {
		const s = normalizeSettings({ similarityThreshold: 30, improvingAfterInterviews: 2.5, scoreHalfLifeInterviews: 0 });
		expect(s.similarityThreshold).toBe(DEFAULT_SETTINGS.similarityThreshold);
		expect(s.improvingAfterInterviews).toBe(DEFAULT_SETTINGS.improvingAfterInterviews);
		expect(s.scoreHalfLifeInterviews).toBe(DEFAULT_SETTINGS.scoreHalfLifeInterviews);
		expect(normalizeSettings({ similarityThreshold: 0.5, improvingAfterInterviews: 20, scoreHalfLifeInterviews: 2.5 })).toMatchObject({
			similarityThreshold: 0.5,
			improvingAfterInterviews: 20,
			scoreHalfLifeInterviews: 2.5,
		});
	});
});

describe("readSettings", () => {
	test("names what it cannot use and keeps data.json's value for those keys only", () => {
		const gaps = [{ id: "ok", patterns: ["fine words", 7] }, { patterns: ["x"] }, "salary"];
		const raw = { gapDictionary: gaps, excludeFolders: "Archive", tag: "real interview", similarityThreshold: "high", actionHeadings: [], prepFolder: 2024 };
		const { settings, kept, problems } = readSettings(raw);
		expect(settings).toMatchObject({ gapDictionary: [{ id: "ok", name: "", patterns: ["fine words"] }], excludeFolders: ["Archive"], prepFolder: "2024" });
		expect(problems).toEqual([
			'tag "real interview" cannot contain "a space" (tags are letters, digits, _, - and /)',
			"actionHeadings is empty",
			'gapDictionary gap "ok" pattern 2 (7) is not text',
			"gapDictionary entry 2 has no id or name",
			'gapDictionary entry 3 ("salary") is not a gap',
			'similarityThreshold "high" is not a number',
		]);
		expect(kept).toEqual({ tag: "real interview", actionHeadings: [], gapDictionary: gaps, similarityThreshold: "high" });
	});

	test("data.json in the shape the plugin saves has nothing to report", () => {
		expect(readSettings(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)))).toEqual({ settings: DEFAULT_SETTINGS, kept: {}, problems: [] });
	});
});
