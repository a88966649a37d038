/** @jest-environment jsdom */
import type { App as ObsidianApp, SettingDefinitionItem } from "obsidian";
import manifest from "../../manifest.json";
import InterviewGapTrackerPlugin from "../../src/main";
import { App, Notice, Setting, type Plugin as FakePlugin } from "../fakes/obsidian";
import { NoteBuilder } from "../fakes/note-builder";

const acme = new NoteBuilder("Interviews/2026-01-10 Acme.md").company("Acme").action("Practise").build();
const tick = () => new Promise((r) => setTimeout(r, 0));

interface Tab {
	display(): void;
	getSettingDefinitions(): SettingDefinitionItem[];
	containerEl: HTMLElement;
}

async function open(data: unknown = undefined) {
	Notice.reset();
	const app = new App({ files: [acme] });
	if (data !== undefined) app.pluginData.set(manifest.id, data);
	const plugin = new InterviewGapTrackerPlugin(app as unknown as ObsidianApp, manifest);
	plugin.load();
	await tick();
	const tab = (plugin as unknown as FakePlugin).settingTabs[0] as Tab;
	return { app, plugin, tab };
}

/** Opened with the index built, as after Obsidian's layout is ready, and the tab shown. */
async function openWarm(data: unknown = undefined) {
	const opened = await open(data);
	opened.app.workspace.setLayoutReady();
	await opened.plugin.index.settled();
	opened.tab.display();
	return opened;
}

function row(container: HTMLElement, name: string): HTMLElement {
	const el = [...container.querySelectorAll<HTMLElement>(".setting-item")].find((s) => s.querySelector(".setting-item-name")?.textContent === name);
	if (!el) throw new Error(`no setting ${name}`);
	return el;
}

async function commit(container: HTMLElement, name: string, value: string): Promise<HTMLInputElement> {
	const input = row(container, name).querySelector("input") as HTMLInputElement;
	input.value = value;
	input.dispatchEvent(new Event("change"));
	await tick();
	return input;
}

describe("settings validation in the tab", () => {
	it.each([
		["Tag", " # ", "tag", "The tag cannot be empty; still using #real-interview."],
		["Tag", "real interview", "tag", 'The tag cannot contain "a space" (tags are letters, digits, _, - and /); still using #real-interview.'],
		["Struggles section", " , ", "struggleHeadings", 'Give at least one heading; still using "Where I Struggled".'],
		["Gap tag prefix", "##", "gapTagPrefix", "The gap tag prefix cannot be empty; still using #gap."],
		["Disabled gaps", "coding, nope", "disabledGapIds", 'No gap has the id "nope"; still using "".'],
		[
			"Struggles section",
			"Where I Struggled, Action",
			"struggleHeadings",
			'"Action" and "Action Items" would both match one heading, so struggles and action items would mix; still using "Where I Struggled".',
		],
		["Action items section", "**Where I**", "actionHeadings", '"Where I Struggled" and "**Where I**" would both match one heading, so struggles and action items would mix; still using "Action Items".'],
		["Excluded folders", "Archive, ../Interviews", "excludeFolders", '"../Interviews" climbs out of the vault with ".."; still excluding "".'],
		["Excluded folders", "C:\\Vault\\Interviews", "excludeFolders", '"C:\\Vault\\Interviews" is an absolute path; give the folder\'s path inside the vault; still excluding "".'],
	] as const)("%s refuses %p with a Notice, keeps the old value and saves nothing", async (name, bad, key, message) => {
		const { app, plugin, tab } = await open();
		tab.display();
		Notice.reset();
		const old = plugin.settings[key];
		const input = await commit(tab.containerEl, name, bad);
		expect(Notice.shown).toEqual([message]);
		expect(plugin.settings[key]).toEqual(old);
		expect(input.value).toBe(Array.isArray(old) ? old.join(", ") : old);
		expect(app.pluginData.get(manifest.id)).toBeUndefined();
	});

	it("saves an excluded folder the vault does not have, and says so, suggesting the vault's spelling", async () => {
		const { plugin, tab } = await open();
		tab.display();
		Notice.reset();
		await commit(tab.containerEl, "Excluded folders", "interviews, Later");
		expect(plugin.settings.excludeFolders).toEqual(["interviews", "Later"]);
		expect(Notice.shown).toEqual(['No folder "interviews" (did you mean "Interviews"?), "Later" in this vault yet; notes in it will be skipped once it exists.']);
	});

	it("an excluded folder typed with backslashes is saved with / and found in the vault", async () => {
		const { plugin, tab } = await open();
		tab.display();
		Notice.reset();
		const input = await commit(tab.containerEl, "Excluded folders", "\\Interviews\\");
		expect(Notice.shown).toEqual([]);
		expect(plugin.settings.excludeFolders).toEqual(["Interviews"]);
		expect(input.value).toBe("Interviews");
	});

	it("what is typed while a change is being applied stays in the field", async () => {
		const { plugin, tab } = await openWarm();
		const input = row(tab.containerEl, "Tag").querySelector("input") as HTMLInputElement;
		input.value = "#Job-Talk";
		input.dispatchEvent(new Event("change"));
		expect(input.value).toBe("job-talk");
		input.value = "job-talk-2";
		await plugin.index.settled();
		await tick();
		expect(plugin.settings.tag).toBe("job-talk");
		expect(input.value).toBe("job-talk-2");
	});

	it("a failed save is told, and the change still applies to the index", async () => {
		const { plugin, tab } = await openWarm();
		Notice.reset();
		jest.spyOn(plugin, "saveData").mockRejectedValue(new Error("EACCES: read-only"));
		jest.spyOn(console, "error").mockImplementation(() => {});
		await commit(tab.containerEl, "Tag", "job-talk");
		await plugin.index.settled();
		expect(plugin.settings.tag).toBe("job-talk");
		expect(plugin.index.interviews()).toEqual([]);
		expect(Notice.shown).toEqual(["Could not save the settings (EACCES: read-only); the change applies until Obsidian restarts."]);
	});

	it("takes settings another device synced into data.json", async () => {
		const { app, plugin } = await open();
		app.workspace.setLayoutReady();
		await plugin.index.settled();
		expect(plugin.index.interviews()).toHaveLength(1);
		app.pluginData.set(manifest.id, { tag: "job-talk", excludeFolders: [] });
		await plugin.onExternalSettingsChange();
		expect(plugin.settings.tag).toBe("job-talk");
		expect(plugin.index.interviews()).toEqual([]);
	});

	it("a data.json that reads as nothing or as broken JSON mid-sync changes no setting, and the next edit keeps the others", async () => {
		const { app, plugin, tab } = await open({ tag: "job-talk", excludeFolders: ["Archive"] });
		app.pluginData.delete(manifest.id);
		await plugin.onExternalSettingsChange();
		expect(plugin.settings.tag).toBe("job-talk");
		jest.spyOn(plugin, "loadData").mockRejectedValueOnce(new SyntaxError("Unexpected end of JSON input"));
		jest.spyOn(console, "warn").mockImplementation(() => {});
		await plugin.onExternalSettingsChange();
		expect(plugin.settings.tag).toBe("job-talk");
		tab.display();
		await commit(tab.containerEl, "Gap tag prefix", "weak-spot");
		expect(app.pluginData.get(manifest.id)).toMatchObject({ tag: "job-talk", excludeFolders: ["Archive"], gapTagPrefix: "weak-spot" });
	});

	it("an open tab shows settings synced from another device, and its next edit keeps them", async () => {
		const { app, plugin, tab } = await open();
		document.body.appendChild(tab.containerEl);
		tab.display();
		app.pluginData.set(manifest.id, { tag: "job-talk", excludeFolders: ["Archive"] });
		await plugin.onExternalSettingsChange();
		expect((row(tab.containerEl, "Tag").querySelector("input") as HTMLInputElement).value).toBe("job-talk");
		const folders = row(tab.containerEl, "Excluded folders").querySelector("input") as HTMLInputElement;
		expect(folders.value).toBe("Archive");
		await commit(tab.containerEl, "Excluded folders", `${folders.value}, Later`);
		expect(app.pluginData.get(manifest.id)).toMatchObject({ tag: "job-talk", excludeFolders: ["Archive", "Later"] });
		tab.containerEl.remove();
	});

	it("custom gaps and folders in another shape are read; a gap that cannot be is named at load and stays in data.json", async () => {
		const gaps = [
			{ id: "salary", name: "Salary", patterns: "salary talk, pay rise" },
			{ name: "Nerves", patterns: ["nervous"], weight: 2 },
			{ patterns: ["x"] },
		];
		const { app, plugin, tab } = await openWarm({ gapDictionary: gaps, excludeFolders: "Interviews" });
		expect(plugin.settings.excludeFolders).toEqual(["Interviews"]);
		expect(plugin.index.interviews()).toEqual([]);
		expect(plugin.settings.gapDictionary).toEqual([
			{ id: "salary", name: "Salary", patterns: ["salary talk", "pay rise"] },
			{ id: "nerves", name: "Nerves", patterns: ["nervous"], weight: 2 },
		]);
		expect(Notice.shown).toEqual([
			"Interview Gap Tracker cannot use some settings in data.json as written: gapDictionary entry 3 has no id or name. " +
				"It uses what it could read or the default instead, and leaves those values in data.json as they are until you change that setting.",
		]);
		await commit(tab.containerEl, "Gap tag prefix", "weak-spot");
		expect(app.pluginData.get(manifest.id)).toMatchObject({ gapDictionary: gaps, excludeFolders: ["Interviews"], gapTagPrefix: "weak-spot" });
		const area = row(tab.containerEl, "Custom gaps").querySelector("textarea") as HTMLTextAreaElement;
		area.value = `${area.value}\npay | Pay | pay rise`;
		area.dispatchEvent(new Event("change"));
		await tick();
		expect((app.pluginData.get(manifest.id) as { gapDictionary: unknown }).gapDictionary).toEqual([
			{ id: "salary", name: "Salary", patterns: ["salary talk", "pay rise"] },
			{ id: "nerves", name: "Nerves", patterns: ["nervous"], weight: 2 },
			{ id: "pay", name: "Pay", patterns: ["pay rise"] },
		]);
	});

	it("a tag or number in data.json that the tab would refuse: the default applies, one Notice names the keys, data.json keeps the value", async () => {
		const { app, plugin, tab } = await openWarm({ tag: "real interview", similarityThreshold: 30 });
		expect(plugin.settings.tag).toBe("real-interview");
		expect(plugin.settings.similarityThreshold).toBe(0.3);
		expect(plugin.index.interviews()).toHaveLength(1);
		expect(Notice.shown).toEqual([
			'Interview Gap Tracker cannot use some settings in data.json as written: tag "real interview" cannot contain "a space" (tags are letters, digits, _, - and /); ' +
				"similarityThreshold 30 is not a number from 0.05 to 0.95. " +
				"It uses what it could read or the default instead, and leaves those values in data.json as they are until you change that setting.",
		]);
		await commit(tab.containerEl, "Gap tag prefix", "weak-spot");
		expect(app.pluginData.get(manifest.id)).toMatchObject({ tag: "real interview", similarityThreshold: 30, gapTagPrefix: "weak-spot" });
		await commit(tab.containerEl, "Tag", "job-talk");
		expect(app.pluginData.get(manifest.id)).toMatchObject({ tag: "job-talk", similarityThreshold: 30 });
	});

	it("a sync that brings the same unusable value back keeps it in data.json without a second Notice", async () => {
		const { app, plugin, tab } = await openWarm({ tag: "real interview" });
		expect(Notice.shown).toHaveLength(1);
		Notice.reset();
		app.pluginData.set(manifest.id, { tag: "real interview", gapTagPrefix: "weak-spot" });
		await plugin.onExternalSettingsChange();
		expect(Notice.shown).toEqual([]);
		expect(plugin.settings.gapTagPrefix).toBe("weak-spot");
		await commit(tab.containerEl, "Disabled gaps", "coding");
		expect(app.pluginData.get(manifest.id)).toMatchObject({ tag: "real interview", gapTagPrefix: "weak-spot", disabledGapIds: ["coding"] });
	});

	it("saves a valid value and shows it as saved", async () => {
		const { plugin, tab } = await open();
		tab.display();
		const prefix = await commit(tab.containerEl, "Gap tag prefix", "#Weak-Spot/");
		const disabled = await commit(tab.containerEl, "Disabled gaps", " Coding ");
		expect(plugin.settings.gapTagPrefix).toBe("weak-spot");
		expect(prefix.value).toBe("weak-spot");
		expect(plugin.settings.disabledGapIds).toEqual(["coding"]);
		expect(disabled.value).toBe("coding");
		expect(Notice.shown).toEqual([]);
	});

	it("names the dictionary patterns the matcher skips, in a Notice, and shows them in the custom gaps", async () => {
		const { plugin, tab } = await open({ gapDictionary: [{ id: "salary", name: "Salary", patterns: ["salary talk", "(pay|salary)"] }, { patterns: ["x"] }] });
		expect(plugin.settings.gapDictionary).toEqual([{ id: "salary", name: "Salary", patterns: ["salary talk", "(pay|salary)"] }]);
		tab.display();
		expect(Notice.shown).toEqual([
			"Interview Gap Tracker cannot use some settings in data.json as written: gapDictionary entry 2 has no id or name. " +
				"It uses what it could read or the default instead, and leaves those values in data.json as they are until you change that setting.",
			'Interview Gap Tracker skips 1 gap pattern: gap "salary": pattern "(pay|salary)" contains "(": patterns are plain phrases, not regular expressions (use * for one to three words, word* for a prefix).',
		]);
		expect(row(tab.containerEl, "Custom gaps").querySelector("textarea")?.value).toBe("salary | Salary | salary talk, (pay|salary)");
	});

	it("a clean dictionary gives no Notice", async () => {
		const { tab } = await open({ gapDictionary: [{ id: "salary", name: "Salary", patterns: ["salary talk"] }] });
		tab.display();
		expect(Notice.shown).toEqual([]);
		expect(row(tab.containerEl, "Custom gaps").querySelector("textarea")?.value).toBe("salary | Salary | salary talk");
	});

	it("declares the same rows for Obsidian 1.13's settings search, and they validate the same way", async () => {
		const { plugin, tab } = await open();
		const groups = tab.getSettingDefinitions() as unknown as { heading: string; items: { name: string; render: (s: Setting) => void }[] }[];
		expect(groups.map((g) => g.heading)).toEqual(["Interview notes", "Sections", "Recurring gaps", "Prep notes"]);
		tab.display();
		const shown = [...tab.containerEl.querySelectorAll(".setting-item:not(.setting-item-heading) .setting-item-name")].map((e) => e.textContent);
		expect(groups.flatMap((g) => g.items.map((i) => i.name))).toEqual(shown);
		const host = document.createElement("div");
		for (const item of groups[0]!.items) item.render(new Setting(host));
		await commit(host, "Tag", "");
		expect(Notice.shown).toEqual(["The tag cannot be empty; still using #real-interview."]);
		await commit(host, "Tag", "#Job-Talk");
		expect(plugin.settings.tag).toBe("job-talk");
	});
});
