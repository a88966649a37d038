import { Notice, Plugin } from "obsidian";
import type { GapTrackerSettings } from "./core/settings";
import { isRecord, normalizeSettings, readSettings, unusableSettingsNotice } from "./core/settings-normalize";
import { registerTrackerCodeBlock } from "./obsidian/code-block";
import { registerCommands } from "./obsidian/commands";
import { paneToggle } from "./obsidian/check-sync";
import { GapIndex } from "./obsidian/gap-index";
import { registerPrepCommands } from "./obsidian/prep-commands";
import { openNoteAtLine } from "./obsidian/open-note";
import { revealTracker } from "./obsidian/reveal-tracker";
import { GapTrackerSettingTab } from "./obsidian/settings-tab";
import { PrepSync } from "./obsidian/sync-service";
import { ThemeSource } from "./obsidian/theme-source";
import { DEFAULT_THEME_SETTINGS } from "./core/themes/theme-settings";
import type { TrackerContext } from "./ui/tracker-context";
import { TRACKER_ICON, TrackerView, VIEW_TYPE_TRACKER } from "./ui/tracker-view";

/** Settings whose change means the notes must be read again. */
const INDEX_KEYS: readonly (keyof GapTrackerSettings)[] = ["tag", "struggleHeadings", "actionHeadings", "metaHeadings", "excludeFolders"];
/** Settings whose change means the themes must be computed again (the notes need not be read). */
const THEME_KEYS = Object.keys(DEFAULT_THEME_SETTINGS) as (keyof GapTrackerSettings)[];

/** Lifecycle only: the parts are built in their own modules and registered here. */
export default class InterviewGapTrackerPlugin extends Plugin {
	settings!: GapTrackerSettings;
	index!: GapIndex;
	private themes!: ThemeSource;
	private tab!: GapTrackerSettingTab;
	/** data.json's values this version cannot use as written, by key (see `ReadSettings.kept`). */
	private kept: Record<string, unknown> = {};
	/** The Notice last given for them: a sync bringing the same data.json back does not repeat it. */
	private toldUnusable = "";

	async onload(): Promise<void> {
		this.take(await this.loadStored());
		// Registers its events now and reads notes only once the layout is ready.
		this.index = this.addChild(new GapIndex(this.app, () => this.settings));
		const themes = (this.themes = this.addChild(new ThemeSource(this.index, () => this.settings)));
		this.addChild(new PrepSync(this.app, () => this.settings));
		const ctx: TrackerContext = {
			data: this.index,
			tag: () => this.settings.tag,
			sectionNames: () => ({ struggles: this.settings.struggleHeadings[0] ?? "", actions: this.settings.actionHeadings[0] ?? "" }),
			themes: () => themes.current(),
			onThemesChanged: (listener) => themes.subscribe(listener),
			openTracker: () => void revealTracker(this.app.workspace),
			hooks: {
				open: (path, line, evt) => void openNoteAtLine(this.app, path, line, evt),
				themesOfStruggle: (path, line) => themes.current()?.themesOfStruggle(path, line) ?? [],
				onToggle: paneToggle({ app: this.app, settings: () => this.settings, interview: (path) => this.index.get(path) }),
			},
		};
		this.registerView(VIEW_TYPE_TRACKER, (leaf) => new TrackerView(leaf, ctx));
		registerCommands(this, {
			openTracker: () => revealTracker(this.app.workspace),
			rebuildIndex: async () => {
				await this.index.rebuild();
				return this.index.interviews().length;
			},
		});
		registerPrepCommands(this, { index: this.index, themes: () => themes.now(), settings: () => this.settings });
		this.addRibbonIcon(TRACKER_ICON, "Open gap tracker", () => void revealTracker(this.app.workspace));
		this.addSettingTab((this.tab = new GapTrackerSettingTab(this.app, this, this)));
		registerTrackerCodeBlock(this, ctx);
	}

	/**
	 * data.json as loaded, or null when it cannot be read (sync conflict markers make it invalid
	 * JSON): the plugin then starts on the defaults rather than not at all. Nothing writes data.json
	 * until the user changes a setting, so the file stays there to be mended.
	 */
	private async loadStored(): Promise<unknown> {
		try {
			return await this.loadData();
		} catch (e) {
			console.error("Interview gap tracker: reading the settings failed", e);
			new Notice(`Interview Gap Tracker could not read its settings (${errorText(e)}), so it uses the defaults; data.json is left as it is until you change a setting.`);
			return null;
		}
	}

	/**
	 * Saves a settings change while applying it: the index is rebuilt when the change affects which
	 * notes or sections are read, the themes when it affects how they are found. A failed save
	 * (read-only config, a sync conflict) is told, and the change still applies until restart:
	 * the index and the settings in memory must never disagree.
	 */
	async updateSettings(patch: Partial<GapTrackerSettings>): Promise<void> {
		const before = this.settings;
		this.settings = normalizeSettings({ ...this.settings, ...patch });
		for (const key of Object.keys(patch)) delete this.kept[key];
		const saved = this.saveData({ ...this.settings, ...this.kept }).catch((e: unknown) => {
			console.error("Interview gap tracker: saving the settings failed", e);
			new Notice(`Could not save the settings (${errorText(e)}); the change applies until Obsidian restarts.`);
		});
		await this.apply(before);
		await saved;
	}

	/** Obsidian Sync (or another device) changed data.json: take it, so the next edit here does not write the old values back. */
	async onExternalSettingsChange(): Promise<void> {
		// Read first: an edit in the tab during the read must be what the comparison starts from.
		let data: unknown;
		try {
			data = await this.loadData();
		} catch (e) {
			console.warn("Interview gap tracker: reading the synced settings failed; keeping the current ones", e);
			return;
		}
		// Mid-sync, data.json can read as nothing (null) or half-written: taking that would reset every
		// setting, and the next edit would save the defaults over the user's.
		if (!isRecord(data)) return;
		const before = this.settings;
		this.take(data);
		this.tab.refresh();
		await this.apply(before);
	}

	/** Takes data.json's settings, and says once which of its values cannot be used as written. */
	private take(data: unknown): void {
		const read = readSettings(data);
		this.settings = read.settings;
		this.kept = read.kept;
		const notice = read.problems.length > 0 ? unusableSettingsNotice(read.problems) : "";
		if (notice && notice !== this.toldUnusable) new Notice(notice);
		this.toldUnusable = notice;
	}

	private async apply(before: GapTrackerSettings): Promise<void> {
		const changed = (k: keyof GapTrackerSettings) => JSON.stringify(before[k]) !== JSON.stringify(this.settings[k]);
		if (THEME_KEYS.some(changed)) this.themes.invalidate();
		// A cold index is built once the layout is ready, from the settings of that moment; building it
		// now would read every note while Obsidian is still starting.
		if (INDEX_KEYS.some(changed) && this.index.state !== "cold") await this.index.rebuild();
	}
}

function errorText(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
