import { linkText } from "../../src/ui/render-items";

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
