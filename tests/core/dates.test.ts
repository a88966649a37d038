import { normalizeDate } from "../../src/core/dates";
import { parseNote } from "../../src/core/parse-note";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/core/settings";

describe("normalizeDate", () => {
	test.each([
		["2025-11-23", "2025-11-23"],
		["2025/11/23", "2025-11-23"],
		["2025.11.23", "2025-11-23"],
		["23 November 2025", "2025-11-23"],
		["Nov 23, 2025", "2025-11-23"],
	])("%s → %s", (text, iso) => {
		expect(normalizeDate(text)).toBe(iso);
	});

	// Day first with a two-digit year, as typed across Europe and South-East Asia: `yyyy` took `23`.
	test.each(["23.11.25", "23/11/25", "1 January 25", "5 Nov 25"])("%s is not read as a year before 1000", (text) => {
		expect(normalizeDate(text)).toBeNull();
	});

	test("a note with such a date gets no date and a warning naming the value", () => {
		const text = ["---", "date: 23.11.25", "tags: [real-interview]", "---", "## Where I Struggled", "- a", "## Action Items", "- [ ] b", ""].join("\n");
		const iv = parseNote("Interviews/n.md", text, DEFAULT_ENGINE_SETTINGS);
		expect(iv?.date).toBeNull();
		expect(iv?.warnings).toContain("Front matter date '23.11.25' is not a date I can read; use YYYY-MM-DD");
	});
});
