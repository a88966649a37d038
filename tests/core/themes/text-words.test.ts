import fc from "fast-check";
import { splitWords, stemWord, WordTable } from "../../../src/core/themes/text-words";
import { encode, encodeAll } from "./encode-text";

describe("stemWord", () => {
	it.each([
		[["metric", "metrics"], "metric"],
		[["quantify", "quantified", "quantifying", "quantification"], "quantifi"],
		[["clarify", "clarifying", "clarified", "clarification"], "clarifi"],
		[["estimate", "estimated", "estimating", "estimation"], "estimat"],
		[["requirement", "requirements", "required"], "requir"],
		[["scale", "scaling", "scaled"], "scal"],
		[["listen", "listening", "listened"], "listen"],
	])("conflates %p to %s", (words, stem) => {
		for (const w of words) expect(stemWord(w)).toBe(stem);
	});

	it("leaves short words and -ss/-us/-is endings alone", () => {
		expect(stemWord("business")).toBe("business");
		expect(stemWord("status")).toBe("status");
		expect(stemWord("analysis")).toBe("analysis");
		expect(stemWord("ran")).toBe("ran");
	});
});

describe("splitWords and WordTable", () => {
	it("lower-cases, keeps inner apostrophes and non-ASCII letters", () => {
		expect(splitWords("Didn't ask — Über-fast p95, 10x!")).toEqual(["didn't", "ask", "über", "fast", "p95", "10x"]);
		expect(splitWords("Couldn’t say")).toEqual(["couldn’t", "say"]);
	});

	it("gives one id per word and one stem id per stem", () => {
		const t = new WordTable();
		const [a, b, c] = encode(t, "Metrics metric METRICS");
		expect(a).toBe(c);
		expect(a).not.toBe(b);
		expect(t.stemOf[a!]).toBe(t.stemOf[b!]);
	});
});

describe("WordTable.encodeParts is splitWords, faster", () => {
	/** The fast path scans char codes; these are the cases where it must hand over to or agree with the regex. */
	const tricky = [
		"",
		"Didn't ask — Über-fast p95, 10x!",
		"rock'n'roll O'Brien don't5 it's' 'quoted' a'1 x''y",
		"ALL CAPS Mixed-Case camelCase snake_case kebab-case",
		"Couldn’t say, naïve café, straße, ΣΑΣ ΌΣΟΣ, İstanbul, K (Kelvin sign)",
		"tabs\tand\nnew lines\r\nand #gap/tags and [[links|alias]] and `code` 12:30 3.14",
		"emoji 😬 in the middle 🚀 and 日本語 words",
		"trailing apostrophe' and leading 'one",
	];
	it.each(tricky)("agrees on %p", (text) => {
		const table = new WordTable();
		expect(Array.from(encode(table, text), (id) => table.words[id])).toEqual(splitWords(text));
	});

	it("agrees on random text over a tricky alphabet", () => {
		const table = new WordTable();
		fc.assert(
			fc.property(fc.array(fc.constantFrom(..."aZ9' ’-\n\tüΣİK😬.#"), { maxLength: 40 }).map((cs) => cs.join("")), (text) => {
				expect(Array.from(encode(table, text), (id) => table.words[id])).toEqual(splitWords(text));
			}),
			{ numRuns: 2000 },
		);
	});

	it("gives the same ids to a word in any case and in any later text", () => {
		const table = new WordTable();
		const first = encode(table, "Business impact");
		expect(encode(table, "the BUSINESS of IMPACT, business")).toEqual([table.wordId("the"), first[0], table.wordId("of"), first[1], first[0]]);
	});

	it.each([
		[["rock'", "n roll", ["don'", "t it's", ""], "x'", "'y"]],
		[["ASCII note", ["body", "step Über"], "after"]],
		[[[], "", ["", ""], "end"]],
	])("ends every word at a text's end, ASCII note or not: %p", (texts) => {
		const table = new WordTable();
		const starts = new Int32Array(texts.length + 1);
		const words = Array.from(encodeAll(table, texts, starts), (id) => table.words[id]);
		const expected = texts.map((text) => splitWords(typeof text === "string" ? text : text.join("\n")));
		expect(texts.map((_, t) => words.slice(starts[t], starts[t + 1]))).toEqual(expected);
		expect(starts[texts.length]).toBe(expected.flat().length);
	});

	it("lays several texts end to end with their start offsets", () => {
		const table = new WordTable();
		const starts = new Int32Array(4);
		const words = encodeAll(table, ["one two", "", "three"], starts);
		expect(Array.from(starts)).toEqual([0, 2, 2, 3]);
		expect(Array.from(words, (id) => table.words[id])).toEqual(["one", "two", "three"]);
	});

	it("encodes the same after dropping the scratch a 1.5 MB note grew", () => {
		const table = new WordTable();
		const huge = "alpha beta gamma delta ".repeat(70_000);
		expect(encode(table, huge)).toHaveLength(280_000);
		table.shrink();
		expect(encode(table, "gamma Beta zeta").map((id) => table.words[id])).toEqual(["gamma", "beta", "zeta"]);
		expect(encode(table, huge + "omega")).toHaveLength(280_001);
	});

	it("tells apart long words whose 32-bit hashes agree", () => {
		// Both are 12 chars and hash to 1915574975: only their first six chars differ in number.
		const table = new WordTable();
		const ids = encode(table, "metriceszyci METRIDU0SEFO metridu0sefo metriceszyci");
		expect(ids.map((id) => table.words[id])).toEqual(["metriceszyci", "metridu0sefo", "metridu0sefo", "metriceszyci"]);
		expect(ids[0]).not.toBe(ids[1]);
	});

	it("keeps ids valid while the hash table grows", () => {
		const table = new WordTable();
		const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
		const ids = encode(table, words.join(" "));
		expect(encode(table, words.join(" "))).toEqual(ids);
		expect(ids.map((id) => table.words[id])).toEqual(words);
	});
});
