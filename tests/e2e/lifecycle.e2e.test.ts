/** The production main.js loads, opens its pane from the palette and unloads without leaving anything behind. */
import { E2eEnv, type HarnessPage } from "./runner/harness-page";

let env: E2eEnv;
beforeAll(async () => {
	env = await E2eEnv.start();
});
afterAll(async () => {
	await env?.close();
});

describe("plugin lifecycle in Chromium", () => {
	let hp: HarnessPage;
	afterEach(async () => {
		await hp?.close();
	});

	test("loads, registers its commands and ribbon icon, without console errors", async () => {
		hp = await env.open();
		const names = await hp.commandNames();
		expect(names).toEqual(expect.arrayContaining(["Interview Gap Tracker: Open gap tracker", "Interview Gap Tracker: Rebuild gap index"]));
		await expect(hp.page.locator('.side-dock-actions [aria-label="Open gap tracker"]').count()).resolves.toBe(1);
		expect(hp.errors).toEqual([]);
	});

	test("the palette's 'Open gap tracker' opens the pane in the right sidebar, once", async () => {
		hp = await env.open();
		await hp.palette("Open gap tracker");
		const pane = hp.page.locator('.mod-right-split .workspace-leaf-content[data-type="interview-gap-tracker"]');
		await pane.locator(".igt-count-interviews").waitFor();
		await hp.palette("gap tracker open");
		await expect(hp.page.locator('.workspace-leaf-content[data-type="interview-gap-tracker"]').count()).resolves.toBe(1);
		expect(hp.errors).toEqual([]);
	});

	test("unloading removes the pane, commands, ribbon icon and every listener it added", async () => {
		hp = await env.open({ plugin: false });
		const before = await hp.listenerCounts();
		await hp.loadPlugin();
		await hp.layoutReady();
		await hp.palette("Open gap tracker");
		await hp.page.locator(".igt-count-interviews").waitFor();
		await hp.page.locator(".igt-search").fill("kafka");
		const loaded = await hp.listenerCounts();
		expect(loaded.metadataCache).toBeGreaterThan(before.metadataCache);
		expect(loaded.vault).toBeGreaterThan(before.vault);

		await hp.unloadPlugin();
		expect(await hp.listenerCounts()).toEqual(before);
		await expect(hp.page.locator(".igt-view").count()).resolves.toBe(0);
		await expect(hp.page.locator(".side-dock-ribbon-action").count()).resolves.toBe(0);
		expect(await hp.commandNames()).toEqual([]);
		expect(hp.errors).toEqual([]);
	});
});
