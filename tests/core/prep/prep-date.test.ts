import { checkDateFormat, checkPrepDate, formatPrepDate } from "../../../src/core/prep/prep-date";

describe("checkPrepDate", () => {
	it("accepts real YYYY-MM-DD dates, trimmed", () => {
		expect(checkPrepDate("2026-08-01")).toEqual({ ok: true, date: "2026-08-01" });
		expect(checkPrepDate(" 2024-02-29 ")).toEqual({ ok: true, date: "2024-02-29" });
	});

	it.each([
		["", "Enter the interview date as YYYY-MM-DD."],
		["2026-8-1", '"2026-8-1" is not in the form YYYY-MM-DD (for example 2026-03-14).'],
		["01/08/2026", '"01/08/2026" is not in the form YYYY-MM-DD (for example 2026-03-14).'],
		["2026-08-01T10:00", '"2026-08-01T10:00" is not in the form YYYY-MM-DD (for example 2026-03-14).'],
		["2026-02-29", "2026-02-29 is not a real calendar date."],
		["2026-13-01", "2026-13-01 is not a real calendar date."],
		["2026-04-31", "2026-04-31 is not a real calendar date."],
	])("refuses %j with a reason", (input, reason) => {
		expect(checkPrepDate(input)).toEqual({ ok: false, reason });
	});
});

describe("date formats", () => {
	it("formats with date-fns and explains formats it refuses", () => {
		expect(formatPrepDate("2026-08-01", "EEE d MMM")).toBe("Sat 1 Aug");
		expect(formatPrepDate("2026-08-01", "YYYY")).toBe("2026-08-01");
		expect(checkDateFormat("yyyy-MM-dd")).toBeNull();
		expect(checkDateFormat("YYYY-MM-DD")).toBe("Use yyyy for the year and dd for the day (YYYY and DD mean week-year and day of the year).");
		expect(checkDateFormat("yyyy 'Day' d")).toBeNull();
		expect(checkDateFormat("yyyy-MM-dd q")).toBeNull();
		expect(checkDateFormat("yyyy bogus")).toMatch(/^date-fns cannot use this format: /);
		expect(checkDateFormat(" ")).toBe("The date format is empty.");
	});
});
