/**
 * Ticking a step in the pane. While checkbox sync is not wired (RenderHooks.onToggle absent) the
 * boxes must be read-only and a click must not touch the note; once it is, a click must change
 * exactly that line's status character in the note and nothing else.
 */
import { cliScan } from "./runner/cli-scan";
import { E2eEnv, type HarnessPage } from "./runner/harness-page";

const VIEW = '.workspace-leaf-content[data-type="interview-gap-tracker"]';

let env: E2eEnv;
let hp: HarnessPage;
beforeAll(async () => {
	env = await E2eEnv.start();
});
afterAll(async () => {
	await env?.close();
});
afterEach(async () => {
	expect(hp.errors).toEqual([]);
	await hp.close();
});

test("clicking an open step's checkbox ticks exactly that status character in the note", async () => {
	const iv = cliScan().find((i) => i.actionItems.some((a) => a.steps.some((s) => s.status === " ")));
	const step = iv?.actionItems.flatMap((a) => a.steps).find((s) => s.status === " ");
	if (!iv || !step) throw new Error("example vault changed: no open step left");
	hp = await env.open();
	await hp.palette("Open gap tracker");
	const row = hp.page.locator(`${VIEW} .igt-section-actions .igt-entry[data-path="${iv.path}"] .igt-step`).filter({ hasText: step.text });
	const box = row.locator("input.igt-check");
	await box.waitFor();
	const before = (await hp.read(iv.path)) ?? "";
	const lines = before.split("\n");
	const target = lines[step.line - 1] ?? "";
	expect(target).toContain(`[ ] ${step.text}`);

	if (await box.isDisabled()) {
		// Sync not wired yet: read-only, with a tooltip saying so, and the note untouched.
		expect(await box.getAttribute("title")).toMatch(/not available yet/);
		await box.click({ force: true });
		await hp.page.waitForTimeout(200);
		expect(await hp.read(iv.path)).toBe(before);
		return;
	}
	await box.click();
	lines[step.line - 1] = target.replace("[ ]", "[x]");
	const expected = lines.join("\n");
	await hp.page.waitForFunction((a) => window.e2e.read(a.path) !== a.before, { path: iv.path, before });
	expect(await hp.read(iv.path)).toBe(expected);
	await row.locator("input.igt-check:checked").waitFor();
});
