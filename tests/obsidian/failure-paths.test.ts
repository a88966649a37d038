/** @jest-environment jsdom */
import type { App as ObsidianApp } from "obsidian";
import manifest from "../../manifest.json";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import InterviewGapTrackerPlugin from "../../src/main";
import { COMMAND_EXPORT_GAP_REPORT } from "../../src/obsidian/prep-commands";
import { App, Notice, Vault, type TFile } from "../fakes/obsidian";
import { NoteBuilder } from "../fakes/note-builder";
import { openTracker, texts } from "../ui/view-harness";
import { flush, prepHarness } from "./prep-harness";

// Failure paths of the hardening issue not covered elsewhere. Covered already: a pane toggle whose
// vault.process throws and a note deleted between index and toggle (sync-pane.test.ts), prep block
// ids whose vault.process throws (prep-note-writer.test.ts), a cachedRead that rejects for one note
// in the index (gap-index.test.ts), unknown and wrong-typed keys in data.json (plugin.test.ts).

const acme = new NoteBuilder("Interviews/2026-01-10 Acme.md").company("Acme").struggle("System design").action("Practise").build();
const grab = new NoteBuilder("Interviews/2026-03-14 Grab.md").company("Grab").struggle("Nerves").action("Breathe").build();

afterEach(() => jest.restoreAllMocks());

describe("loadData returning garbage", () => {
	// The values of a nested mess cannot be used, but they are the user's: data.json keeps them.
	it.each([
		["a string", "not settings", {}],
		["an array", [1, 2], {}],
		["a number", 42, {}],
		["null", null, {}],
		["a nested mess", { tag: { a: 1 }, gapDictionary: "x", excludeFolders: [null, true] }, { tag: { a: 1 }, gapDictionary: "x" }],
	])(
		"%s: the plugin starts on the defaults, indexes, and the next save writes a full settings object (keeping what it could not use)",
		async (_label, data, kept) => {
			const app = new App({ files: [acme] });
			app.pluginData.set(manifest.id, data);
			const plugin = new InterviewGapTrackerPlugin(app as unknown as ObsidianApp, manifest);
			plugin.load();
			await flush();
			expect(plugin.settings).toMatchObject(DEFAULT_SETTINGS);
			app.workspace.setLayoutReady();
			await plugin.index.settled();
			expect(plugin.index.interviews().map((i) => i.path)).toEqual([acme.path]);
			await plugin.updateSettings({ excludeFolders: ["Archive"] });
			expect(app.pluginData.get(manifest.id)).toMatchObject({ ...DEFAULT_SETTINGS, ...kept, excludeFolders: ["Archive"] });
		},
	);
});

describe("export gap report when the vault refuses the write", () => {
	it("shows one Notice, opens nothing, leaves the interviews as they were", async () => {
		const h = await prepHarness([acme, grab]);
		jest.spyOn(h.app.vault, "create").mockRejectedValue(new Error("EROFS: read-only file system"));
		jest.spyOn(console, "error").mockImplementation(() => {});
		h.run(COMMAND_EXPORT_GAP_REPORT);
		await flush();
		expect(Notice.shown).toHaveLength(1);
		expect(Notice.shown[0]).toMatch(/^Could not export the gap report: .*EROFS: read-only file system/);
		expect(h.app.workspace.leaves.filter((l) => l.side === "main" && (l.view as { file?: unknown } | null)?.file)).toHaveLength(0);
		expect(h.app.vault.contentOf(acme.path)).toBe(acme.text);
		expect(h.app.vault.contentOf(grab.path)).toBe(grab.text);
	});
});

describe("a note that cannot be read", () => {
	it("is listed with a warning in the pane while the other notes are indexed", async () => {
		jest.spyOn(Vault.prototype, "cachedRead").mockImplementation(function (this: Vault, f: TFile) {
			if (f.path === acme.path) return Promise.reject(new Error("EIO: i/o error"));
			return Promise.resolve(this.contentOf(f.path) ?? "");
		});
		const h = await openTracker([acme, grab]);
		const el = await h.settle();
		expect(texts(el, ".igt-section-warnings .igt-warning")).toEqual(["Not indexed: could not read the note (EIO: i/o error)"]);
		expect(h.index.get(grab.path)?.struggles.map((s) => s.title)).toEqual(["Nerves"]);
	});
});
