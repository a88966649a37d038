/**
 * The contract between the browser harness (`window.e2e`, built from this folder) and the Node
 * side that drives it with playwright. Plain data only crosses the boundary.
 */

/** Where the vault's notes come from: the example vault bundled at build time, or a URL of JSON `{path,text}[]`. */
export type FilesSource = { kind: "examples" } | { kind: "url"; url: string };

export interface BootOptions {
	files: FilesSource;
	/** Lays the app out as on a phone: the right sidebar is a full-width drawer. */
	phone: boolean;
	theme: "light" | "dark";
}

/** Listeners still attached to the app's event buses and to window/document/body. */
export interface ListenerCounts {
	vault: number;
	metadataCache: number;
	workspace: number;
	/** DOM listeners on window, document and body (the ones a view could leak). */
	globalDom: number;
}

/** Wall time of an edit reaching the DOM, and how much of it was spent idle waiting for the next frame. */
export interface EditTiming {
	wallMs: number;
	frameWaitMs: number;
}

export interface E2eApi {
	/** Builds the app frame and the vault; must run first. */
	boot(options: BootOptions): Promise<void>;
	/** Fetches the production `main.js` and loads it as Obsidian does (CommonJS, `require('obsidian')`). */
	loadPlugin(): Promise<void>;
	/** What Obsidian does when it has restored the workspace. */
	layoutReady(): void;
	/** Disables the plugin: `unload()` and the plugin's views detached. */
	unloadPlugin(): Promise<void>;
	listenerCounts(): ListenerCounts;
	/** Command names as the palette shows them ("Plugin: Command"). */
	commandNames(): string[];
	/** Runs a command by the name the palette shows (without the plugin prefix); false if none. */
	runCommand(name: string): boolean;
	/** The current bytes of a note, or null. */
	read(path: string): string | null;
	/** Writes a note through `vault.modify` (fires metadataCache `changed`). */
	modify(path: string, text: string): Promise<void>;
	/** Opens a note in the main area, as clicking it in the file explorer would. */
	openNote(path: string): Promise<void>;
	/** Closes every leaf showing `viewType`. */
	detachLeavesOfType(viewType: string): void;
	/** Paths of every file in the vault. */
	paths(): string[];
	/** Switches `body.theme-light`/`body.theme-dark`, as Obsidian's appearance setting does. */
	setTheme(theme: "light" | "dark"): void;
	/** Messages of every notice shown so far. */
	notices(): string[];
	/** Every link the plugin asked the workspace to open. */
	openedLinks(): { linktext: string; line: number | null }[];
	/** Times a `vault.modify` until `selector` shows `expectText` (layout included). */
	timeEditToPane(path: string, text: string, selector: string, expectText: string): Promise<EditTiming>;
	/** Times from running "Open gap tracker" to `selector` being in the DOM and one frame painted. */
	timeOpenToRender(commandName: string, selector: string): Promise<number>;
}

declare global {
	interface Window {
		e2e: E2eApi;
	}
}
