import { escapeInline, noteLink, yamlScalar } from "../../../src/core/prep/markdown-text";

describe("escapeInline", () => {
	it.each([
		["# Not a heading", "\\# Not a heading"],
		["C# and F# stay", "C# and F# stay"],
		["a #tag b", "a \\#tag b"],
		["closes ]] early [[", "closes \\]\\] early \\[\\["],
		["see [[Reading list]] and [docs](https://x.y)", "see [[Reading list]] and [docs](https://x.y)"],
		["`code [x]` kept", "`code [x]` kept"],
		["%% comment", "%\\% comment"],
		["- not a list", "\\- not a list"],
		["> not a quote", "\\> not a quote"],
		["*** rule", "\\*** rule"],
		["```fence", "\\```fence"],
		["*emphasis* kept", "*emphasis* kept"],
		["12. not ordered", "12\\. not ordered"],
		["<script>x", "\\<script>x"],
		["a < b", "a < b"],
		["ends with ^blockid", "ends with \\^blockid"],
		["multi\nline\r\n text", "multi line text"],
		["back\\slash", "back\\\\slash"],
	])("%j → %j", (input, expected) => {
		expect(escapeInline(input)).toBe(expected);
	});
});

describe("noteLink", () => {
	it("makes a wiki link with alias, and a block link only for a valid id", () => {
		expect(noteLink("A/B c.md", "B c")).toBe("[[A/B c|B c]]");
		expect(noteLink("A/B c.md", "B c", "igt-1a2b")).toBe("[[A/B c#^igt-1a2b|B c]]");
		expect(noteLink("A/B c.md", "B c", "bad id]]")).toBe("[[A/B c|B c]]");
		expect(noteLink("A.md", "x ]] | [y]")).toBe("[[A|x )) - (y)]]");
	});

	it("falls back to an encoded Markdown link when the path cannot sit in a wiki link", () => {
		expect(noteLink("Notes/C# [draft].md", "C# draft", "igt-1")).toBe("[C# draft](Notes/C%23%20%5Bdraft%5D.md#^igt-1)");
	});
});

describe("yamlScalar", () => {
	it("quotes only when YAML would misread the value", () => {
		expect(yamlScalar("Shopee")).toBe("Shopee");
		expect(yamlScalar("true")).toBe('"true"');
		expect(yamlScalar("2026")).toBe('"2026"');
		expect(yamlScalar("a: b")).toBe('"a: b"');
		expect(yamlScalar("[[Note]]")).toBe('"[[Note]]"');
	});
});
