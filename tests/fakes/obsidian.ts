/**
 * THE fake of the `obsidian` module (jest maps `obsidian` here). Plain TypeScript without
 * test-runner calls, so jest tests, jsdom view tests and the browser harness (bundled with
 * esbuild) share it. Add symbols only when code under test needs them. Test helpers that the
 * real API lacks are marked "Test helper" in their doc comments.
 */
import { installDomHelpers } from "./fake-dom";

export { installDomHelpers } from "./fake-dom";
export { Component, Events, type EventRef } from "./fake-events";
export { getAllTags, parseCachedMetadata, parseFrontMatterTags } from "./fake-metadata-parse";
export { FileManager } from "./fake-file-manager";
export { MetadataCache } from "./fake-metadata-cache";
export { App, createPostProcessorContext, Plugin, type AppOptions } from "./fake-plugin";
export {
	ButtonComponent,
	debounce,
	DropdownComponent,
	Keymap,
	MarkdownRenderChild,
	MarkdownRenderer,
	Modal,
	normalizePath,
	Notice,
	Platform,
	PluginSettingTab,
	setIcon,
	Setting,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	type Debouncer,
} from "./fake-ui";
export { TAbstractFile, TFile, TFolder, Vault, type VaultOptions } from "./fake-vault";
export { ItemView, MarkdownView, View, Workspace, WorkspaceLeaf, type ViewCreator } from "./fake-workspace";

// Obsidian installs its DOM helpers before any plugin code runs; under jsdom, so does the fake.
installDomHelpers();
