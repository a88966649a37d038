/** @jest-environment jsdom */
import { readVault } from "../../src/cli/read-vault";
import { renderPrepNote } from "../../src/core/prep/render-prep-note";
import { createPrepNote } from "../../src/obsidian/prep-note-writer";
import { Notice, type TFile } from "../fakes/obsidian";
import { VAULT } from "../core/prep/example-vault";
import { NoteBuilder } from "../fakes/note-builder";
import { quiet } from "./harness";
import { openedPath, prepHarness, type PrepHarness } from "./prep-harness";

const shopee = { company: "Shopee", role: "Backend Engineer", date: "2026-08-01", stage: "Hiring manager" };
const files = () => readVault(VAULT).files.map(({ path, text }) => ({ path, text }));

function snapshot(h: PrepHarness): Map<string, string> {
	return new Map(h.app.vault.getMarkdownFiles().map((f) => [f.path, h.app.vault.contentOf(f.path) ?? ""]));
}

describe("createPrepNote on the example vault", () => {
	let h: PrepHarness;
	beforeEach(async () => {
		h = await prepHarness(files());
	});

	it("writes the note into the prep folder, creating it, and opens it", async () => {
		expect(h.app.vault.getAbstractFileByPath("Interview prep")).toBeNull();
		const file = await createPrepNote(h.obsidianApp, h.src, shopee);
		expect(file?.path).toBe("Interview prep/2026-08-01 Shopee prep.md");
		expect(openedPath(h)).toBe(file?.path);
		const text = h.app.vault.contentOf("Interview prep/2026-08-01 Shopee prep.md") ?? "";
		// Once Obsidian has reported the ids it added, the index reads them from the sources, so a
		// plain render must give the same bytes.
		await quiet(h);
		expect(text).toBe(renderPrepNote({ interviews: h.index.interviews(), options: shopee, settings: h.settings }));
		expect(text).toMatch(/^---\ntags: \[interview-prep\]\ncompany: Shopee\n/);
		expect(text).toContain("\n- **Prepare 3 concrete challenges with Takumi** ([[Interviews/2025-11-23 Shopee promotion team|2025-11-23 Shopee promotion team]])\n");
		expect(text).toMatch(/\n\t- \[ \] gRPC metadata propagation issues \(\[\[Interviews\/2025-11-23 Shopee promotion team#\^igt-[a-z0-9]{6}\|2025-11-23 Shopee promotion team\]\]\)\n/);
		expect(Notice.shown).toEqual([]);
	});

	it("adds block ids to carried source lines and changes no other byte", async () => {
		const before = snapshot(h);
		const carried = new Map<string, Set<number>>();
		for (const iv of h.index.interviews()) {
			for (const item of iv.actionItems) {
				if (item.done || item.status === "-") continue;
				const open = item.steps.filter((s) => !s.checked && s.status !== "-");
				if (item.steps.length > 0 && open.length === 0) continue;
				const lines = new Set(open.map((s) => s.line));
				if (item.kind !== "heading") lines.add(item.line);
				carried.set(iv.path, new Set([...(carried.get(iv.path) ?? []), ...lines]));
			}
		}
		await createPrepNote(h.obsidianApp, h.src, shopee);
		const after = snapshot(h);
		let added = 0;
		for (const [path, old] of before) {
			const now = after.get(path) ?? "";
			const oldLines = old.split("\n");
			const newLines = now.split("\n");
			expect(newLines).toHaveLength(oldLines.length);
			oldLines.forEach((line, i) => {
				if (newLines[i] === line) return;
				added++;
				expect(carried.get(path)?.has(i + 1)).toBe(true);
				expect(newLines[i]).toMatch(new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\^igt-[a-z0-9]{6}$`));
			});
			if (!carried.has(path)) expect(Buffer.from(now).equals(Buffer.from(old))).toBe(true);
		}
		expect(added).toBe([...carried.values()].reduce((n, s) => n + s.size, 0));
		expect(added).toBeGreaterThan(20);
	});

	it("never overwrites: a second note gets ' 2' and reuses the ids without writing the sources", async () => {
		const first = await createPrepNote(h.obsidianApp, h.src, shopee);
		await quiet(h);
		const sources = snapshot(h);
		const process = jest.spyOn(h.app.vault, "process");
		const second = await createPrepNote(h.obsidianApp, h.src, shopee);
		expect(second?.path).toBe("Interview prep/2026-08-01 Shopee prep 2.md");
		expect(process).not.toHaveBeenCalled();
		expect(h.app.vault.contentOf(second?.path ?? "")).toBe(h.app.vault.contentOf(first?.path ?? ""));
		for (const [path, text] of sources) if (path !== second?.path) expect(h.app.vault.contentOf(path)).toBe(text);
	});

	it("treats a name differing only in case as taken", async () => {
		await h.app.vault.createFolder("Interview prep");
		await h.app.vault.create("Interview prep/2026-08-01 shopee PREP.md", "mine");
		const file = await createPrepNote(h.obsidianApp, h.src, shopee);
		expect(file?.path).toBe("Interview prep/2026-08-01 Shopee prep 2.md");
		expect(h.app.vault.contentOf("Interview prep/2026-08-01 shopee PREP.md")).toBe("mine");
	});

	it("keeps a company with / and .. inside the prep folder", async () => {
		const file = await createPrepNote(h.obsidianApp, h.src, { ...shopee, company: "../../.obsidian/Acme/../x" });
		// ".." inside a name is only dots; as a path segment it never appears.
		expect(file?.path).toBe("Interview prep/2026-08-01 ..-..-.obsidian-Acme-..-x prep.md");
		expect(h.app.vault.getFolderByPath("Interview prep")?.children.map((c) => c.path)).toEqual([file?.path]);
		expect(h.app.vault.getAbstractFileByPath(".obsidian")).toBeNull();
	});
});

describe("createPrepNote settings and failures", () => {
	const acme = new NoteBuilder("Interviews/2026-01-10 Acme.md").company("Acme").struggle("System design").action("Practise", ["Rate limiter"]).build();

	it("fills the template note and keeps unknown placeholders", async () => {
		const template = "---\naliases: [prep]\n---\n# {{company}} on {{date}}\n\n{{open_items}}\n\n{{unknown}}\n";
		const h = await prepHarness([acme, { path: "Templates/Prep.md", text: template }], { prepTemplatePath: "Templates/Prep", prepDateFormat: "d MMM yyyy" });
		const file = await createPrepNote(h.obsidianApp, h.src, { ...shopee, company: "Acme" });
		expect(file?.path).toBe("Interview prep/1 Aug 2026 Acme prep.md");
		const text = h.app.vault.contentOf(file?.path ?? "") ?? "";
		expect(text).toContain("\naliases:\n  - prep\n---\n# Acme on 1 Aug 2026\n\n- [ ] Practise ([[Interviews/2026-01-10 Acme#^igt-");
		expect(text).toContain("\n{{unknown}}\n");
		expect(text).not.toContain("## Questions to ask");
		expect(Notice.shown).toEqual([]);
	});

	it("falls back to the built-in template when the template note is missing", async () => {
		const h = await prepHarness([acme], { prepTemplatePath: "Templates/Gone.md" });
		const file = await createPrepNote(h.obsidianApp, h.src, shopee);
		expect(h.app.vault.contentOf(file?.path ?? "")).toContain("\n## Questions to ask\n");
		expect(Notice.shown).toEqual(['Template note "Templates/Gone.md" not found; using the built-in prep template.']);
	});

	it("refuses a folder outside the vault before touching any note", async () => {
		const h = await prepHarness([acme], { prepFolder: "../outside" });
		const before = snapshot(h);
		const process = jest.spyOn(h.app.vault, "process");
		expect(await createPrepNote(h.obsidianApp, h.src, shopee)).toBeNull();
		expect(process).not.toHaveBeenCalled();
		expect(snapshot(h)).toEqual(before);
		expect(Notice.shown).toEqual(['Could not create the prep note: The folder "../outside" may not contain "..".']);
	});

	it("says so when the prep folder is a file, before touching any note", async () => {
		const h = await prepHarness([acme, { path: "Prep", text: "" }], { prepFolder: "Prep" });
		const before = snapshot(h);
		expect(await createPrepNote(h.obsidianApp, h.src, shopee)).toBeNull();
		expect(Notice.shown[0]).toMatch(/"Prep" is a file, not a folder/);
		expect(snapshot(h)).toEqual(before);
	});

	it("refuses while the index has not read the notes yet (before layout-ready), instead of an empty note", async () => {
		const h = await prepHarness([acme]);
		const cold = { ...h.src, index: Object.assign(Object.create(h.index) as typeof h.index, { state: "cold" }) };
		expect(await createPrepNote(h.obsidianApp, cold, shopee)).toBeNull();
		expect(Notice.shown).toEqual(["Could not create the prep note: the interview notes are still being read; try again in a moment."]);
		expect(h.app.vault.getAbstractFileByPath("Interview prep")).toBeNull();
	});

	it("carries a line edited after indexing without an id, and tells the user", async () => {
		const h = await prepHarness([acme]);
		const vault = h.app.vault;
		const real = vault.process.bind(vault);
		// The note changes between the index's read and the write: a line appears at the top.
		jest.spyOn(vault, "process").mockImplementation((file: TFile, fn: (data: string) => string) => real(file, (data) => fn(`Edited\n${data}`)));
		const file = await createPrepNote(h.obsidianApp, h.src, shopee);
		expect(vault.contentOf(acme.path)).toBe(`Edited\n${acme.text}`);
		expect(vault.contentOf(file?.path ?? "")).toContain("- [ ] Practise ([[Interviews/2026-01-10 Acme|");
		expect(Notice.shown).toEqual(["Prep note created. 2 carried lines have changed since indexing and will not sync back."]);
	});

	it("links a line that already ends in the user's own block id, and says its ticks will not sync", async () => {
		const own = { path: "Interviews/2026-02-01 Globex.md", text: "---\ntags: [real-interview]\ncompany: Globex\n---\n## Action Items\n- [ ] Read a chapter ^mine\n" };
		const h = await prepHarness([own]);
		const file = await createPrepNote(h.obsidianApp, h.src, shopee);
		expect(h.app.vault.contentOf(own.path)).toBe(own.text);
		expect(h.app.vault.contentOf(file?.path ?? "")).toContain("- [ ] Read a chapter ([[Interviews/2026-02-01 Globex#^mine|");
		expect(Notice.shown).toEqual(["Prep note created. 1 carried line has a block id of your own at the end; ticks on its copy will not sync back."]);
	});

	it("uses a prep folder spelt in another letter case, so an existing note there is not written over", async () => {
		const mine = { path: "interview prep/2026-08-01 Shopee prep.md", text: "MINE\n" };
		const h = await prepHarness([acme, mine]);
		const file = await createPrepNote(h.obsidianApp, h.src, shopee);
		expect(file?.path).toBe("interview prep/2026-08-01 Shopee prep 2.md");
		expect(h.app.vault.contentOf(mine.path)).toBe(mine.text);
		expect(h.app.vault.getAbstractFileByPath("Interview prep")).toBeNull();
	});

	it("still creates the note when a source cannot be written", async () => {
		const h = await prepHarness([acme]);
		jest.spyOn(h.app.vault, "process").mockRejectedValue(new Error("EACCES"));
		jest.spyOn(console, "error").mockImplementation(() => {});
		const file = await createPrepNote(h.obsidianApp, h.src, shopee);
		expect(file?.path).toBe("Interview prep/2026-08-01 Shopee prep.md");
		expect(h.app.vault.contentOf(acme.path)).toBe(acme.text);
		// Not "changed since indexing": the note could not be written, and the user should know which.
		expect(Notice.shown).toEqual([`Prep note created. Couldn't add links to ${acme.path} (EACCES); its 2 carried lines will not sync back.`]);
	});
});
