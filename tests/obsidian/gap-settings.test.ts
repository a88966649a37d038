/** @jest-environment jsdom */
import type { App as ObsidianApp } from "obsidian";
import manifest from "../../manifest.json";
import InterviewGapTrackerPlugin from "../../src/main";
import { COMMAND_EXPORT_GAP_REPORT } from "../../src/obsidian/prep-commands";
import { App, Notice, type Plugin as FakePlugin } from "../fakes/obsidian";
import { NoteBuilder } from "../fakes/note-builder";
import { flush } from "./prep-harness";

const shopee = new NoteBuilder("Interviews/2026-01-10 Shopee.md").company("Shopee").date("2026-01-10").struggle("Salary negotiation went badly", "I named a number first.").build();
const grab = new NoteBuilder("Interviews/2026-02-14 Grab.md").company("Grab").date("2026-02-14").struggle("No numbers for the cost dashboard").build();

/** The plugin loaded on two notes, its index warm and its settings tab shown. */
async function open(data?: unknown) {
	Notice.reset();
	const app = new App({ files: [shopee, grab] });
	if (data !== undefined) app.pluginData.set(manifest.id, data);
	const plugin = new InterviewGapTrackerPlugin(app as unknown as ObsidianApp, manifest);
	plugin.load();
	await flush();
	app.workspace.setLayoutReady();
	await plugin.index.settled();
	const tab = (plugin as unknown as FakePlugin).settingTabs[0] as { display(): void; containerEl: HTMLElement };
	tab.display();
	const row = (name: string) => {
		const el = [...tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")].find((s) => s.querySelector(".setting-item-name")?.textContent === name);
		if (!el) throw new Error(`no setting ${name}`);
		return el;
	};
	const field = (name: string) => row(name).querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea")!;
	const commit = async (name: string, value: string) => {
		field(name).value = value;
		field(name).dispatchEvent(new Event("change"));
		await flush();
	};
	/** Gap names of the exported report, most pressing first: the analysis the pane and commands use. */
	const reportedGaps = async () => {
		(plugin as unknown as FakePlugin).app.commands.executeCommandById(`${manifest.id}:${COMMAND_EXPORT_GAP_REPORT}`);
		await flush();
		const file = app.vault.getFiles().find((f) => f.path.includes("gap report"));
		if (!file) throw new Error("no report written");
		const text = app.vault.contentOf(file.path) ?? "";
		await app.vault.delete(file);
		return [...text.matchAll(/^### \d+\. (.*)$/gm)].map((m) => m[1]);
	};
	const saved = () => app.pluginData.get(manifest.id) as Record<string, unknown> | undefined;
	return { plugin, row, field, commit, reportedGaps, saved };
}

const SALARY = "salary-negotiation | Salary negotiation | salary, negotiat*";

describe("custom gaps in the settings tab", () => {
	it("typing a custom gap saves it, and the next theme analysis files the struggle under it", async () => {
		const { plugin, field, commit, reportedGaps, saved } = await open();
		expect(await reportedGaps()).toEqual(["Business impact & metrics", "Salary negotiation went badly"]);
		await commit("Custom gaps", `# pay talks\n${SALARY}\n`);
		expect(Notice.shown).toEqual([]);
		const entry = { id: "salary-negotiation", name: "Salary negotiation", patterns: ["salary", "negotiat*"] };
		expect(plugin.settings.gapDictionary).toEqual([entry]);
		expect(saved()?.gapDictionary).toEqual([entry]);
		expect(field("Custom gaps").value).toBe(SALARY);
		expect(await reportedGaps()).toEqual(["Business impact & metrics", "Salary negotiation"]);
	});

	it("edits a built-in gap: replacing its patterns moves its struggles out", async () => {
		const { plugin, commit, reportedGaps } = await open();
		await commit("Custom gaps", "business-impact | Money talk | = revenue impact");
		expect(plugin.settings.gapDictionary).toEqual([{ id: "business-impact", name: "Money talk", patterns: ["revenue impact"], replacePatterns: true }]);
		expect(await reportedGaps()).not.toContain("Business impact & metrics");
		expect(await reportedGaps()).not.toContain("Money talk");
	});

	it("shows the stored dictionary one gap a line, in a monospace text area", async () => {
		const { field } = await open({ gapDictionary: [{ id: "salary-negotiation", name: "Salary negotiation", patterns: ["salary", "negotiat*"] }, { id: "coding", name: "", patterns: ["leetcode"], replacePatterns: true }] });
		const area = field("Custom gaps") as HTMLTextAreaElement;
		expect(area.tagName).toBe("TEXTAREA");
		expect(area.value).toBe(`${SALARY}\ncoding |  | = leetcode`);
		expect(area.rows).toBeGreaterThan(4);
		expect(area.classList.contains("igt-setting-code")).toBe(true);
		expect(area.placeholder).toMatch(/^salary-negotiation \| Salary negotiation \| /);
	});

	it("a bad pattern: Notice with the line, nothing saved, the typed text kept for fixing", async () => {
		const { plugin, field, commit, saved } = await open({ gapDictionary: [{ id: "old-gap", name: "Old", patterns: ["old words"] }] });
		const typed = `${SALARY}\npay | Pay | (pay|salary)`;
		await commit("Custom gaps", typed);
		expect(Notice.shown).toEqual([
			'Custom gaps not saved, 1 problem: Line 2: pattern "(pay|salary)" contains "(": patterns are plain phrases, not regular expressions (use * for one to three words, word* for a prefix).',
		]);
		expect(plugin.settings.gapDictionary).toEqual([{ id: "old-gap", name: "Old", patterns: ["old words"] }]);
		expect(saved()).toEqual({ gapDictionary: [{ id: "old-gap", name: "Old", patterns: ["old words"] }] });
		expect(field("Custom gaps").value).toBe(typed);
		expect(field("Custom gaps").getAttribute("aria-invalid")).toBe("true");

		Notice.reset();
		await commit("Custom gaps", `${SALARY}\npay | Pay | pay rise`);
		expect(Notice.shown).toEqual([]);
		expect(plugin.settings.gapDictionary.map((e) => e.id)).toEqual(["salary-negotiation", "pay"]);
		expect(field("Custom gaps").hasAttribute("aria-invalid")).toBe(false);
	});

	it("many problems: the Notice names the first three and counts the rest", async () => {
		const { plugin, commit } = await open();
		await commit("Custom gaps", ["a | A |", "b | B | re*", "no pipes", "c | C | x * y * z * w * v", "d | D | = words"].join("\n"));
		expect(Notice.shown).toHaveLength(1);
		expect(Notice.shown[0]).toMatch(/^Custom gaps not saved, 5 problems: Line 1: the new gap "a" has no pattern.*; Line 2: .*; Line 3: .* and 2 more\.$/);
		expect(plugin.settings.gapDictionary).toEqual([]);
	});

	it("a disabled custom gap stays disabled while removed, and the disabled list still saves", async () => {
		const { plugin, commit, reportedGaps } = await open();
		await commit("Custom gaps", SALARY);
		await commit("Disabled gaps", "salary-negotiation");
		expect(await reportedGaps()).toEqual(["Business impact & metrics", "Salary negotiation went badly"]);
		await commit("Custom gaps", "");
		await commit("Disabled gaps", "salary-negotiation, coding");
		expect(Notice.shown).toEqual([]);
		expect(plugin.settings.disabledGapIds).toEqual(["salary-negotiation", "coding"]);
		await commit("Disabled gaps", "salary-negotiation, nope");
		expect(Notice.shown).toEqual(['No gap has the id "nope"; still using "salary-negotiation, coding".']);
	});
});

describe("theme numbers in the settings tab", () => {
	it.each([
		["Similarity threshold", "0.99", "similarityThreshold", "Similarity threshold must be a number from 0.05 to 0.95; still using 0.3."],
		["Similarity threshold", "0", "similarityThreshold", "Similarity threshold must be a number from 0.05 to 0.95; still using 0.3."],
		["Similarity threshold", "", "similarityThreshold", "Similarity threshold must be a number from 0.05 to 0.95; still using 0.3."],
		["Improving after N interviews", "21", "improvingAfterInterviews", "Improving after N interviews must be a whole number from 1 to 20; still using 3."],
		["Improving after N interviews", "2.5", "improvingAfterInterviews", "Improving after N interviews must be a whole number from 1 to 20; still using 3."],
		["Ranking half-life", "0", "scoreHalfLifeInterviews", "Ranking half-life must be a number from 1 to 50; still using 4."],
	] as const)("%s refuses %p with a Notice and keeps the old value", async (name, bad, key, message) => {
		const { plugin, field, commit, saved } = await open();
		const old = plugin.settings[key];
		await commit(name, bad);
		expect(Notice.shown).toEqual([message]);
		expect(plugin.settings[key]).toBe(old);
		expect(field(name).value).toBe(String(old));
		expect(saved()).toBeUndefined();
	});

	it("saves numbers in range", async () => {
		const { plugin, field, commit, saved } = await open();
		expect(field("Similarity threshold").type).toBe("number");
		await commit("Improving after N interviews", "5");
		await commit("Similarity threshold", "0.05");
		await commit("Ranking half-life", "2.5");
		expect(plugin.settings.scoreHalfLifeInterviews).toBe(2.5);
		expect(plugin.settings.improvingAfterInterviews).toBe(5);
		expect(plugin.settings.similarityThreshold).toBe(0.05);
		expect(Notice.shown).toEqual([]);
		expect(saved()).toMatchObject({ improvingAfterInterviews: 5, similarityThreshold: 0.05 });
		expect(field("Similarity threshold").value).toBe("0.05");
	});
});
