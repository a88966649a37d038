import fc from "fast-check";
import { parse } from "yaml";
import { parseSimpleYaml } from "../../src/core/simple-yaml";

const yamlParse = (s: string): unknown => parse(s, { uniqueKeys: false, strict: false, maxAliasCount: 50 });

describe("simple YAML fast path", () => {
	it.each([
		['tags:\n  - "#real-interview"\ndate: 2025-11-23\ntitle:', { tags: ["#real-interview"], date: "2025-11-23", title: null }],
		["tags: [job, real-interview]\ncompany: Shopee", { tags: ["job", "real-interview"], company: "Shopee" }],
		['tags: "job, real-interview"\ndraft: true\nn: 3\nf: 1.5\nz: ~', { tags: "job, real-interview", draft: true, n: 3, f: 1.5, z: null }],
		["tag: real-interview/onsite # a comment\nempty: []", { tag: "real-interview/onsite", empty: [] }],
		["team: Marketplace, Promotion Team\nwhen: 12:30", { team: "Marketplace, Promotion Team", when: "12:30" }],
		["title: 'It''s fine'", { title: "It's fine" }],
	])("reads %j like yaml does", (source, expected) => {
		expect(parseSimpleYaml(source)).toEqual(expected);
		expect(yamlParse(source)).toEqual(expected);
	});

	it.each([
		"a: &x 1\nb: *x",
		"nested:\n  key: value",
		"text: |\n  block",
		'q: "escaped \\" quote"',
		"a: b: c",
		"- just a list",
		"tags: [a, [b]]",
		"big: 123456789012345678901234567890",
		"hex: 0x1F",
	])("hands %j to the full parser", (source) => {
		expect(parseSimpleYaml(source)).toBeUndefined();
	});

	it("agrees with yaml on every shape it accepts", () => {
		const word = fc.stringMatching(/^[A-Za-z0-9#/_.:+\- ',"~]{0,12}$/);
		const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/);
		const value = fc.oneof(
			word,
			word.map((w) => `"${w.replace(/["\\]/g, "")}"`),
			word.map((w) => `'${w.replace(/'/g, "''")}'`),
			fc.array(word, { maxLength: 4 }).map((ws) => `[${ws.join(", ")}]`),
			fc.constantFrom("true", "False", "null", "~", "42", "-7", "3.14", "1e3", ".5", "0123", "yes", "2025-11-23", ""),
		);
		const entry = fc.oneof(
			fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
			fc.tuple(key, fc.array(value, { maxLength: 3 })).map(([k, vs]) => [`${k}:`, ...vs.map((v) => `  - ${v}`)].join("\n")),
			fc.constant("# comment"),
		);
		fc.assert(
			fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
				const source = entries.join("\n");
				const fast = parseSimpleYaml(source);
				if (fast === undefined) return;
				let full: unknown;
				try {
					full = yamlParse(source);
				} catch {
					throw new Error(`fast path accepted what yaml rejects: ${JSON.stringify(source)}`);
				}
				expect(fast).toEqual(full ?? {});
			}),
			{ numRuns: 3000 },
		);
	});
});
