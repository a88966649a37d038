import { excerpt, linkText } from "../../src/ui/render-items";
import { wellFormed } from "../core/well-formed";

describe("wiki links in pane text read as in reading view", () => {
	test.each([
		["Read the write-ups (see [[Reading list]])", "Read the write-ups (see Reading list)"],
		["Top of [[Interview prep checklist|my checklist]]", "Top of my checklist"],
		["See [[Notes#Payments]] and [[Log#^igt-k3x9q2]]", "See Notes > Payments and Log"],
		["No links, [single] brackets stay", "No links, [single] brackets stay"],
		["Embed ![[diagram.png]]", "Embed diagram.png"],
	])("%s", (raw, shown) => {
		expect(linkText(raw)).toBe(shown);
	});
});

describe("struggle excerpts read as in reading view", () => {
	test.each([
		["I had **no real cost numbers** for the *after* state", "I had no real cost numbers for the after state"],
		["> “If you were to redo it?”\n> I froze", "“If you were to redo it?” I froze"],
		["- detail one\n  - [x] detail two\n1. third", "detail one detail two third"],
		["### A heading inside\nthen __text__ with snake_case and 2*3", "A heading inside then text with snake_case and 2*3"],
		["See [[Notes#Payments|the notes]] #gap/x", "See the notes #gap/x"],
	])("%s", (body, shown) => {
		expect(excerpt(body)).toBe(shown);
	});

	test("cuts a long body at a word, with an ellipsis", () => {
		expect(excerpt("word ".repeat(100), 23)).toBe("word word word word…");
	});
});

describe("excerpt in scripts without spaces", () => {
	test("never ends in half a surrogate pair (CJK body, an emoji at the cut)", () => {
		const body = "系统设计讲不清楚".repeat(19) + "没有量化业务影" + "😬" + "后面还有很多内容";
		expect(wellFormed(excerpt(body))).toBe(true);
	});
	test("keeps a ZWJ emoji whole or drops it whole", () => {
		const out = excerpt("面试官问我为什么选择这个方案".repeat(11) + "我们的" + "👩‍💻" + "后面还有很多内容");
		expect(out.includes("👩") ? out.includes("👩‍💻") : true).toBe(true);
	});
});
