import { normalizeSettings, splitList } from "../../src/core/settings-normalize";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

describe("normalizeSettings", () => {
	test.each([null, undefined, 42, "text", [1, 2]])("gives the defaults for %p", (raw) => {
		expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
	});

	test("keeps valid values and replaces wrong-typed ones with defaults", () => {
		const s = normalizeSettings({ tag: "#Job-Interview", struggleHeadings: "Where I struggled", actionHeadings: ["Todo", 3, " "], excludeFolders: ["Archive"] });
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

	test("malformed entries are dropped, never thrown on", () => {
		expect(normalizeSettings({ gapDictionary: [null, 3, { name: "no id" }, { id: "ok", patterns: [1, "fine words"] }] }).gapDictionary).toEqual([{ id: "ok", name: "", patterns: ["fine words"] }]);
		expect(normalizeSettings({ gapDictionary: "salary" }).gapDictionary).toEqual([]);
	});
});
