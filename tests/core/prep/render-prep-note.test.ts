import { parse } from "yaml";
import type { Interview } from "../../../src/core/model";
import { parseNote } from "../../../src/core/parse-note";
import { renderPrepNote, type PrepNoteInput } from "../../../src/core/prep/render-prep-note";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { expectApproved } from "./approval";
import { exampleInterviews, GRAB_1, handThemes, SHOPEE_1, SHOPEE_2 } from "./example-vault";

const interviews = exampleInterviews();
const shopee = { company: "Shopee", role: "Senior Software Engineer", date: "2026-08-01", stage: "Hiring manager" };
const render = (over: Partial<PrepNoteInput> = {}) => renderPrepNote({ interviews, options: shopee, settings: DEFAULT_SETTINGS, ...over });

/** Top-level lines of "Open action items" (checkbox lines, and heading items in bold), as item titles. */
function openItemTitles(note: string): string[] {
	const section = note.split("## Open action items\n")[1]?.split("\n## ")[0] ?? "";
	return section
		.split("\n")
		.filter((l) => l.startsWith("- [ ] ") || l.startsWith("- **"))
		.map((l) => l.replace(/^- (?:\[ \] |\*\*)/, "").replace(/(?:\*\*)? \((?:\[\[|\[).*$/, ""));
}

describe("renderPrepNote on the example vault", () => {
	it("matches the approved Shopee note without themes", () => {
		expectApproved(__dirname, "prep-shopee-no-themes", render());
	});

	it("matches the approved Shopee note with themes and block ids", () => {
		const ids = new Map([[`${SHOPEE_2}:42`, "igt-n0tif1"], [`${SHOPEE_1}:237`, "igt-b1z001"]]);
		const note = render({ themes: handThemes(interviews), blockIds: (p, l) => ids.get(`${p}:${l}`) });
		expectApproved(__dirname, "prep-shopee-themes", note);
		expect(note).toContain("\t- [ ] Notification service: volume + delivery rate ([[Interviews/2025-12-02 Shopee promotion team round 2#^igt-n0tif1|");
	});

	it("puts the same company first (any case), then the newest interview", () => {
		const titles = openItemTitles(render({ options: { ...shopee, company: "  sHoPeE " } }));
		expect(titles.slice(0, 7)).toEqual([
			"Build a numbers sheet for every project on my CV",
			"Practise \"problem first, tool second\" answers",
			"Prepare 3 concrete challenges with Takumi",
			"Prepare 2 real “business-impact” narratives for Insight",
			"Prepare safe, realistic cost examples for Resource Utilization",
			"Prepare a polished “redo the project” answer",
			"Practice listening during Q&A",
		]);
		expect(titles[7]).toBe("Collect adoption numbers for the golden-path templates");
		expect(titles[titles.length - 1]).toBe("Make a \"clarify first\" card for design questions");
	});

	it("ranks items tied to the top gaps before newer untied ones, within and across companies", () => {
		const titles = openItemTitles(render({ themes: handThemes(interviews), options: { ...shopee, company: "Grab" } }));
		expect(titles.slice(0, 9)).toEqual([
			"Write up the notification service story with real numbers",
			"Make a \"clarify first\" card for design questions",
			"Back-of-the-envelope estimation drills",
			"Dry-run every coding answer with the smallest edge case before saying \"done\"",
			"Two-minute reset ritual between rounds (water, close the notes, breathe)",
			"Study payment idempotency patterns",
			"Collect adoption numbers for the golden-path templates",
			"Build a numbers sheet for every project on my CV",
			"Prepare 2 real “business-impact” narratives for Insight",
		]);
	});

	it("carries every open item and open step once, and nothing done or cancelled", () => {
		const note = render();
		expect(openItemTitles(note)).toHaveLength(22);
		// A heading item has no box to tick (a heading holds no block id); its steps do.
		expect(note).toContain("- **Prepare 3 concrete challenges with Takumi** ([[Interviews/2025-11-23 Shopee promotion team|");
		expect(note).toContain("- [ ] In chats: repeat back the interviewer's main point before answering ([[");
		expect(note).not.toContain("Learn Pulumi");
		expect(note).not.toContain("Pull the daily volume");
		expect(note).not.toContain("Learn the promotions domain basics");
		expect(note).toContain("\t- [ ] Record myself and listen back (");
	});

	it("writes front matter Obsidian reads: tag, properties and source links, oldest first", () => {
		const note = render();
		const fm = note.split("---\n")[1] ?? "";
		expect(fm).toMatch(/^tags: \[interview-prep\]\ncompany: Shopee\nrole: Senior Software Engineer\ndate: 2026-08-01\nstage: Hiring manager\nsources:\n/);
		expect(fm).toContain(`  - "[[${GRAB_1.replace(/\.md$/, "")}]]"\n`);
	});

	it("lists past interviews with the company, newest first, with their struggles", () => {
		const section = render().split("## Past interviews with Shopee\n\n")[1]?.split("\n\n## ")[0] ?? "";
		const links = section.split("\n").filter((l) => l.startsWith("- "));
		expect(links.map((l) => /\|([^\]]+)\]\]/.exec(l)?.[1])).toEqual([
			"2026-07-22 Shopee promotion team hiring manager",
			"2025-12-02 Shopee promotion team round 2",
			"2025-11-23 Shopee promotion team",
		]);
		expect(section).toContain("\t- Why Redis and not a DB row lock?");
	});

	it("says so when there is no history with the company", () => {
		const note = render({ options: { ...shopee, company: "Initech" } });
		expect(note).toContain("## Past interviews with Initech\n\n_No past interviews with Initech._");
	});
});

function hostileInterview(): Interview {
	const title = "# Heading ]] [[ %% #real-interview {{gaps}} $$";
	return {
		path: "Interviews/2026-09-01 Hostile.md",
		title: "Hostile | [x]",
		date: "2026-09-01",
		company: "Evil ]] Co",
		role: null,
		meta: {},
		struggles: [{ title, line: 5, body: "", tags: [] }],
		actionItems: [{ title: "> quoted - [ ] fake", line: 9, kind: "task", checked: false, status: " ", done: false, steps: [{ text: "1. numbered <div> ^block", line: 10, checked: false, status: " ", blockId: null }], body: "", blockId: null }],
		warnings: [],
	};
}

describe("renderPrepNote keeps hostile note text inert", () => {
	const note = renderPrepNote({ interviews: [hostileInterview()], options: { company: "Evil ]] Co", role: "", date: "2026-09-10", stage: "" }, settings: DEFAULT_SETTINGS });

	it("escapes headings, brackets, comments, math, HTML and block-id look-alikes", () => {
		expect(note).toContain("- \\# Heading \\]\\] \\[\\[ %\\% \\#real-interview {{gaps}} $\\$ ([[Interviews/2026-09-01 Hostile|Hostile - (x)]], 2026-09-01)");
		expect(note).toContain("- [ ] \\> quoted - \\[ \\] fake ([[Interviews/2026-09-01 Hostile|Hostile - (x)]])");
		expect(note).toContain("\t- [ ] 1\\. numbered \\<div> \\^block (");
	});

	it("keeps the section structure: every expected heading once, nothing else a heading", () => {
		expect(note.split("\n").filter((l) => l.startsWith("#"))).toEqual([
			"# Evil \\]\\] Co interview prep",
			"## Open action items",
			"## Gaps to rehearse",
			"## Past interviews with Evil \\]\\] Co",
			"## Questions to ask",
			"## Notes",
		]);
		const fm = parse(note.split("---\n")[1] ?? "") as Record<string, unknown>;
		expect(fm).toEqual({ tags: ["interview-prep"], company: "Evil ]] Co", role: null, date: "2026-09-10", stage: null, sources: ["[[Interviews/2026-09-01 Hostile]]"] });
	});

	it("is not itself an interview note, even when note text names the interview tag", () => {
		expect(parseNote("Interview prep/x.md", note, DEFAULT_SETTINGS)).toBeNull();
	});
});

describe("open action items in a prep note", () => {
	it("gives a heading item no box (nothing to sync through) and a list item the state of its own box", () => {
		const text = [
			"#real-interview",
			"## Where I Struggled",
			"- s",
			"## Action Items",
			"- [x] Practise design ^igt-item01",
			"  - [ ] Rate limiter ^igt-step01",
			"### Prepare stories",
			"- Takumi story",
		].join("\n");
		const iv = parseNote("Interviews/A.md", text, DEFAULT_SETTINGS);
		if (!iv) throw new Error("not parsed");
		const note = renderPrepNote({ interviews: [iv], options: { company: "A", role: "", date: "2026-08-01", stage: "" }, settings: DEFAULT_SETTINGS });
		const section = note.split("## Open action items\n")[1]?.split("\n## ")[0]?.trim();
		expect(section?.split("\n")).toEqual([
			"- [x] Practise design ([[Interviews/A#^igt-item01|A]])",
			"\t- [ ] Rate limiter ([[Interviews/A#^igt-step01|A]])",
			"- **Prepare stories** ([[Interviews/A|A]])",
			"\t- [ ] Takumi story ([[Interviews/A|A]])",
		]);
	});
});
