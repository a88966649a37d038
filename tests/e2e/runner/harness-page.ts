/**
 * One browser page running the harness: boots the fake app, loads the production plugin and
 * collects every console error and page error so a scenario can assert there were none.
 */
import type { Page } from "playwright-core";
import type { BootOptions, EditTiming, ListenerCounts } from "../shim/api";
import { launchChromium, type LaunchedBrowser } from "./browser";
import { bundleShim } from "./bundle";
import { startServer, type HarnessServer } from "./server";

export interface PageOptions {
	theme?: "light" | "dark";
	phone?: boolean;
	viewport?: { width: number; height: number };
	files?: BootOptions["files"];
	/** Load main.js and fire layout-ready (default true). */
	plugin?: boolean;
}

/** The browser, the server and the shim bundle, shared by the pages of one test file. */
export class E2eEnv {
	private constructor(
		readonly browser: LaunchedBrowser,
		readonly server: HarnessServer,
	) {}

	/** `extra`: more JSON routes for the server, e.g. `{ "/corpus.json": "[...]" }`. */
	static async start(extra: Record<string, string> = {}): Promise<E2eEnv> {
		const shim = await bundleShim();
		const server = await startServer(shim, extra);
		try {
			return new E2eEnv(await launchChromium(), server);
		} catch (e) {
			await server.close();
			throw e;
		}
	}

	async open(options: PageOptions = {}): Promise<HarnessPage> {
		const page = await this.browser.context.newPage();
		await page.setViewportSize(options.viewport ?? (options.phone ? { width: 375, height: 800 } : { width: 1280, height: 900 }));
		const hp = new HarnessPage(page);
		await page.goto(this.server.url + "/");
		const boot: BootOptions = { files: options.files ?? { kind: "examples" }, phone: options.phone ?? false, theme: options.theme ?? "light" };
		await page.evaluate((o) => window.e2e.boot(o), boot);
		if (options.plugin !== false) {
			await hp.loadPlugin();
			await hp.layoutReady();
		}
		return hp;
	}

	async close(): Promise<void> {
		await this.browser.close();
		await this.server.close();
	}
}

export class HarnessPage {
	/** Console errors and uncaught page errors, in order. */
	readonly errors: string[] = [];

	constructor(readonly page: Page) {
		page.on("console", (msg) => {
			if (msg.type() === "error" || msg.type() === "warning") this.errors.push(`console.${msg.type()}: ${msg.text()}`);
		});
		page.on("pageerror", (err) => this.errors.push(`pageerror: ${err.message}`));
	}

	loadPlugin(): Promise<void> {
		return this.page.evaluate(() => window.e2e.loadPlugin());
	}
	layoutReady(): Promise<void> {
		return this.page.evaluate(() => window.e2e.layoutReady());
	}
	unloadPlugin(): Promise<void> {
		return this.page.evaluate(() => window.e2e.unloadPlugin());
	}
	listenerCounts(): Promise<ListenerCounts> {
		return this.page.evaluate(() => window.e2e.listenerCounts());
	}
	commandNames(): Promise<string[]> {
		return this.page.evaluate(() => window.e2e.commandNames());
	}
	read(path: string): Promise<string | null> {
		return this.page.evaluate((p) => window.e2e.read(p), path);
	}
	modify(path: string, text: string): Promise<void> {
		return this.page.evaluate((a) => window.e2e.modify(a.path, a.text), { path, text });
	}
	openNote(path: string): Promise<void> {
		return this.page.evaluate((p) => window.e2e.openNote(p), path);
	}
	detachLeavesOfType(viewType: string): Promise<void> {
		return this.page.evaluate((t) => window.e2e.detachLeavesOfType(t), viewType);
	}
	paths(): Promise<string[]> {
		return this.page.evaluate(() => window.e2e.paths());
	}
	setTheme(theme: "light" | "dark"): Promise<void> {
		return this.page.evaluate((t) => window.e2e.setTheme(t), theme);
	}
	notices(): Promise<string[]> {
		return this.page.evaluate(() => window.e2e.notices());
	}
	openedLinks(): Promise<{ linktext: string; line: number | null }[]> {
		return this.page.evaluate(() => window.e2e.openedLinks());
	}
	timeEditToPane(path: string, text: string, selector: string, expectText: string): Promise<EditTiming> {
		return this.page.evaluate((a) => window.e2e.timeEditToPane(a.path, a.text, a.selector, a.expectText), { path, text, selector, expectText });
	}
	timeOpenToRender(commandName: string, selector: string): Promise<number> {
		return this.page.evaluate((a) => window.e2e.timeOpenToRender(a.commandName, a.selector), { commandName, selector });
	}

	/** Runs a command the way a user does: Ctrl+P, type its name, Enter. */
	async palette(name: string): Promise<void> {
		await this.page.keyboard.press("Control+P");
		const input = this.page.locator(".e2e-palette .prompt-input");
		await input.fill(name);
		await this.page.locator(".e2e-palette .suggestion-item.is-selected").waitFor();
		await input.press("Enter");
	}

	async close(): Promise<void> {
		await this.page.close();
	}
}
