import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toScanJson } from "../../src/core/contract-json";
import { parseNote } from "../../src/core/parse-note";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/core/settings";

// The first real note the product was built from, and its extraction checked line by line by hand
// against the file (struggle headings 79/100/122/143, action headings 222…272, every step line).
const SEED_PATH = "Interviews/2025-11-23 Shopee promotion team.md";
const seedText = readFileSync(join(__dirname, "../../examples/vault", SEED_PATH), "utf8");
const expected: unknown = JSON.parse(readFileSync(join(__dirname, "../fixtures/seed/expected-interview.json"), "utf8"));

describe("seed note", () => {
	const iv = parseNote(SEED_PATH, seedText, DEFAULT_ENGINE_SETTINGS);

	it("is recognised as an interview", () => {
		expect(iv).not.toBeNull();
	});

	it("extracts exactly the hand-checked contract JSON", () => {
		const json = toScanJson("v", "real-interview", iv ? [iv] : []);
		expect(json.interviews[0]).toEqual(expected);
	});

	it("matches the lines quoted in CONTRACT.md", () => {
		expect(iv?.struggles[0]).toMatchObject({ title: "Weak articulation of concrete technical problems with Takumi", line: 79 });
		expect(iv?.actionItems[0]).toMatchObject({ title: "Prepare 3 concrete challenges with Takumi", line: 222, checked: null, status: null, done: false });
		expect(iv?.actionItems[0]?.steps[0]).toMatchObject({ text: "gRPC metadata propagation issues", line: 226, checked: false, status: null });
	});

	it("takes company and role from Meta bullets and the date from front matter", () => {
		expect(iv).toMatchObject({ title: "2025-11-23 Shopee promotion team", date: "2025-11-23", company: "Shopee", role: "Backend Engineer" });
		expect(iv?.meta["team"]).toBe("Marketplace, Promotion Team");
		expect(iv?.warnings).toEqual([]);
	});

	it("keeps the struggle body for excerpts", () => {
		expect(iv?.struggles[2]?.body).toContain("no real cost numbers");
	});
});
