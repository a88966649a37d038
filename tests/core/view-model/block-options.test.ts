import { parseBlockOptions } from "../../../src/core/view-model/block-options";

describe("parseBlockOptions", () => {
	test("an empty block is the whole tracker", () => {
		expect(parseBlockOptions("")).toEqual({ options: { company: null, status: "all", section: null, limit: null }, errors: [] });
	});

	test("reads every key, case-insensitive keys and values", () => {
		const r = parseBlockOptions("Company: Shopee\nstatus: OPEN\nsection: actions\nlimit: 3\n# a comment");
		expect(r).toEqual({ options: { company: "Shopee", status: "open", section: "actions", limit: 3 }, errors: [] });
	});

	test("reports unknown keys and bad values by line, and still applies the rest", () => {
		const r = parseBlockOptions("compnay: Grab\nstatus: maybe\nlimit: -1\nsection: actions\njust text");
		expect(r.options.section).toBe("actions");
		expect(r.errors).toEqual([
			"Line 1: unknown key 'compnay'; use one of company, status, section, limit",
			"Line 2: status 'maybe' is not one of open, done, all",
			"Line 3: limit '-1' is not a whole number above 0",
			"Line 5: expected 'key: value', got 'just text'",
		]);
	});

	test("company and status a section ignores are reported by line, and dropped", () => {
		const gaps = parseBlockOptions("company: Shopee\nstatus: open\nsection: gaps\nlimit: 2");
		expect(gaps.errors).toEqual(["Line 1: company does not apply to section: gaps", "Line 2: status does not apply to section: gaps"]);
		expect(gaps.options).toEqual({ company: null, status: "all", section: "gaps", limit: 2 });
		const struggles = parseBlockOptions("section: struggles\nstatus: done\ncompany: Grab");
		expect(struggles.errors).toEqual(["Line 2: status does not apply to section: struggles; struggles are not open or done"]);
		expect(struggles.options).toEqual({ company: "Grab", status: "all", section: "struggles", limit: null });
		expect(parseBlockOptions("status: open\nsection: actions").errors).toEqual([]);
		// Lines that narrow nothing are harmless anywhere.
		expect(parseBlockOptions('section: gaps\ncompany: ""\nstatus: all').errors).toEqual([]);
		expect(parseBlockOptions("section: struggles\nstatus: all").errors).toEqual([]);
	});

	test("reads values in YAML quotes, and a company written as a link as its alias or note name", () => {
		const written: [string, string | null][] = [
			['"Shopee"', "Shopee"],
			["'Shopee'", "Shopee"],
			["[[Shopee]]", "Shopee"],
			['"[[Companies/Shopee.md]]"', "Shopee"],
			["[[Companies/Shopee Group|Shopee]]", "Shopee"],
			['"Say "hi" Inc"', 'Say "hi" Inc'],
			['"', '"'],
			['""', null],
		];
		expect(written.map(([v]) => parseBlockOptions(`company: ${v}`).options.company)).toEqual(written.map(([, company]) => company));
		const r = parseBlockOptions("status: 'open'\nsection: \"actions\"\nlimit: \"3\"");
		expect(r).toEqual({ options: { company: null, status: "open", section: "actions", limit: 3 }, errors: [] });
	});
});
