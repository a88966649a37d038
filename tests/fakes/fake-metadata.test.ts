import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CachedMetadata } from "obsidian";
import { getAllTags, parseCachedMetadata, parseFrontMatterTags } from "./fake-metadata-parse";
import { App, MetadataCache } from "./obsidian";

/** One note as a real Obsidian cached it (see tests/fixtures/obsidian-captured/README.md). */
interface Captured {
	name: string;
	text: string;
	frontmatter: Record<string, unknown> | null;
	headings: [number, number, string][];
	listItems: [number, number, string | null, number][];
	tags: [number, string][];
	getAllTags: string[];
	parseFrontMatterTags: string[] | null;
}

const captured = JSON.parse(readFileSync(join(__dirname, "../fixtures/obsidian-captured/metadata.json"), "utf8")) as Captured[];
const cases = captured.map((c) => [c.name, c, parseCachedMetadata(c.text)] as const);

// Obsidian's own quirk, not modelled: `- [ ] 1. text` also yields an ordered item on the same line.
const LIST_QUIRKS = new Set(["numbered_tasks_issue_3481"]);

/** The fake metadata cache builds what the real app built, for every field the plugin or tests read. */
describe("fake metadata against metadata captured from Obsidian", () => {
	test.each(cases)("%s: front matter", (_n, c, cache) => {
		expect(cache.frontmatter ?? null).toEqual(c.frontmatter);
	});

	test.each(cases)("%s: headings", (_n, c, cache) => {
		expect((cache.headings ?? []).map((h) => [h.position.start.line, h.level, h.heading])).toEqual(c.headings);
	});

	test.each(cases)("%s: inline tags", (_n, c, cache) => {
		expect((cache.tags ?? []).map((t) => [t.position.start.line, t.tag])).toEqual(c.tags);
	});

	test.each(cases)("%s: getAllTags and parseFrontMatterTags", (_n, c, cache) => {
		expect(getAllTags(cache)).toEqual(c.getAllTags);
		expect(parseFrontMatterTags(cache.frontmatter)).toEqual(c.parseFrontMatterTags);
	});

	test.each(cases.filter(([name]) => !LIST_QUIRKS.has(name)))("%s: list items (line, task, parent)", (_n, c, cache: CachedMetadata) => {
		const items = (cache.listItems ?? []).map((l) => [l.position.start.line, l.task ?? null, l.parent]);
		expect(items).toEqual(c.listItems.map(([line, , task, parent]) => [line, task, parent]));
	});
});

/** When `changed` fires, as Obsidian's docs and maintainers describe it (obsidianmd/obsidian-api#77). */
describe("fake metadata cache timing", () => {
	test("`changed` comes after the write, with the file as it is when parsed; two quick writes give two events of the last text", async () => {
		const app = new App({ files: [{ path: "a.md", text: "one" }] });
		const heard: string[] = [];
		app.metadataCache.on("changed", (_f, data) => void heard.push(data as string));
		const file = app.vault.getFileByPath("a.md");
		if (!file) throw new Error("a.md");
		await app.vault.modify(file, "two");
		await app.vault.modify(file, "three");
		expect(heard).toEqual([]);
		expect(app.metadataCache.pending).toBe(2);
		await app.metadataCache.settled();
		expect(heard).toEqual(["three", "three"]);
	});

	test("sync mode (the bench) fires inside the write", async () => {
		const app = new App({ files: [{ path: "a.md", text: "one" }] });
		const heard: string[] = [];
		app.metadataCache.on("changed", (_f, data) => void heard.push(data as string));
		const file = app.vault.getFileByPath("a.md");
		if (!file) throw new Error("a.md");
		MetadataCache.sync = true;
		try {
			await app.vault.modify(file, "two");
		} finally {
			MetadataCache.sync = false;
		}
		expect(heard).toEqual(["two"]);
	});
});
