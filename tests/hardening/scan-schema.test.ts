import { join } from "node:path";
import { readVault } from "../../src/cli/read-vault";
import { indexNotes } from "../../src/core/build-index";
import { toScanJson, type InterviewJson, type ScanJson } from "../../src/core/contract-json";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/core/settings";
import { scanSchemaErrors } from "./scan-schema";

const VAULT = join(__dirname, "../../examples/vault");
const SEED = "Interviews/2025-11-23 Shopee promotion team.md";

function exampleScan(): ScanJson {
	const read = readVault(VAULT);
	const interviews = indexNotes(read.files, DEFAULT_ENGINE_SETTINGS);
	const themes = [{ name: "Business impact", struggles: [{ path: SEED, line: 79 }] }];
	return toScanJson("examples/vault", "real-interview", interviews, themes, (path, line) => (path === SEED && line === 79 ? ["Business impact"] : []));
}

/** A fresh copy of the example document with one change applied. */
function mutated(change: (doc: ScanJson) => void): unknown {
	const doc = JSON.parse(JSON.stringify(exampleScan())) as ScanJson;
	change(doc);
	return doc;
}

/** Writes any value, even one the type forbids: that is the point of these documents. */
const set = (target: object, key: string, value: unknown) => Reflect.set(target, key, value);
const unset = (target: object, key: string) => Reflect.deleteProperty(target, key);
function first<T>(items: readonly T[]): T {
	const item = items[0];
	if (item === undefined) throw new Error("the example document lost an entry this test relies on");
	return item;
}
const seedOf = (doc: ScanJson): InterviewJson => first(doc.interviews.filter((i) => i.path === SEED));
const item = (doc: ScanJson) => first(seedOf(doc).actionItems);
const step = (doc: ScanJson) => first(item(doc).steps);

describe("scan JSON schema", () => {
	it("accepts the example vault's document, themes included", () => {
		const doc = exampleScan();
		expect(doc.interviews).toHaveLength(10);
		expect(scanSchemaErrors(doc)).toEqual([]);
	});

	it("accepts an empty vault", () => {
		expect(scanSchemaErrors(toScanJson("v", "real-interview", []))).toEqual([]);
	});

	it.each<[string, (doc: ScanJson) => void, RegExp]>([
		["an extra top-level field", (d) => set(d, "extra", 1), /additional properties/],
		["a missing top-level field", (d) => unset(d, "themes"), /required property 'themes'/],
		["an extra interview field", (d) => set(seedOf(d), "meta", {}), /additional properties/],
		["an extra struggle field", (d) => set(first(seedOf(d).struggles), "body", "x"), /additional properties/],
		["an extra action item field", (d) => set(item(d), "kind", "task"), /additional properties/],
		["an extra step field", (d) => set(step(d), "blockId", null), /additional properties/],
		["an extra theme field", (d) => set(first(d.themes), "score", 3), /additional properties/],
		["a date that is not YYYY-MM-DD", (d) => set(seedOf(d), "date", "2025-11-3"), /pattern/],
		["a date with month 13", (d) => set(seedOf(d), "date", "2025-13-01"), /pattern/],
		["an empty company", (d) => set(seedOf(d), "company", ""), /fewer than 1/],
		["line 0", (d) => set(first(seedOf(d).struggles), "line", 0), />= 1/],
		["a fractional line", (d) => set(item(d), "line", 1.5), /integer/],
		["checked as a string", (d) => set(item(d), "checked", "yes"), /boolean,null/],
		["a two-character status", (d) => set(step(d), "status", "xx"), /more than 1/],
		["checked true with status ' '", (d) => Object.assign(step(d), { checked: true, status: " " }), /allowed values/],
		["checked false with status 'x'", (d) => Object.assign(step(d), { checked: false, status: "x" }), /must NOT be valid/],
		["a heading item with a status", (d) => Object.assign(item(d), { checked: null, status: " " }), /must be null/],
		["an empty struggle title", (d) => set(first(seedOf(d).struggles), "title", ""), /fewer than 1/],
		["an absolute path", (d) => set(seedOf(d), "path", "/Interviews/a.md"), /pattern/],
		["a dot-folder path", (d) => set(seedOf(d), "path", "Interviews/.trash/a.md"), /pattern/],
		["a path that is not Markdown", (d) => set(seedOf(d), "path", "Interviews/a.txt"), /pattern/],
		["a tag with '#'", (d) => set(d, "tag", "#real-interview"), /pattern/],
		["a theme struggle at line 0", (d) => set(first(first(d.themes).struggles), "line", 0), />= 1/],
	])("rejects %s", (_name, change, message) => {
		expect(scanSchemaErrors(exampleScan())).toEqual([]);
		const errors = scanSchemaErrors(mutated(change));
		expect(errors.length).toBeGreaterThan(0);
		expect(errors.join("\n")).toMatch(message);
	});
});
