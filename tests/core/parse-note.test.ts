import { parseNote } from "../../src/core/parse-note";
import { toggleAction } from "../../src/core/sync/toggle-action";
import fc from "fast-check";
import { normalizeTag, tagMatches } from "../../src/core/tags";
import { foldKey } from "../../src/core/fold-key";
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from "../../src/core/settings";
import type { Interview } from "../../src/core/model";

const S = DEFAULT_ENGINE_SETTINGS;
const md = (...lines: string[]) => lines.join("\n");
const parse = (text: string, path = "n.md", settings: EngineSettings = S) => parseNote(path, text, settings);
const must = (text: string, path = "n.md"): Interview => {
	const iv = parse(text, path);
	if (!iv) throw new Error("expected an interview");
	return iv;
};
const SECTIONS = md("## Where I Struggled", "- a struggle", "## Action Items", "- [ ] an action");

describe("which notes are interviews", () => {
	it.each([
		["block list with #", md("---", "tags:", '  - "#real-interview"', "---", SECTIONS)],
		["block list without #", md("---", "tags:", "  - real-interview", "---", SECTIONS)],
		["flow list", md("---", "tags: [job, real-interview]", "---", SECTIONS)],
		["comma separated string", md("---", 'tags: "job, real-interview"', "---", SECTIONS)],
		["space separated string", md("---", "tags: job real-interview", "---", SECTIONS)],
		["singular tag key", md("---", "tag: real-interview", "---", SECTIONS)],
		["capitalised Tags key", md("---", "Tags: [real-interview]", "---", SECTIONS)],
		["nested front matter tag", md("---", "tags: [real-interview/onsite]", "---", SECTIONS)],
		["inline tag", md("Notes from today #real-interview", SECTIONS)],
		["inline nested tag", md("#real-interview/phone-screen", SECTIONS)],
		["upper-case inline tag", md("#Real-Interview", SECTIONS)],
		["upper-case front matter tag", md("---", "tags: [REAL-INTERVIEW]", "---", SECTIONS)],
		["inline tag in a heading", md("# Grab #real-interview", SECTIONS)],
	])("counts a %s", (_name, text) => {
		expect(parse(text)).not.toBeNull();
	});

	it.each([
		["longer tag", md("---", "tags: [real-interview-prep]", "---", "#real-interviews", SECTIONS)],
		["tag only in a ``` fence", md("```", "#real-interview", "```", SECTIONS)],
		["tag only in a ~~~ fence", md("~~~yaml", "tags: [real-interview]", "#real-interview", "~~~", SECTIONS)],
		["tag only in inline code", md("Use `#real-interview` to tag notes", SECTIONS)],
		["tag only in an HTML comment", md("<!-- #real-interview -->", SECTIONS)],
		["tag only in a multi-line HTML comment", md("<!--", "#real-interview", "-->", SECTIONS)],
		["tag only in an Obsidian comment", md("%% #real-interview %%", SECTIONS)],
		["tag glued to a word", md("see x#real-interview", SECTIONS)],
		["tag in a URL fragment", md("https://example.com/#real-interview", SECTIONS)],
		["no tag at all", SECTIONS],
	])("ignores a %s", (_name, text) => {
		expect(parse(text)).toBeNull();
	});

	it("uses the tag from settings", () => {
		const text = md("#interview-log", SECTIONS);
		expect(parse(text)).toBeNull();
		expect(parse(text, "n.md", { ...S, tag: "interview-log" })).not.toBeNull();
	});

	it("still reads inline tags when the front matter is broken, with a warning", () => {
		const iv = must(md("---", "tags: [a, b", "company: : x", "---", "#real-interview", SECTIONS));
		expect(iv.warnings.join("\n")).toMatch(/not valid YAML/);
		expect(iv.struggles).toHaveLength(1);
	});

	it("ignores front matter tags when the front matter is broken", () => {
		expect(parse(md("---", "tags: [real-interview", "---", SECTIONS))).toBeNull();
	});
});

describe("line endings and encoding", () => {
	const base = ["---", "tags: [real-interview]", "---", "## Where I Struggled", "- first", "## Action Items", "- [x] done"];
	it.each([
		["CRLF", "\r\n"],
		["lone CR", "\r"],
		["LF", "\n"],
	])("numbers lines the same with %s endings", (_n, eol) => {
		const iv = must(base.join(eol));
		expect(iv.struggles[0]).toMatchObject({ title: "first", line: 5 });
		expect(iv.actionItems[0]).toMatchObject({ title: "done", line: 7, checked: true, done: true });
	});

	it("keeps line 1 as line 1 after a UTF-8 BOM", () => {
		const iv = must("\uFEFF" + base.join("\n"));
		expect(iv.struggles[0]?.line).toBe(5);
		expect(iv.warnings).toEqual([]);
	});
});

describe("section headings", () => {
	it.each([
		"# Where I Struggled",
		"## 3. **Where I Struggled**",
		"### 2) __Where I struggled__",
		"#### 😬 Where I struggled:",
		"##### 🔥 Where I Struggled (honestly)",
		"###### 3.1 *Where I Struggled*",
		"## where i struggled ##",
		"## ✅ 3. Where I Struggled",
	])("recognises %s", (heading) => {
		const iv = must(md("#real-interview", heading, "- the struggle", "## Action Items", "- x"));
		expect(iv.struggles.map((s) => s.title)).toEqual(["the struggle"]);
	});

	it("recognises action item headings with numbers, emoji, bold and a colon", () => {
		for (const h of ["# 5. **Action Items (for future interviews)**", "## ✅ Action items:", "#### Action Items", "# 2️⃣ Action Items", "## 5⃣ Action items", "## → Action Items", "## ⇒ 5. Action items"]) {
			const iv = must(md("#real-interview", "## Where I Struggled", "- s", h, "- [ ] do it"));
			expect(iv.actionItems.map((a) => a.title)).toEqual(["do it"]);
		}
	});

	it("keeps a leading quantity (a number without . or )) in titles and Meta values; still reads '2 Action items' as the section", () => {
		const iv = must(
			md("#real-interview", "## Meta", "- Date: 23 Nov 2025", "- Format: 45 min video call", "## 1 Where I Struggled", "### 3 rounds back to back", "## 2 Action Items", "- [ ] 50 LeetCode mediums before March", "- [ ] 3.1 Rehearse the intro", "- [ ] 1) Ask questions"),
		);
		expect(iv.struggles.map((s) => s.title)).toEqual(["3 rounds back to back"]);
		expect(iv.actionItems.map((a) => a.title)).toEqual(["50 LeetCode mediums before March", "Rehearse the intro", "Ask questions"]);
		expect([iv.date, iv.meta.format]).toEqual(["2025-11-23", "45 min video call"]);
	});

	it("a paragraph of tags after a struggle gives that struggle its tags, as it did when it was a struggle of its own", () => {
		const paragraphs = must(md("## Action Items", "- [ ] x", "## Where I Struggled", "I could not explain sharding.", "", "#gap/scaling", "", "Nerves.", "", "#real-interview"));
		expect(paragraphs.struggles.map((s) => [s.title, s.tags])).toEqual([
			["I could not explain sharding.", ["gap/scaling"]],
			["Nerves.", ["real-interview"]],
		]);
		// A paragraph with nothing to title it in between: the tags below it belong to no struggle.
		const untitled = must(md("#real-interview", "## Action Items", "- [ ] x", "## Where I Struggled", "Could not explain sharding.", "", "🙈 🙈", "", "#gap/composure"));
		expect(untitled.struggles.map((s) => [s.title, s.tags])).toEqual([["Could not explain sharding.", []]]);
		const items = must(md("#real-interview", "## Action Items", "- [ ] x", "## Where I Struggled", "- I could not explain sharding.", "", "#gap/scaling", "", "- Nerves.", "", "Then a paragraph, not tags.", "#gap/composure"));
		expect(items.struggles.map((s) => [s.title, s.tags])).toEqual([
			["I could not explain sharding.", ["gap/scaling"]],
			["Nerves.", []],
		]);
	});

	it("reads a template's placeholders as empty, with one warning saying to exclude the templates folder", () => {
		const text = md("---", "tags: real-interview", 'date: <% tp.date.now("YYYY-MM-DD") %>', 'company: <% tp.system.prompt("Company") %>', "role: {{role}}", "stage: On-site", "---", "## Where I Struggled", "- s", "## Action Items", "- [ ] x");
		const iv = parseNote("Templates/Interview.md", text, DEFAULT_ENGINE_SETTINGS);
		expect([iv?.date, iv?.company, iv?.role, iv?.meta.stage]).toEqual([null, null, null, "On-site"]);
		expect(iv?.warnings).toEqual(["Front matter holds template placeholders ({{…}} or <% … %>); if this note is a template, add its folder to the excluded folders in the settings"]);
	});

	it("blanks placeholders in one pass: an unclosed '<%' or '{{' in a big front matter costs no more than reading it, and {{ text }} is no placeholder", () => {
		// About 245 KB, under the front-matter size limit: the old regex took about 8 s over it.
		const open = ["---", ...Array.from({ length: 35_000 }, () => "x: <%"), "---", "#real-interview", "## Where I Struggled", "- s", "## Action Items", "- x"].join("\n");
		expect(parseNote("n.md", open, DEFAULT_ENGINE_SETTINGS)?.warnings).toEqual([]);
		const braces = ["---", "tags: real-interview", ...Array.from({ length: 20_000 }, () => "x: '{{ a'"), "y: '}}'", "---"].join("\n");
		expect(parseNote("n.md", braces, DEFAULT_ENGINE_SETTINGS)?.warnings.some((w) => w.includes("template"))).toBe(false);
		const vue = md("---", "tags: real-interview", 'topic: "Vue {{ message | upper }} bindings"', "company: {{company}}", "---", "## Where I Struggled", "- s", "## Action Items", "- x");
		const iv = parseNote("n.md", vue, DEFAULT_ENGINE_SETTINGS);
		expect([iv?.meta.topic, iv?.company]).toEqual(["Vue {{ message | upper }} bindings", null]);
	});

	it("does not take a line of tags at the end of the note for a struggle, nor put it in the last struggle's excerpt", () => {
		const paragraphs = must(md("## Action Items", "- [ ] Read DDIA", "", "## Where I Struggled", "I could not explain sharding.", "", "#real-interview #acme", ""));
		expect(paragraphs.struggles.map((s) => s.title)).toEqual(["I could not explain sharding."]);
		const labelled = must(md("## Where I Struggled", "I could not explain sharding.", "", "Tags: #real-interview #gap/scaling", "## Action Items", "- [ ] x"));
		expect(labelled.struggles.map((s) => s.title)).toEqual(["I could not explain sharding."]);
		const headed = must(md("## Action Items", "- [ ] x", "## Where I Struggled", "### Sharding", "Could not explain it.", "", "#real-interview #acme"));
		expect(headed.struggles.map((s) => [s.title, s.body])).toEqual([["Sharding", "Could not explain it."]]);
		// A tag on the struggle's own lines still gives it its theme.
		const tagged = must(md("## Action Items", "- [ ] x", "## Where I Struggled", "### Sharding", "Could not explain it.", "#gap/scaling", "", "#real-interview"));
		expect(tagged.struggles.map((s) => [s.body, s.tags.includes("gap/scaling")])).toEqual([["Could not explain it.", true]]);
	});

	it("keeps a decimal quantity followed by a unit ('1.5 hours'), still strips '3.1 Title', '3.1 iOS' and '3.4 two pointers', and still reads '3.1 where i struggled' as the section", () => {
		const iv = must(
			md("#real-interview", "## 3.1 where i struggled", "### 1.5 hours on one graph problem", "### 3.2 iOS memory questions", "### 3.3. ok then", "### 3.4 two pointers", "## 5.1 action items", "- [ ] 2.5 years of Go to explain", "- [ ] 5.2 Rehearse the intro", "- [ ] 0.5 seconds p99: explain why", "- [ ] 0.5 s p99 on checkout", "- [ ] 1.5 h on one DP problem", "- [ ] 3.1 K-means clustering"),
		);
		// Only a unit makes it a quantity: lower-case notes number their headings too.
		expect(iv.struggles.map((s) => s.title)).toEqual(["1.5 hours on one graph problem", "iOS memory questions", "ok then", "two pointers"]);
		expect(iv.actionItems.map((a) => a.title)).toEqual(["2.5 years of Go to explain", "Rehearse the intro", "0.5 seconds p99: explain why", "0.5 s p99 on checkout", "1.5 h on one DP problem", "K-means clustering"]);
	});

	it("keeps code spans as written and leaves paired markup and tags at the start of a title whole", () => {
		const iv = must(
			md("#real-interview", "## Where I Struggled", "- Couldn't explain `__init__` vs `__new__`", "- `*args` and `**kwargs` in **decorators**", "- `SELECT … FOR UPDATE` semantics", "- ~~Kafka~~ Pulsar vs Kafka", "- ==Highlighted== gap", "- #gap/system-design Designing a feed", "- ✅ **Done** part", "## Action Items", "- [ ] x"),
		);
		expect(iv.struggles.map((s) => s.title)).toEqual([
			"Couldn't explain `__init__` vs `__new__`",
			"`*args` and `**kwargs` in decorators",
			"`SELECT … FOR UPDATE` semantics",
			"~~Kafka~~ Pulsar vs Kafka",
			"==Highlighted== gap",
			"#gap/system-design Designing a feed",
			"Done part",
		]);
	});

	it("reads list items above the first sub-heading as items and struggles too, instead of dropping them", () => {
		const note = md(
			"#real-interview",
			"## Where I Struggled",
			"Overall it went fine.",
			"- Froze on the heap question",
			"### Longer story",
			"Details.",
			"## Action Items",
			"- [ ] Review heap operations",
			"  - [x] min-heap",
			"- [ ] Always ask 3 clarifying questions",
			"### Longer term",
			"- [ ] Read DDIA",
		);
		const iv = must(note);
		expect(iv.struggles.map((s) => [s.title, s.line])).toEqual([
			["Froze on the heap question", 4],
			["Longer story", 5],
		]);
		expect(iv.actionItems.map((a) => [a.title, a.kind, a.steps.map((st) => st.text)])).toEqual([
			["Review heap operations", "task", ["min-heap"]],
			["Always ask 3 clarifying questions", "task", []],
			["Longer term", "heading", ["Read DDIA"]],
		]);
		const ticked = toggleAction(note, { line: 10, expect: "Always ask 3 clarifying questions", parent: null }, "on", S);
		expect(ticked.ok && ticked.text).toBe(note.replace("- [ ] Always", "- [x] Always"));
	});

	it("hides %% and <!-- --> comments in titles, as reading view does; code spans stay as written", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "- Kafka rebalancing %% ask Tom %%", "- <!-- draft --> Retry storms", "- Forgot the `%%` and `%%` syntax", "## Action Items", "- [ ] x"));
		expect(iv.struggles.map((s) => s.title)).toEqual(["Kafka rebalancing", "Retry storms", "Forgot the `%%` and `%%` syntax"]);
	});

	it("does not take a table, an embed or a callout for a paragraph struggle", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "![[diagram.png]]", "", "| Topic | Score |", "| --- | --- |", "", "> [!danger] Biggest miss", "> no numbers", "", "I could not size the cluster.", "## Action Items", "- [ ] x"));
		expect(iv.struggles.map((s) => s.title)).toEqual(["I could not size the cluster."]);
	});

	it("strips only arrows among math symbols: √, <, ≤ and × open titles that mean them", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "- √n decomposition", "- <T> generics in Java", "- ≤ 30 min for the design", "- ×2 speed-up claim", "- ⟶ Arrow lead", "## Action Items", "- [ ] x"));
		expect(iv.struggles.map((s) => s.title)).toEqual(["√n decomposition", "<T> generics in Java", "≤ 30 min for the design", "×2 speed-up claim", "Arrow lead"]);
	});

	it("reads a Meta line's link as the company's name, as in front matter", () => {
		expect(must(md("#real-interview", "## Meta", "- Company: [[Companies/Grab]]", "- Role: [[Roles/SRE|Site reliability]]", SECTIONS))).toMatchObject({ company: "Grab", role: "Site reliability" });
	});

	it("keeps a leading currency amount in a title: it is content, not decoration", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "### $100k offer negotiation", "## Action Items", "- [ ] x"));
		expect(iv.struggles.map((s) => s.title)).toEqual(["$100k offer negotiation"]);
	});

	it("does not treat headings inside ``` or ~~~ fences as sections", () => {
		const iv = must(md("#real-interview", "```", "## Where I Struggled", "- fake", "```", "~~~", "## Action Items", "- [ ] fake", "~~~"));
		expect(iv.struggles).toEqual([]);
		expect(iv.actionItems).toEqual([]);
		expect(iv.warnings).toEqual([
			"No 'Where I Struggled' section (no heading starts with 'Where I Struggled'; other names can be added in the settings)",
			"No 'Action Items' section (no heading starts with 'Action Items'; other names can be added in the settings)",
		]);
	});

	it("ends a section at the next heading of the same or a higher level", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "### One", "### Two", "## Other", "### Not a struggle", "# Action Items", "- [ ] a"));
		expect(iv.struggles.map((s) => s.title)).toEqual(["One", "Two"]);
	});

	it("runs a section to the end of the note", () => {
		const iv = must(md("#real-interview", "## Action Items", "- [ ] a", "", "- [ ] b", "## Where I Struggled", "- s"));
		expect(iv.actionItems.map((a) => a.title)).toEqual(["a", "b"]);
	});

	it("uses configured aliases", () => {
		const settings = { ...S, struggleHeadings: ["Where I Struggled", "Weak spots"], actionHeadings: ["Action Items", "Next steps"] };
		const iv = parseNote("n.md", md("#real-interview", "## Weak spots", "- s", "## Next steps", "- [ ] a"), settings);
		expect(iv?.struggles).toHaveLength(1);
		expect(iv?.actionItems).toHaveLength(1);
	});
});

describe("struggles", () => {
	it("takes each sub-heading as a struggle, with its body", () => {
		const iv = must(md("#real-interview", "# Where I Struggled", "## **3.1 Weak _story_**", "It was vague.", "", "- no numbers", "## 3.2 Why Kafka?", "# Next"));
		expect(iv.struggles).toEqual([
			{ title: "Weak story", line: 3, body: "It was vague.\n- no numbers", tags: [] },
			{ title: "Why Kafka?", line: 7, body: "", tags: [] },
		]);
	});

	it("takes each top-level list item when there are no sub-headings", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "- **Impact:** no numbers", "  - nested detail", "* second", "+ third"));
		expect(iv.struggles.map((s) => [s.title, s.line])).toEqual([
			["Impact: no numbers", 3],
			["second", 5],
			["third", 6],
		]);
		expect(iv.struggles[0]?.body).toBe("- nested detail");
	});

	it("takes numbered list items (1. and 1))", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "1. first", "   body of first", "2) second"));
		expect(iv.struggles.map((s) => s.title)).toEqual(["first", "second"]);
		expect(iv.struggles[0]?.body).toBe("body of first");
	});

	it("takes each paragraph when there are neither sub-headings nor lists", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "**No numbers for the dashboard.**", "I had nothing.", "", "Why Redis?", "## Action Items"));
		expect(iv.struggles.map((s) => [s.title, s.line, s.body])).toEqual([
			["No numbers for the dashboard.", 3, "I had nothing."],
			["Why Redis?", 6, ""],
		]);
	});

	it("collects inline tags of a struggle, never from code", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "- no numbers #gap/business-impact", "  `#gap/not-this`"));
		expect(iv.struggles[0]?.tags).toEqual(["gap/business-impact"]);
	});
});

describe("action items", () => {
	it("reads every task status", () => {
		const iv = must(md("#real-interview", "## Action Items", "- [ ] open", "* [x] done", "+ [X] done too", "- [-] cancelled", "1. [/] started", "- plain"));
		expect(iv.actionItems.map((a) => [a.title, a.kind, a.checked, a.status, a.done])).toEqual([
			["open", "task", false, " ", false],
			["done", "task", true, "x", true],
			["done too", "task", true, "X", true],
			["cancelled", "task", false, "-", false],
			["started", "task", false, "/", false],
			["plain", "bullet", false, null, false],
		]);
	});

	it("reads direct children as steps, with tab and space indents", () => {
		const iv = must(md("#real-interview", "## Action Items", "- [ ] Practise design", "\t- [x] read DDIA ch. 5", "\t- sketch a feed", "\t\t- deeper, not a step", "- [x] Other", "    - [x] a", "    - [x] b"));
		const [first, second] = iv.actionItems;
		expect(first?.steps.map((s) => [s.text, s.line, s.checked, s.status])).toEqual([
			["read DDIA ch. 5", 4, true, "x"],
			["sketch a feed", 5, false, null],
		]);
		expect(first?.done).toBe(false);
		expect(second?.done).toBe(true);
	});

	it("treats sub-headings as items and their top-level bullets as steps", () => {
		const iv = must(md("#real-interview", "# Action Items", "### **5.1 Prepare stories**", "Examples:", "- one", "  - detail", "- [x] two", "### 5.2 Rest well", "Just sleep."));
		expect(iv.actionItems.map((a) => [a.title, a.line, a.kind, a.checked, a.status, a.done, a.steps.length])).toEqual([
			["Prepare stories", 3, "heading", null, null, false, 2],
			["Rest well", 8, "heading", null, null, false, 0],
		]);
		expect(iv.actionItems[0]?.steps.map((s) => s.text)).toEqual(["one", "two"]);
		expect(iv.actionItems[0]?.body).toBe("Examples:");
	});

	it("marks a heading item done when every step is checked", () => {
		const iv = must(md("#real-interview", "## Action Items", "### Item", "- [x] a", "- [X] b"));
		expect(iv.actionItems[0]?.done).toBe(true);
	});

	it("keeps block ids out of step text but remembers them", () => {
		const iv = must(md("#real-interview", "## Action Items", "- [ ] item ^igt-1a2b", "  - [ ] step ^abc"));
		expect(iv.actionItems[0]).toMatchObject({ title: "item", blockId: "igt-1a2b" });
		expect(iv.actionItems[0]?.steps[0]).toMatchObject({ text: "step", blockId: "abc" });
	});

	it("reads items inside a callout", () => {
		const iv = must(md("#real-interview", "## Action Items", "> [!todo]", "> - [ ] in a callout"));
		expect(iv.actionItems.map((a) => a.title)).toEqual(["in a callout"]);
	});
});

describe("comments and code spans", () => {
	it("reads %% or <!-- between backticks as text, not as the start of a comment", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "- Forgot the `%%` syntax", "- Second struggle", "", "## Action Items", "- [ ] Write up"));
		expect(iv.struggles.map((s) => s.title)).toEqual(["Forgot the `%%` syntax", "Second struggle"]);
		expect(iv.actionItems.map((a) => a.title)).toEqual(["Write up"]);
		expect(iv.warnings).toEqual([]);
		expect(must(md("Type `<!--` to open a comment", "#real-interview", SECTIONS)).struggles).toHaveLength(1);
	});

	it("still hides what a real comment holds, after a code span on the same line too", () => {
		expect(parse(md("`x` %% #real-interview %%", SECTIONS))).toBeNull();
		expect(parse(md("``a`` <!--", "#real-interview", "-->", SECTIONS))).toBeNull();
		const iv = must(md("#real-interview", "## Where I Struggled", "- shown `%%` #gap/a %% #gap/hidden %% #gap/b", "## Action Items", "- [ ] x"));
		expect(iv.struggles[0]?.tags).toEqual(["gap/a", "gap/b"]);
	});

	it("an unclosed backtick run is text, so a comment after it still opens", () => {
		expect(parse(md("`` not closed %% #real-interview", "%%", SECTIONS))).toBeNull();
	});
});

describe("warnings", () => {
	it("warns about missing sections", () => {
		expect(must("#real-interview").warnings).toEqual([
			"No 'Where I Struggled' section (no heading starts with 'Where I Struggled'; other names can be added in the settings)",
			"No 'Action Items' section (no heading starts with 'Action Items'; other names can be added in the settings)",
		]);
	});

	it("warns about empty sections", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "", "## Action Items"));
		expect(iv.warnings).toEqual(["The 'Where I Struggled' section is empty", "The 'Action Items' section is empty"]);
	});

	it("warns about an unclosed front matter fence", () => {
		expect(must(md("---", "tags: [real-interview]", "#real-interview", SECTIONS)).warnings[0]).toMatch(/not closed/);
	});

	it("warns about an unreadable date", () => {
		const iv = must(md("---", "date: someday", "---", "#real-interview", SECTIONS));
		expect(iv.date).toBeNull();
		expect(iv.warnings[0]).toMatch(/date 'someday'/);
	});
});

describe("meta", () => {
	it("prefers front matter, then Meta bullets, then the file name date", () => {
		const text = md("---", "tags: [real-interview]", "role: SRE", "---", "## Meta", "- **Company:** Grab", "- Role: ignored", "- Interviewer: Ana", SECTIONS);
		const iv = must(text, "Interviews/2026-03-14 Grab final.md");
		expect(iv).toMatchObject({ company: "Grab", role: "SRE", date: "2026-03-14", title: "2026-03-14 Grab final" });
		expect(iv.meta["interviewer"]).toBe("Ana");
	});

	it("reads company and role set through Obsidian's Properties panel: links by their name, lists by their items", () => {
		const one = must(md("---", "tags: [real-interview]", 'company: "[[Companies/Grab Holdings|Grab]]"', "role:", "  - Backend Engineer", "---", SECTIONS));
		expect([one.company, one.role]).toEqual(["Grab", "Backend Engineer"]);
		const two = must(md("---", "tags: [real-interview]", "company:", '  - "[[Shopee]]"', 'role: "[[SRE#Level 2]]"', "aliases: [x]", "---", SECTIONS));
		expect([two.company, two.role, two.meta.aliases]).toEqual(["Shopee", "SRE", undefined]);
		expect(must(md("---", "tags: [real-interview]", "company: [Acme, Globex]", "---", SECTIONS)).company).toBe("Acme, Globex");
	});

	it("uses the front matter title when non-empty, else the file name", () => {
		expect(must(md("---", 'title: "Stripe — onsite"', "tags: [real-interview]", "---"), "a/x.md").title).toBe("Stripe — onsite");
		expect(must(md("---", "title:", "tags: [real-interview]", "---"), "a/x.md").title).toBe("x");
	});

	it("normalises front matter dates in other formats", () => {
		expect(must(md("---", "date: 2025-11-23T10:30", "tags: [real-interview]", "---")).date).toBe("2025-11-23");
		expect(must(md("---", "date: Nov 23, 2025", "tags: [real-interview]", "---")).date).toBe("2025-11-23");
		expect(must(md("---", "date: 23 November 2025", "tags: [real-interview]", "---")).date).toBe("2025-11-23");
	});

	it("rejects an impossible file-name date", () => {
		expect(must("#real-interview", "2025-02-30 x.md").date).toBeNull();
	});

	it("reads the date from Meta bullets when front matter has none", () => {
		expect(must(md("#real-interview", "## Meta", "- Date: 2025-12-02", SECTIONS)).date).toBe("2025-12-02");
	});
});

describe("nested section headings", () => {
	it("starts Action Items at a deeper heading inside Where I Struggled", () => {
		const iv = must(md("#real-interview", "# Where I Struggled", "- s", "## Action Items", "- [ ] a"));
		expect(iv.struggles.map((s) => s.title)).toEqual(["s"]);
		expect(iv.actionItems.map((a) => a.title)).toEqual(["a"]);
	});

	it("keeps a same-named deeper heading as a sub-heading", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "### Where I struggled with Go", "### Clarifying", "## Action Items", "- a"));
		expect(iv.struggles.map((s) => s.title)).toEqual(["Where I struggled with Go", "Clarifying"]);
	});

	it("finds sections nested below a Meta heading", () => {
		const iv = must(md("#real-interview", "# Meta", "- Company: Grab", "## Where I Struggled", "- s", "## Action Items", "- a"));
		expect(iv.company).toBe("Grab");
		expect(iv.struggles).toHaveLength(1);
		expect(iv.actionItems).toHaveLength(1);
	});
});

describe("item headings at mixed levels", () => {
	it("takes the first sub-heading's level as the item level; deeper headings stay in the item", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "### One", "#### detail", "text", "### Two", "## Action Items", "- a"));
		expect(iv.struggles.map((s) => s.title)).toEqual(["One", "Two"]);
		expect(iv.struggles[0]?.body).toBe("#### detail\ntext");
	});

	it("keeps earlier items when a shallower stray heading follows them", () => {
		const iv = must(md("#real-interview", "## Where I Struggled", "- s", "# Action Items", "### 5.1 First", "- step", "### 5.2 Second", "## Questions", "Why this team?"));
		expect(iv.actionItems.map((a) => [a.title, a.steps.length])).toEqual([
			["First", 1],
			["Second", 0],
			["Questions", 0],
		]);
	});
});

describe("inline tag pre-check", () => {
	it.each([
		["#real-interview", true],
		["(#real-interview)", true],
		["a,#real-interview", true],
		["\u00a0#real-interview", true],
		["C#real-interview", false],
		["# real-interview", false],
		["##real-interview", false],
	])("%j counts as a tag: %s", (line, counts) => {
		expect(parse(md(line, SECTIONS)) !== null).toBe(counts);
	});
});

describe("tagMatches", () => {
	it.each([
		["real-interview", "real-interview", true],
		["#Real-Interview", "real-interview", true],
		["##real-interview/onsite", "#real-interview", true],
		["real-interview-prep", "real-interview", false],
		["real-interviews", "real-interview", false],
		["real", "real-interview", false],
		["  #real-interview  ", "real-interview", true],
		["real-interview", "", false],
		["REAL-INTERVIEW/Phone/Screen", "Real-Interview", true],
	])("%j under %j: %s", (tag, wanted, expected) => {
		expect(tagMatches(tag, wanted)).toBe(expected);
	});

	// The in-place comparison (with its first-letter shortcut) must equal the plain definition.
	it("agrees with fold-then-compare on arbitrary tags", () => {
		const letter = fc.constantFrom("r", "R", "e", "a", "l", "-", "/", "#", " ", "\t", "é", "É", "İ", "ı", "K", "\u212a", "k", "\u00a0");
		const word = fc.array(letter, { maxLength: 12 }).map((cs) => cs.join(""));
		fc.assert(
			fc.property(word, word, (tag, wanted) => {
				// Folded as a whole: `İ` and `ß` change length as they fold, and NFKC makes U+212A a `k`.
				const w = foldKey(normalizeTag(wanted));
				const t = foldKey(tag.trimStart().replace(/^#+/, ""));
				const tail = t.slice(w.length).trimEnd();
				const expected = w !== "" && t.startsWith(w) && (tail === "" || tail.startsWith("/"));
				expect(tagMatches(tag, wanted)).toBe(expected);
			}),
			{ numRuns: 5000 },
		);
	});
});
