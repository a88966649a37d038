/**
 * The browser harness: `window.e2e` boots a fake Obsidian app in this page, loads the production
 * `main.js` as Obsidian does, and exposes what the Node-side tests drive and measure.
 */
import type { PluginManifest } from "obsidian";
import vaultFiles from "e2e:vault-files";
import { App, MetadataCache, Notice, type Component, type Events, type Plugin, type TFile } from "../../fakes/obsidian";
import type { BootOptions, E2eApi, EditTiming, ListenerCounts } from "./api";
import { attachLeavesToFrame, buildFrame } from "./app-frame";
import { globalListenerCount, trackGlobalListeners } from "./global-listeners";
import { createObsidianModule, drawnSetIcon } from "./obsidian-module";
import { installPalette, paletteCommands } from "./palette";

let app: App | null = null;
let plugin: Plugin | null = null;
let obsidianModule: Record<string, unknown> | null = null;
const pluginNames = new Map<string, string>();

// Before any plugin code runs, so every listener it adds is seen.
trackGlobalListeners();

function must<T>(v: T | null, what: string): T {
	if (v === null) throw new Error(`e2e: ${what} is not ready (call boot/loadPlugin first)`);
	return v;
}

/** Handlers registered on one of the fake's event buses (the fake keeps them in a private map). */
function handlerCount(bus: Events): number {
	const map = (bus as unknown as { handlers: Map<string, unknown[]> }).handlers;
	let n = 0;
	for (const list of map.values()) n += list.length;
	return n;
}

async function loadFiles(options: BootOptions): Promise<Record<string, string> | { path: string; text: string }[]> {
	if (options.files.kind === "examples") return vaultFiles;
	const res = await window.fetch(options.files.url);
	return (await res.json()) as { path: string; text: string }[];
}

/** Obsidian's `require` for plugins: only the modules the app provides. */
function pluginRequire(name: string): unknown {
	if (name === "obsidian") return must(obsidianModule, "obsidian module");
	throw new Error(`Cannot find module '${name}'`);
}

/** Runs `component.load()` and waits for the (possibly async) `onload` it calls. */
async function loadAndWait(component: Component): Promise<void> {
	const own = component as unknown as { onload: () => unknown };
	const onload = own.onload;
	let result: unknown;
	own.onload = function (this: unknown) {
		result = onload.call(this);
		return result;
	};
	try {
		component.load();
	} finally {
		delete (own as Partial<typeof own>).onload;
	}
	await result;
}

function file(path: string): TFile {
	const f = must(app, "app").vault.getFileByPath(path);
	if (!f) throw new Error(`e2e: no file '${path}'`);
	return f;
}

/** Resolves when `selector` matches (checked after every DOM mutation), then forces layout. */
function whenRendered(selector: string, ok: (el: Element) => boolean = () => true): Promise<number> {
	return new Promise((resolve) => {
		const done = (): boolean => {
			const el = document.querySelector(selector);
			if (!el || !ok(el)) return false;
			void document.body.offsetHeight;
			resolve(performance.now());
			return true;
		};
		if (done()) return;
		const observer = new MutationObserver(() => {
			if (done()) observer.disconnect();
		});
		observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
	});
}

const api: E2eApi = {
	async boot(options) {
		document.body.addClass(options.theme === "dark" ? "theme-dark" : "theme-light");
		const frame = buildFrame(options.phone);
		obsidianModule = createObsidianModule(frame.ribbon);
		attachLeavesToFrame(drawnSetIcon);
		const platform = (obsidianModule.Platform ?? {}) as Record<string, boolean>;
		platform.isMobile = platform.isPhone = platform.isMobileApp = options.phone;
		platform.isDesktop = platform.isDesktopApp = !options.phone;
		app = new App({ files: await loadFiles(options) });
		installPalette(app, pluginNames);
	},
	async loadPlugin() {
		const a = must(app, "app");
		const [code, manifest] = await Promise.all([window.fetch("/main.js").then((r) => r.text()), window.fetch("/manifest.json").then((r) => r.json() as Promise<PluginManifest>)]);
		const module = { exports: {} as Record<string, unknown> };
		// Only here, in the test harness: this is how Obsidian itself evaluates a plugin's main.js.
		// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the one place main.js becomes code, as in Obsidian
		const factory = new Function("module", "exports", "require", code) as (m: unknown, e: unknown, r: unknown) => void;
		factory(module, module.exports, pluginRequire);
		const Ctor = (module.exports.default ?? module.exports) as new (app: App, manifest: PluginManifest) => Plugin;
		pluginNames.set(manifest.id, manifest.name);
		plugin = new Ctor(a, manifest);
		await loadAndWait(plugin);
	},
	layoutReady() {
		must(app, "app").workspace.setLayoutReady();
	},
	async unloadPlugin() {
		must(plugin, "plugin").unload();
		plugin = null;
		await new Promise((r) => window.setTimeout(r, 0));
	},
	listenerCounts(): ListenerCounts {
		const a = must(app, "app");
		return { vault: handlerCount(a.vault), metadataCache: handlerCount(a.metadataCache), workspace: handlerCount(a.workspace), globalDom: globalListenerCount() };
	},
	commandNames() {
		return paletteCommands(must(app, "app"), pluginNames).map((c) => c.label);
	},
	runCommand(name) {
		const a = must(app, "app");
		const cmd = [...a.commands.commands.values()].find((c) => c.name === name);
		return cmd ? a.commands.executeCommandById(cmd.id) : false;
	},
	read(path) {
		return must(app, "app").vault.contentOf(path) ?? null;
	},
	async modify(path, text) {
		await must(app, "app").vault.modify(file(path), text);
	},
	async openNote(path) {
		await must(app, "app").workspace.getLeaf(false).openFile(file(path));
	},
	detachLeavesOfType(viewType) {
		must(app, "app").workspace.detachLeavesOfType(viewType);
	},
	paths() {
		return must(app, "app").vault.getFiles().map((f) => f.path).sort();
	},
	setTheme(theme) {
		document.body.toggleClass("theme-dark", theme === "dark");
		document.body.toggleClass("theme-light", theme === "light");
	},
	notices() {
		return [...Notice.shown];
	},
	openedLinks() {
		return must(app, "app").workspace.openedLinks.map((l) => ({ linktext: l.linktext, line: typeof l.eState?.line === "number" ? l.eState.line : null }));
	},
	async timeEditToPane(path, text, selector, expectText): Promise<EditTiming> {
		const waits: { requested: number; started: number }[] = [];
		// eslint-disable-next-line @typescript-eslint/unbound-method -- restored below, called with `window`
		const raf = window.requestAnimationFrame;
		window.requestAnimationFrame = (cb) => {
			const requested = performance.now();
			return raf.call(window, (ts) => {
				waits.push({ requested, started: performance.now() });
				cb(ts);
			});
		};
		// The plugin's part only: `changed` fires inside the write, without Obsidian's own parse delay.
		MetadataCache.sync = true;
		try {
			const t0 = performance.now();
			const rendered = whenRendered(selector, (el) => (el.textContent ?? "").includes(expectText));
			await must(app, "app").vault.modify(file(path), text);
			const t1 = await rendered;
			// The frame that rendered is the last one to start before the DOM matched.
			const last = waits.filter((w) => w.started <= t1).pop();
			return { wallMs: t1 - t0, frameWaitMs: last ? last.started - last.requested : 0 };
		} finally {
			window.requestAnimationFrame = raf;
			MetadataCache.sync = false;
		}
	},
	async timeOpenToRender(commandName, selector) {
		const t0 = performance.now();
		const rendered = whenRendered(selector);
		if (!api.runCommand(commandName)) throw new Error(`e2e: no command '${commandName}'`);
		return (await rendered) - t0;
	},
};

window.e2e = api;
