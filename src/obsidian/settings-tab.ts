import { Notice, PluginSettingTab, Setting, TFolder, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import type { GapTrackerSettings } from "../core/settings";
import { excludedFolderProblem, sectionNameClash } from "../core/settings-checks";
import { splitList } from "../core/settings-normalize";
import { checkTagName } from "../core/themes/validate-patterns";
import { dictionaryNotice, gapSettings } from "./gap-settings-section";
import { existingCase } from "./prep-new-note";
import { prepSettings } from "./prep-settings-section";
import { refuse, renderRow, rowDesc, type FieldGroup, type SettingsRow, type TextField } from "./settings-fields";

/** What the tab needs from the plugin: the settings and a way to change them (which rebuilds the index). */
export interface SettingsHost {
	settings: GapTrackerSettings;
	updateSettings(patch: Partial<GapTrackerSettings>): Promise<void>;
}

/**
 * The plugin's settings. Text fields commit on blur or Enter (the `change` event), not on every
 * keystroke, so a half-typed tag never triggers a rebuild of the index. Every value is checked
 * before it is saved: a refused one gives a Notice and the field shows the old value again.
 * The rows are declared once and rendered two ways: `getSettingDefinitions` for Obsidian 1.13+
 * (its settings search), `display` for older versions (minAppVersion is below 1.13).
 */
export class GapTrackerSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: SettingsHost,
	) {
		super(app, plugin);
	}

	getSettingDefinitions(): SettingDefinitionItem[] {
		this.warnAboutDictionary();
		return this.groups().map((g) => ({
			type: "group",
			heading: g.heading,
			items: g.rows.map((row) => ({ name: row.name, desc: rowDesc(row), render: (setting: Setting) => this.renderRow(setting, row) })),
		}));
	}

	display(): void {
		this.warnAboutDictionary();
		this.render();
	}

	/**
	 * Shows the settings again when the tab is open and they changed under it (a sync): a field still
	 * showing the old value would save it back on its next edit. Its dictionary warning was given
	 * when the tab opened.
	 */
	refresh(): void {
		if (this.containerEl.isConnected) this.render();
	}

	private render(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const g of this.groups()) {
			new Setting(containerEl).setName(g.heading).setHeading();
			for (const row of g.rows) this.renderRow(new Setting(containerEl), row);
		}
	}

	private groups(): FieldGroup[] {
		const current = () => this.host.settings;
		const text = (name: string, desc: string, value: () => string, toPatch: TextField["toPatch"]): TextField => ({ kind: "text", name, desc, value, toPatch });
		return [
			{
				heading: "Interview notes",
				rows: [
					text("Tag", "Notes with this tag (in properties or in the text) are interview notes. Nested tags count too.", () => current().tag, (raw) => {
						const checked = checkTagName(raw);
						if (!checked.ok) return refuse(`The tag ${checked.reason}; still using #${current().tag}.`);
						return { tag: checked.tag };
					}),
					text(
						"Excluded folders",
						"Comma-separated folders whose notes are never indexed. Folders starting with a dot are always skipped.",
						() => current().excludeFolders.join(", "),
						(raw) => this.excludedFolders(raw),
					),
				],
			},
			{
				heading: "Sections",
				rows: [
					text("Struggles section", "Heading of the section that lists what went wrong, then any other names you use, comma-separated. A heading matches when it starts with one of them (case, numbering and bold aside).", () => current().struggleHeadings.join(", "), (raw) =>
						this.headings(raw, "struggleHeadings"),
					),
					text("Action items section", "Heading of the section with your follow-ups, then any other names you use, comma-separated. A heading matches when it starts with one of them.", () => current().actionHeadings.join(", "), (raw) =>
						this.headings(raw, "actionHeadings"),
					),
				],
			},
			gapSettings(current),
			prepSettings(current),
		];
	}

	private headings(raw: string, key: "struggleHeadings" | "actionHeadings"): Partial<GapTrackerSettings> | null {
		const names = splitList(raw);
		const current = this.host.settings[key];
		if (names.length === 0) return refuse(`Give at least one heading; still using "${current.join(", ")}".`);
		const s = this.host.settings;
		const clash = key === "struggleHeadings" ? sectionNameClash(names, s.actionHeadings) : sectionNameClash(s.struggleHeadings, names);
		if (clash) {
			return refuse(`"${clash.struggle}" and "${clash.action}" would both match one heading, so struggles and action items would mix; still using "${current.join(", ")}".`);
		}
		return { [key]: names };
	}

	/** Refuses paths that cannot be in the vault; saves the rest, and says which name no folder yet (suggesting the vault's spelling). */
	private excludedFolders(raw: string): Partial<GapTrackerSettings> | null {
		const typed = splitList(raw);
		for (const f of typed) {
			const problem = excludedFolderProblem(f);
			if (problem) return refuse(`${problem}; still excluding "${this.host.settings.excludeFolders.join(", ")}".`);
		}
		// Vault paths use `/` on every system; `Interviews\Old` copied from Explorer names the same folder.
		const folders = typed.map((f) => f.replace(/\\/g, "/").replace(/^\/+|\/+$/g, ""));
		const missing = folders.filter((f) => !(this.app.vault.getAbstractFileByPath(f) instanceof TFolder));
		if (missing.length > 0) {
			const hints = missing.map((f) => {
				const spelt = existingCase(this.app, f);
				return spelt !== f && this.app.vault.getAbstractFileByPath(spelt) instanceof TFolder ? `"${f}" (did you mean "${spelt}"?)` : `"${f}"`;
			});
			new Notice(`No folder ${hints.join(", ")} in this vault yet; notes in it will be skipped once it exists.`);
		}
		return { excludeFolders: folders };
	}

	/** Names the dictionary patterns the matcher skips: when the tab opens, and when Obsidian 1.13+ indexes it for search at load. */
	private warnAboutDictionary(): void {
		const message = dictionaryNotice(this.host.settings);
		if (message) new Notice(message);
	}

	/** Every row saves through the host, which rebuilds the index or themes the change affects. */
	private renderRow(setting: Setting, row: SettingsRow): void {
		renderRow(setting, row, (patch) => this.host.updateSettings(patch));
	}
}
