/**
 * `App` and `Plugin`: the app wires a vault, its metadata cache and a workspace; the plugin
 * records what it registers so tests can run commands, open views and call code-block processors.
 * https://docs.obsidian.md/Reference/TypeScript+API/Plugin
 */
import type { Command, MarkdownPostProcessorContext, PluginManifest } from "obsidian";
import { Component } from "./fake-events";
import { FileManager } from "./fake-file-manager";
import { MetadataCache } from "./fake-metadata-cache";
import { Vault, type VaultOptions } from "./fake-vault";
import { Workspace, type ViewCreator } from "./fake-workspace";

export interface AppOptions extends VaultOptions {
	/** Notes present when the app starts (no events fire for them). */
	files?: Record<string, string> | Iterable<{ path: string; text: string }>;
}

type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	fileManager: FileManager;
	/** Obsidian-internal command registry; `executeCommandById` is what the palette calls. */
	commands = {
		commands: new Map<string, Command>(),
		executeCommandById: (id: string): boolean => {
			const cmd = this.commands.commands.get(id);
			if (!cmd) return false;
			if (cmd.checkCallback) return cmd.checkCallback(false) !== false;
			void cmd.callback?.();
			return true;
		},
	};
	/** Test helper: each plugin's data.json, by plugin id. */
	pluginData = new Map<string, unknown>();

	constructor(options: AppOptions = {}) {
		this.vault = new Vault(options);
		this.metadataCache = new MetadataCache(this.vault);
		this.workspace = new Workspace(this);
		this.fileManager = new FileManager(this);
		if (options.files) this.vault.seed(options.files);
		this.metadataCache.indexAll();
	}
}

export class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	/** Test helper: what `addRibbonIcon` created. */
	ribbonIcons: { icon: string; title: string; el: HTMLElement; callback: (evt: MouseEvent) => unknown }[] = [];
	/** Test helper: what `addSettingTab` received. */
	settingTabs: unknown[] = [];
	/** Test helper: code-block processors by language. */
	codeBlockProcessors = new Map<string, CodeBlockHandler>();

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	/** Like Obsidian: the id is prefixed with the plugin id in the registry. */
	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.app.commands.commands.set(full.id, full);
		this.register(() => this.app.commands.commands.delete(full.id));
		return full;
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = document.createElement("div");
		el.setAttribute("aria-label", title);
		el.addEventListener("click", (e) => callback(e));
		this.ribbonIcons.push({ icon, title, el, callback });
		this.register(() => el.remove());
		return el;
	}

	registerView(type: string, creator: ViewCreator): void {
		this.app.workspace.registerViewType(type, creator);
		this.register(() => this.app.workspace.unregisterViewType(type));
	}

	addSettingTab(tab: unknown): void {
		this.settingTabs.push(tab);
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler): void {
		this.codeBlockProcessors.set(language, handler);
		this.register(() => this.codeBlockProcessors.delete(language));
	}

	async loadData(): Promise<unknown> {
		const data = this.app.pluginData.get(this.manifest.id);
		return data === undefined ? null : (JSON.parse(JSON.stringify(data)) as unknown);
	}

	async saveData(data: unknown): Promise<void> {
		this.app.pluginData.set(this.manifest.id, JSON.parse(JSON.stringify(data)) as unknown);
	}
}

/** Test helper: the context Obsidian hands a code-block processor; `addChild` loads the child, as Obsidian does. */
export function createPostProcessorContext(sourcePath: string): MarkdownPostProcessorContext & { children: Component[] } {
	const children: Component[] = [];
	return {
		docId: "doc-1",
		sourcePath,
		frontmatter: null,
		children,
		addChild(child) {
			children.push(child as unknown as Component);
			(child as unknown as Component).load();
		},
		getSectionInfo: () => null,
	};
}
