import { splitWords, stemWord, WordTable } from "../../../src/core/themes/text-words";

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
		const [a, b, c] = t.encode("Metrics metric METRICS");
		expect(a).toBe(c);
		expect(a).not.toBe(b);
		expect(t.stemOf[a!]).toBe(t.stemOf[b!]);
	});
});
