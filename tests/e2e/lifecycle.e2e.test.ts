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
		// Playwright's first waitForFunction installs its helper script in the page, with window
		// listeners of its own (hit-target checks): run one before taking the baseline.
		await hp.page.waitForFunction(() => true);
		const before = await hp.listenerCounts();
		await hp.loadPlugin();
		await hp.layoutReady();
		await hp.palette("Open gap tracker");
		await hp.page.locator(".igt-count-interviews").waitFor();
		await hp.page.locator(".igt-search").fill("kafka");
		// Every service at work once: the themes (gaps section), a tick through sync, the prep modal.
		await hp.page.locator(".igt-section-gaps .igt-gap").first().waitFor();
		await hp.page.locator(".igt-search").fill("");
		const seed = "Interviews/2025-11-23 Shopee promotion team.md";
		const before0 = (await hp.read(seed)) ?? "";
		await hp.page.locator(`.igt-section-actions .igt-entry[data-path="${seed}"] .igt-step input.igt-check`).first().click();
		await hp.page.waitForFunction((a) => window.e2e.read(a.path) !== a.text, { path: seed, text: before0 });
		await hp.palette("Create prep note for an upcoming interview");
		await hp.page.locator(".igt-prep-modal").waitFor();
		await hp.page.keyboard.press("Escape");
		await hp.page.locator(".igt-prep-modal").waitFor({ state: "detached" });
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
