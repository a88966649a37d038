import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readFrontMatter } from "../../src/core/front-matter";
import { scanMarkdown } from "../../src/core/markdown-scan";
import { frontMatterTags } from "../../src/core/tags";
import { splitLines } from "../../src/core/text-lines";

/** One note as a real Obsidian cached it (see tests/fixtures/obsidian-captured/README.md). */
interface Captured {
	name: string;
	text: string;
	headings: [number, number, string][];
	listItems: [number, number, string | null, number][];
	tags: [number, string][];
	parseFrontMatterTags: string[] | null;
}

const captured = JSON.parse(readFileSync(join(__dirname, "../fixtures/obsidian-captured/metadata.json"), "utf8")) as Captured[];

function scan(text: string) {
	const lines = splitLines(text);
	const fm = readFrontMatter(lines);
	return { fm, note: scanMarkdown(lines, fm.bodyStart) };
}

/**
 * Where the engine reads tags differently from Obsidian, on purpose:
 * - inside `%% %%` comments Obsidian reports tags; the engine ignores commented-out text, so a
 *   user can comment a tag out (README, "Which notes");
 * - front matter: the engine also reads a comma-separated `tags:` string and a `TAG:` key in
 *   capitals, which Obsidian's `parseFrontMatterTags` skips; the index compensates (gap-index.ts).
 */
const INLINE_DIFFERENCES: Record<string, [number, string][]> = {
	comments_markdown_style: [
		[4, "task"],
		[7, "i-am-parsed-by-obsidian"],
	],
};
const FRONT_MATTER_EXTRAS: Record<string, string[]> = {
	yaml_complex_example: ["value1", "value2"],
	yaml_tags_with_two_values_on_one_line: ["value-1-of-2-on-one-line", "value-2-of-2-on-one-line"],
};

describe("the engine against metadata captured from Obsidian", () => {
	test("the fixture set is the one the README describes", () => {
		expect(captured).toHaveLength(89);
	});

	test.each(captured.map((c) => [c.name, c] as const))("%s: the same headings", (_name, c) => {
		const { note } = scan(c.text);
		expect(note.headings.map((h) => [h.index, h.level, h.text])).toEqual(c.headings);
	});

	// Inside block quotes, callouts, after code blocks and comments: the items the action parser builds on.
	test.each(captured.map((c) => [c.name, c] as const))("%s: the same list items and task statuses", (_name, c) => {
		const { note } = scan(c.text);
		const engine: [number, string | null][] = [];
		for (let i = 0; i < note.lines.length; i++) if (note.lists.has(i)) engine.push([i, note.lists.status(i)]);
		// Obsidian adds a second item on the line of `- [ ] 1. text` (its own quirk): one per line is compared.
		const obsidian = new Map<number, string | null>();
		for (const [line, , task] of c.listItems) if (!obsidian.has(line)) obsidian.set(line, task);
		expect(engine).toEqual([...obsidian]);
	});

	test.each(captured.map((c) => [c.name, c] as const))("%s: the same inline tags", (name, c) => {
		const { note } = scan(c.text);
		const obsidian = c.tags.map(([line, tag]) => [line, tag.replace(/^#/, "").toLowerCase()]);
		const skipped = INLINE_DIFFERENCES[name] ?? [];
		const expected = obsidian.filter(([line, tag]) => !skipped.some(([l, t]) => l === line && t === tag));
		expect(note.tags.map((t) => [t.index, t.tag])).toEqual(expected);
	});

	test.each(captured.map((c) => [c.name, c] as const))("%s: front matter tags include Obsidian's", (name, c) => {
		const { fm } = scan(c.text);
		const engine = frontMatterTags(fm.data, []);
		const obsidian = (c.parseFrontMatterTags ?? []).map((t) => t.replace(/^#/, "").toLowerCase());
		expect(engine).toEqual([...obsidian, ...(FRONT_MATTER_EXTRAS[name] ?? [])]);
	});

	// The cases the captured set found, pinned on their own so a regression names itself.
	test("a heading reference in a link is not a tag", () => {
		const line = "- [ ] #task see [[#Basic links]], [[Other#Some heading|alias]] and [text](#heading) \\[\\[#Escaped";
		expect(scan(line).note.tags.map((t) => t.tag)).toEqual(["task", "escaped"]);
	});
});
