import { Notice, PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { normalizeTagSetting, type GapTrackerSettings } from "../core/settings";
import { splitList } from "../core/settings-normalize";
import { addPrepSettings } from "./prep-settings-section";

/** What the tab needs from the plugin: the settings and a way to change them (which rebuilds the index). */
export interface SettingsHost {
	settings: GapTrackerSettings;
	updateSettings(patch: Partial<GapTrackerSettings>): Promise<void>;
}

/**
 * The plugin's settings. Text fields commit on blur or Enter (the `change` event), not on every
 * keystroke, so a half-typed tag never triggers a rebuild of the index.
 */
export class GapTrackerSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: SettingsHost,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const s = this.host.settings;
		new Setting(containerEl).setName("Interview notes").setHeading();
		this.textSetting("Tag", "Notes with this tag (in properties or in the text) are interview notes. Nested tags count too.", s.tag, (raw) => {
			const tag = normalizeTagSetting(raw);
			if (!tag) return this.refuse(`The tag cannot be empty; still using #${this.host.settings.tag}`);
			return { tag };
		});
		this.textSetting(
			"Excluded folders",
			"Comma-separated folders whose notes are never indexed. Folders starting with a dot are always skipped.",
			s.excludeFolders.join(", "),
			(raw) => ({ excludeFolders: splitList(raw).map((f) => f.replace(/^\/+|\/+$/g, "")) }),
		);
		new Setting(containerEl).setName("Sections").setHeading();
		this.textSetting(
			"Struggles section",
			"Heading of the section that lists what went wrong, then any other names you use, comma-separated.",
			s.struggleHeadings.join(", "),
			(raw) => this.headings(raw, "struggleHeadings"),
		);
		this.textSetting(
			"Action items section",
			"Heading of the section with your follow-ups, then any other names you use, comma-separated.",
			s.actionHeadings.join(", "),
			(raw) => this.headings(raw, "actionHeadings"),
		);
		addPrepSettings(containerEl, () => this.host.settings, (name, desc, value, toPatch) => this.textSetting(name, desc, value, toPatch));
	}

	private headings(raw: string, key: "struggleHeadings" | "actionHeadings"): Partial<GapTrackerSettings> | null {
		const names = splitList(raw);
		if (names.length === 0) return this.refuse(`Give at least one heading; still using "${this.host.settings[key].join(", ")}"`);
		return { [key]: names };
	}

	private refuse(message: string): null {
		new Notice(message);
		return null;
	}

	/** A text field whose committed value is turned into a patch; null keeps the old value. */
	private textSetting(name: string, desc: string, value: string, toPatch: (raw: string) => Partial<GapTrackerSettings> | null): void {
		new Setting(this.containerEl)
			.setName(name)
			.setDesc(desc)
			.addText((text) => {
				text.setValue(value);
				text.inputEl.addEventListener("change", () => {
					const patch = toPatch(text.getValue());
					if (!patch) {
						text.setValue(value);
						return;
					}
					value = text.getValue();
					void this.host.updateSettings(patch);
				});
			});
	}
}
