/** @jest-environment jsdom */
import type { App as ObsidianApp } from "obsidian";
import manifest from "../../manifest.json";
import InterviewGapTrackerPlugin from "../../src/main";
import { TrackerView, VIEW_TYPE_TRACKER } from "../../src/ui/tracker-view";
import { App, createPostProcessorContext, Notice, type Plugin as FakePlugin } from "../fakes/obsidian";
import { NoteBuilder } from "../fakes/note-builder";

const acme = new NoteBuilder("Interviews/2026-01-10 Acme.md").company("Acme").struggle("System design").action("Practise").build();
const other = new NoteBuilder("Interviews/2026-02-01 Other.md").withTags("job-talk").company("Other").struggle("Nerves").build();

async function start(data: unknown = null, files = [acme, other]) {
	const app = new App({ files });
	if (data !== null) app.pluginData.set(manifest.id, data);
	const plugin = new InterviewGapTrackerPlugin(app as unknown as ObsidianApp, manifest);
	const reads = [jest.spyOn(app.vault, "cachedRead"), jest.spyOn(app.vault, "read")];
	plugin.load();
	await new Promise((r) => setTimeout(r, 0));
	return { app, plugin, reads, fake: plugin as unknown as FakePlugin };
}

async function ready(app: App, plugin: InterviewGapTrackerPlugin) {
	app.workspace.setLayoutReady();
	await plugin.index.settled();
}

describe("plugin lifecycle", () => {
	test("onload reads no note; the index is built once the layout is ready", async () => {
		const { app, plugin, reads } = await start();
		for (const r of reads) expect(r).not.toHaveBeenCalled();
		expect(plugin.index.state).toBe("cold");
		await ready(app, plugin);
		expect(reads[0]).toHaveBeenCalledTimes(1);
		expect(plugin.index.interviews().map((i) => i.path)).toEqual([acme.path]);
	});

	test("unloaded before the layout is ready, it reads no note and leaves no handler behind once it is", async () => {
		// A prep note, so that the prep-note sync's first scan has a note to read.
		const prep = { path: "Prep/Next.md", text: `- [ ] Practise ([[${acme.path.replace(/\.md$/, "")}#^igt-item01|Acme]])\n` };
		const { app, plugin, reads } = await start(null, [acme, other, prep]);
		const creates = app.vault.listenerCount("create");
		plugin.unload();
		app.workspace.setLayoutReady();
		await new Promise((r) => setTimeout(r, 0));
		for (const r of reads) expect(r.mock.calls.map(([f]) => f.path)).toEqual([]);
		expect(app.vault.listenerCount("create")).toBe(creates);
		expect(plugin.index.state).toBe("cold");
	});

	test("registers the commands with stable ids, no hotkeys, a ribbon icon and the code block", async () => {
		const { app, fake } = await start();
		const cmds = [...app.commands.commands.values()];
		expect(cmds.map((c) => [c.id, c.name])).toEqual([
			["interview-gap-tracker:open-gap-tracker", "Open gap tracker"],
			["interview-gap-tracker:rebuild-gap-index", "Rebuild gap index"],
			["interview-gap-tracker:create-prep-note", "Create prep note for an upcoming interview"],
			["interview-gap-tracker:create-prep-note-from-interview", "Create prep note from this interview"],
			["interview-gap-tracker:export-gap-report", "Export gap report to a note"],
		]);
		expect(cmds.every((c) => c.hotkeys === undefined)).toBe(true);
		expect(fake.ribbonIcons.map((r) => r.title)).toEqual(["Open gap tracker"]);
		expect([...fake.codeBlockProcessors.keys()]).toEqual(["gap-tracker"]);
	});

	test("Open gap tracker opens one pane in the right sidebar and reuses it", async () => {
		const { app, plugin } = await start();
		await ready(app, plugin);
		app.commands.executeCommandById("interview-gap-tracker:open-gap-tracker");
		await new Promise((r) => setTimeout(r, 0));
		app.commands.executeCommandById("interview-gap-tracker:open-gap-tracker");
		await new Promise((r) => setTimeout(r, 0));
		const leaves = app.workspace.getLeavesOfType(VIEW_TYPE_TRACKER);
		expect(leaves).toHaveLength(1);
		expect(leaves[0]?.side).toBe("right");
		expect(leaves[0]?.view).toBeInstanceOf(TrackerView);
		expect(app.workspace.activeLeaf).toBe(leaves[0]);
	});

	test.each([
		["the command, on a repeating hotkey", (app: App) => app.commands.executeCommandById("interview-gap-tracker:open-gap-tracker")],
		["a double click on the ribbon icon", (app: App, fake: FakePlugin) => fake.ribbonIcons[0]?.el.click()],
	])("Open gap tracker run twice at once by %s opens one pane", async (_, open) => {
		const { app, plugin, fake } = await start();
		await ready(app, plugin);
		open(app, fake);
		open(app, fake);
		await new Promise((r) => setTimeout(r, 0));
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_TRACKER)).toHaveLength(1);
	});

	test("a deferred tracker restored from the layout is loaded, not duplicated", async () => {
		const { app, plugin } = await start();
		const leaf = app.workspace.addDeferredLeaf({ type: VIEW_TYPE_TRACKER, state: { groupBy: "company" } });
		await ready(app, plugin);
		app.commands.executeCommandById("interview-gap-tracker:open-gap-tracker");
		await new Promise((r) => setTimeout(r, 0));
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_TRACKER)).toEqual([leaf]);
		expect(leaf.isDeferred).toBe(false);
		expect((leaf.view as unknown as TrackerView).getState()).toMatchObject({ groupBy: "company" });
	});

	test("a title in the pane opens its note at that line; Ctrl-click and middle click open a new tab", async () => {
		const { app, plugin } = await start();
		await ready(app, plugin);
		app.commands.executeCommandById("interview-gap-tracker:open-gap-tracker");
		await new Promise((r) => setTimeout(r, 0));
		const view = app.workspace.getLeavesOfType(VIEW_TYPE_TRACKER)[0]?.view as unknown as TrackerView;
		const title = view.contentEl.querySelector<HTMLElement>(".igt-struggle-title");
		if (!title) throw new Error("no struggle title in the pane");
		title.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
		title.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true }));
		title.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 }));
		await new Promise((r) => setTimeout(r, 0));
		// Obsidian's eState line is 0-based; the heading is on 1-based line `line`.
		const line = acme.text.split("\n").indexOf("### System design");
		expect(app.workspace.openedLinks.map((o) => [o.linktext, o.newLeaf, o.eState])).toEqual([
			[acme.path, false, { line }],
			[acme.path, "tab", { line }],
			[acme.path, "tab", { line }],
		]);
	});

	test("unload keeps the user's panes open and drops the event handlers", async () => {
		const app = new App({ files: [acme, other] });
		const before = [app.vault, app.metadataCache, app.workspace].map((e) => e.listenerCounts());
		const plugin = new InterviewGapTrackerPlugin(app as unknown as ObsidianApp, manifest);
		plugin.load();
		await new Promise((r) => setTimeout(r, 0));
		await ready(app, plugin);
		app.commands.executeCommandById("interview-gap-tracker:open-gap-tracker");
		await new Promise((r) => setTimeout(r, 0));
		expect(app.vault.listenerCount("rename")).toBeGreaterThan(0);
		plugin.unload();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_TRACKER)).toHaveLength(1);
		// Every vault, metadata and workspace event, not only the ones a test thought of.
		expect([app.vault, app.metadataCache, app.workspace].map((e) => e.listenerCounts())).toEqual(before);
	});

	test("unload empties the gap-tracker blocks of open notes and stops them; their old checkboxes write nothing", async () => {
		const { app, plugin, fake } = await start();
		await ready(app, plugin);
		const el = document.createElement("div");
		const pctx = createPostProcessorContext("Notes/Dashboard.md");
		await fake.codeBlockProcessors.get("gap-tracker")?.("section: actions", el, pctx);
		expect(el.querySelectorAll("input[type=checkbox]")).toHaveLength(1);
		const process = jest.spyOn(app.vault, "process");
		plugin.unload();
		expect(pctx.children[0]?.isLoaded).toBe(false);
		for (const box of el.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) box.click();
		await new Promise((r) => setTimeout(r, 0));
		expect(process).not.toHaveBeenCalled();
		expect(el.childElementCount).toBe(0);
	});

	test("Rebuild gap index re-reads the notes and says how many it found", async () => {
		Notice.reset();
		const { app, plugin } = await start();
		await ready(app, plugin);
		const read = jest.spyOn(app.vault, "cachedRead");
		const built = read.mock.calls.length;
		app.commands.executeCommandById("interview-gap-tracker:rebuild-gap-index");
		await plugin.index.settled();
		await new Promise((r) => setTimeout(r, 0));
		expect(read.mock.calls.slice(built).map(([f]) => f.path)).toEqual([acme.path]);
		expect(Notice.shown).toEqual(["Gap index rebuilt: 1 interview note"]);
	});
});

describe("settings", () => {
	test("data.json is merged over the defaults; a list as text is read; wrong types fall back but stay in data.json; unknown keys survive a save", async () => {
		const { app, plugin } = await start({ tag: "job-talk", excludeFolders: "Archive", similarityThreshold: "high", future: 1 });
		expect(plugin.settings.tag).toBe("job-talk");
		expect(plugin.settings.excludeFolders).toEqual(["Archive"]);
		expect(plugin.settings.similarityThreshold).toBe(0.3);
		await ready(app, plugin);
		expect(plugin.index.interviews().map((i) => i.path)).toEqual([other.path]);
		await plugin.updateSettings({ excludeFolders: ["Archive", "Old"] });
		expect(app.pluginData.get(manifest.id)).toMatchObject({ tag: "job-talk", excludeFolders: ["Archive", "Old"], similarityThreshold: "high", future: 1 });
	});

	test("a data.json that cannot be read: defaults in memory, a notice, commands and tab still there, and data.json kept until a setting is edited", async () => {
		Notice.reset();
		const app = new App({ files: [acme, other] });
		app.pluginData.set(manifest.id, { tag: "job-talk" });
		const plugin = new InterviewGapTrackerPlugin(app as unknown as ObsidianApp, manifest);
		jest.spyOn(plugin, "loadData").mockRejectedValueOnce(new SyntaxError("Unexpected token '<' in JSON at position 0"));
		jest.spyOn(console, "error").mockImplementation(() => {});
		const fake = plugin as unknown as FakePlugin;
		plugin.load();
		await new Promise((r) => setTimeout(r, 0));
		expect(Notice.shown).toEqual([
			"Interview Gap Tracker could not read its settings (Unexpected token '<' in JSON at position 0), so it uses the defaults; data.json is left as it is until you change a setting.",
		]);
		expect(plugin.settings.tag).toBe("real-interview");
		expect(app.commands.commands.size).toBeGreaterThan(0);
		expect(fake.settingTabs).toHaveLength(1);
		await ready(app, plugin);
		expect(plugin.index.interviews().map((i) => i.path)).toEqual([acme.path]);
		expect(app.pluginData.get(manifest.id)).toEqual({ tag: "job-talk" });
		await plugin.updateSettings({ gapTagPrefix: "weak-spot" });
		expect(app.pluginData.get(manifest.id)).toMatchObject({ tag: "real-interview", gapTagPrefix: "weak-spot" });
	});

	test("a synced settings change before the layout is ready reads no note", async () => {
		const { app, plugin, reads } = await start();
		app.pluginData.set(manifest.id, { tag: "job-talk" });
		await plugin.onExternalSettingsChange();
		await plugin.index.settled();
		for (const r of reads) expect(r).not.toHaveBeenCalled();
		expect(plugin.index.state).toBe("cold");
		await ready(app, plugin);
		expect(plugin.index.interviews().map((i) => i.path)).toEqual([other.path]);
	});

	function field(containerEl: HTMLElement, name: string): HTMLInputElement {
		const setting = [...containerEl.querySelectorAll(".setting-item")].find((s) => s.querySelector(".setting-item-name")?.textContent === name);
		const input = setting?.querySelector("input");
		if (!input) throw new Error(`no setting ${name}`);
		return input;
	}

	test("the tab refuses an empty tag with a notice and keeps the old one", async () => {
		Notice.reset();
		const { app, plugin, fake } = await start();
		await ready(app, plugin);
		const tab = fake.settingTabs[0] as { display(): void; containerEl: HTMLElement };
		tab.display();
		expect([...tab.containerEl.querySelectorAll(".setting-item-heading")].map((h) => h.textContent)).toEqual(["Interview notes", "Sections", "Recurring gaps", "Prep notes"]);
		const tag = field(tab.containerEl, "Tag");
		tag.value = " # ";
		tag.dispatchEvent(new Event("change"));
		expect(Notice.shown).toEqual(["The tag cannot be empty; still using #real-interview."]);
		expect(tag.value).toBe("real-interview");
		expect(plugin.settings.tag).toBe("real-interview");
	});

	test("changing the tag or a section name in the tab rebuilds the index", async () => {
		const { app, plugin, fake } = await start();
		await ready(app, plugin);
		const tab = fake.settingTabs[0] as { display(): void; containerEl: HTMLElement };
		tab.display();
		const tag = field(tab.containerEl, "Tag");
		tag.value = "#Job-Talk";
		tag.dispatchEvent(new Event("change"));
		await new Promise((r) => setTimeout(r, 0));
		await plugin.index.settled();
		expect(plugin.settings.tag).toBe("job-talk");
		expect(plugin.index.interviews().map((i) => i.path)).toEqual([other.path]);
		const rebuild = jest.spyOn(plugin.index, "rebuild");
		const struggles = field(tab.containerEl, "Struggles section");
		struggles.value = "Where I Struggled, Nerves";
		struggles.dispatchEvent(new Event("change"));
		await new Promise((r) => setTimeout(r, 0));
		await plugin.index.settled();
		expect(plugin.settings.struggleHeadings).toEqual(["Where I Struggled", "Nerves"]);
		expect(rebuild).toHaveBeenCalledTimes(1);
	});
});
