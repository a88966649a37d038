import { escapeInline, noteLink, yamlScalar } from "../../../src/core/prep/markdown-text";
import { parseNote } from "../../../src/core/parse-note";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/core/settings";

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
		["read [doc #real-interview](http://x.y) first", "read [doc \\#real-interview](http://x.y) first"],
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

describe("generated lines never tag the note they are written into", () => {
	it("escapes a tag in a kept Markdown link's text and in a Markdown-link alias", () => {
		const lines = [
			`- [ ] ${escapeInline("read [doc #real-interview](http://x.y)")} (${noteLink("I/Acme.md", "Acme")})`,
			`- [ ] Practise (${noteLink("I/Acme #real-interview notes.md", "Acme #real-interview notes", "igt-abc123")})`,
		];
		expect(lines[1]).toBe("- [ ] Practise ([Acme \\#real-interview notes](I/Acme%20%23real-interview%20notes.md#^igt-abc123))");
		const note = ["## Where I Struggled", "- x", "## Action Items", ...lines, ""].join("\n");
		expect(parseNote("Prep/P.md", note, DEFAULT_ENGINE_SETTINGS)).toBeNull();
	});
});
