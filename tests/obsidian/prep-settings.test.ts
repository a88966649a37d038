/** @jest-environment jsdom */
import type { App as ObsidianApp } from "obsidian";
import manifest from "../../manifest.json";
import InterviewGapTrackerPlugin from "../../src/main";
import { App, Notice, type Plugin as FakePlugin } from "../fakes/obsidian";
import { NoteBuilder } from "../fakes/note-builder";

const acme = new NoteBuilder("Interviews/2026-01-10 Acme.md").company("Acme").action("Practise").build();

async function tab() {
	Notice.reset();
	const app = new App({ files: [acme] });
	const plugin = new InterviewGapTrackerPlugin(app as unknown as ObsidianApp, manifest);
	plugin.load();
	await new Promise((r) => setTimeout(r, 0));
	const t = (plugin as unknown as FakePlugin).settingTabs[0] as { display(): void; containerEl: HTMLElement };
	t.display();
	const field = (name: string) => {
		const setting = [...t.containerEl.querySelectorAll(".setting-item")].find((s) => s.querySelector(".setting-item-name")?.textContent === name);
		const input = setting?.querySelector("input");
		if (!input) throw new Error(`no setting ${name}`);
		return input;
	};
	const commit = async (name: string, value: string) => {
		field(name).value = value;
		field(name).dispatchEvent(new Event("change"));
		await new Promise((r) => setTimeout(r, 0));
	};
	return { app, plugin, field, commit };
}

describe("prep settings in the settings tab", () => {
	it("shows the prep settings with their defaults", async () => {
		const { field } = await tab();
		expect(["Prep note folder", "File name", "Template note", "Date format", "Report folder"].map((n) => field(n).value)).toEqual([
			"Interview prep",
			"{{date}} {{company}} prep",
			"",
			"yyyy-MM-dd",
			"Interview prep",
		]);
	});

	it("saves a valid folder, normalised", async () => {
		const { plugin, commit, app } = await tab();
		await commit("Prep note folder", " Career\\Prep/ ");
		expect(plugin.settings.prepFolder).toBe("Career/Prep");
		expect(app.pluginData.get(manifest.id)).toMatchObject({ prepFolder: "Career/Prep" });
		expect(Notice.shown).toEqual([]);
	});

	it.each([
		["Prep note folder", "../outside", "prepFolder", 'The folder "../outside" may not contain "..". Still using "Interview prep".'],
		["Report folder", ".hidden", "reportFolder", 'The folder ".hidden" is hidden (starts with "."); Obsidian does not show it. Still using "Interview prep".'],
		["Date format", "YYYY-MM-DD", "prepDateFormat", 'Use yyyy for the year and dd for the day (YYYY and DD mean week-year and day of the year). Still using "yyyy-MM-dd".'],
		["File name", "   ", "prepFileNamePattern", 'The file name cannot be empty; still using "{{date}} {{company}} prep".'],
		["Template note", "../secret.md", "prepTemplatePath", 'The template must be a note inside the vault; still using "".'],
	] as const)("%s refuses %p with a Notice and keeps the old value", async (name, bad, key, message) => {
		const { plugin, commit, field } = await tab();
		const old = plugin.settings[key];
		await commit(name, bad);
		expect(Notice.shown).toEqual([message]);
		expect(plugin.settings[key]).toBe(old);
		expect(field(name).value).toBe(old);
	});

	it("accepts a date format and a template path", async () => {
		const { plugin, commit } = await tab();
		await commit("Date format", "d MMM yyyy");
		await commit("Template note", "/Templates/Prep.md");
		expect(plugin.settings.prepDateFormat).toBe("d MMM yyyy");
		expect(plugin.settings.prepTemplatePath).toBe("Templates/Prep.md");
	});
});
