import { parse } from "yaml";
import { renderPrepNote } from "../../../src/core/prep/render-prep-note";
import { fillPlaceholders, splitTemplate } from "../../../src/core/prep/prep-template";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { exampleInterviews } from "./example-vault";

const interviews = exampleInterviews();
const options = { company: "Shopee", role: "SSE", date: "2026-08-01", stage: "HM round" };
const render = (template: string, company = "Shopee", prepDateFormat = "yyyy-MM-dd") =>
	renderPrepNote({ interviews, options: { ...options, company }, settings: { ...DEFAULT_SETTINGS, prepDateFormat }, template });
const body = (note: string) => note.slice(note.indexOf("\n---\n") + 5);

describe("prep templates", () => {
	it("fills every known placeholder and keeps unknown ones (including Object.prototype names) as written", () => {
		const note = body(render("{{company}}|{{role}}|{{date}}|{{stage}}|{{ company }}|{{unknown}}|{{constructor}}|{{toString}}|{{}}|{company}"));
		expect(note).toBe("Shopee|SSE|2026-08-01|HM round|Shopee|{{unknown}}|{{constructor}}|{{toString}}|{{}}|{company}\n");
	});

	it("inserts the generated sections where the template puts them", () => {
		const note = body(render("A\n{{open_items}}\nB\n{{gaps}}\nC\n{{company_history}}\n"));
		expect(note.startsWith("A\n- **Build a numbers sheet")).toBe(true);
		expect(note).toMatch(/\nB\n_Struggles from the 3 most recent interviews:_\n/);
		expect(note).toMatch(/\nC\n- \[\[Interviews\/2026\/2026-07-22 Shopee promotion team hiring manager\|/);
	});

	it("never re-expands a value: a company named {{gaps}} stays literal and gaps render once", () => {
		const note = body(render("# {{company}}\n{{gaps}}\n", "{{gaps}} {{open_items}}"));
		expect(note.split("\n")[0]).toBe("# {{gaps}} {{open_items}}");
		expect(note.match(/_Struggles from/g)).toHaveLength(1);
		expect(note).not.toContain("- [ ] ");
		expect(fillPlaceholders("{{a}}", new Map([["a", "{{a}}{{b}}"], ["b", "x"]]))).toBe("{{a}}{{b}}");
	});

	it("formats {{date}} with the date-fns format setting, keeps ISO in front matter, falls back to ISO on a bad format", () => {
		const note = render("{{date}}", "Shopee", "d MMMM yyyy");
		expect(body(note)).toBe("1 August 2026\n");
		expect(note).toContain("\ndate: 2026-08-01\n");
		expect(body(render("{{date}}", "Shopee", "YYYY-DD"))).toBe("2026-08-01\n");
	});

	it("merges the template's front matter: extra keys kept and filled, tags merged, the interview tag dropped", () => {
		const template = "---\ntags: [prep, real-interview/onsite, '#focus']\ncompany: ignored\naliases: ['{{company}} prep']\npriority: 2\n---\n# {{company}}\n";
		const note = render(template);
		const fm = parse(note.split("---\n")[1] ?? "") as Record<string, unknown>;
		expect(fm.tags).toEqual(["interview-prep", "prep", "focus"]);
		expect(fm.company).toBe("Shopee");
		expect(fm.aliases).toEqual(["Shopee prep"]);
		expect(fm.priority).toBe(2);
		expect(body(note)).toBe("# Shopee\n");
	});

	it("fills placeholders that start an unquoted value or list item, in tags, and in nested values", () => {
		const template = "---\ncreated: {{date}}\nlabels:\n  - {{stage}}\n  - fixed\ntags: [prep, \"{{stage}}\"]\nmeta:\n  who: \"{{company}}\"\n  when: {{date}} # a YAML comment\n---\nBody\n";
		const note = render(template);
		const fm = parse(note.split("---\n")[1] ?? "") as Record<string, unknown>;
		expect(fm.created).toBe("2026-08-01");
		expect(fm.labels).toEqual(["HM round", "fixed"]);
		expect(fm.tags).toEqual(["interview-prep", "prep", "HM round"]);
		expect(fm.meta).toEqual({ who: "Shopee", when: "2026-08-01" });
		expect(body(note)).toBe("Body\n");
	});

	it("leaves a block scalar's lines as written, placeholders filled as text", () => {
		const fm = parse(render("---\nnotes: |\n  - {{stage}}\n  next: {{company}}\nafter: {{date}}\n---\nBody\n").split("---\n")[1] ?? "") as Record<string, unknown>;
		expect(fm.notes).toBe("- HM round\nnext: Shopee\n");
		expect(fm.after).toBe("2026-08-01");
	});

	it("ends the template's front matter only at a fence on its own line", () => {
		const split = splitTemplate("---\nsummary: To be continued...\nextra: 1\n---\nBody {{company}}\n");
		expect(split.properties).toEqual({ summary: "To be continued...", extra: 1 });
		expect(split.body).toBe("Body {{company}}\n");
		expect(splitTemplate("---\n---\nEmpty front matter\n")).toEqual({ properties: {}, body: "Empty front matter\n" });
	});

	it("keeps an invalid template front matter in the body instead of dropping it", () => {
		const split = splitTemplate("---\ntags: [broken\n---\nText\n");
		expect(split.properties).toBeNull();
		expect(split.body).toBe("---\ntags: [broken\n---\nText\n");
		expect(body(render("---\ntags: [broken\n---\nText\n"))).toBe("---\ntags: [broken\n---\nText\n");
	});

	it("uses the built-in template for an empty template note", () => {
		expect(render("  \n")).toBe(renderPrepNote({ interviews, options, settings: DEFAULT_SETTINGS }));
	});
});
