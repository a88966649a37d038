/**
 * Screenshots of the pane in both themes, wide and phone-width, for people to look at
 * (tests/e2e/screenshots/, gitignored). Each also checks the pane rendered without errors.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { E2eEnv } from "./runner/harness-page";

const OUT = join(__dirname, "screenshots");
const SEED = "Interviews/2025-11-23 Shopee promotion team.md";

let env: E2eEnv;
beforeAll(async () => {
	mkdirSync(OUT, { recursive: true });
	env = await E2eEnv.start();
});
afterAll(async () => {
	await env?.close();
});

const CASES = [
	{ name: "wide", phone: false },
	{ name: "narrow", phone: true },
] as const;

describe.each(CASES)("pane screenshot, $name", ({ name, phone }) => {
	test.each(["light", "dark"] as const)("%s", async (theme) => {
		const hp = await env.open({ theme, phone });
		try {
			await hp.palette("Open gap tracker");
			await hp.page.locator(".igt-view .igt-item").first().waitFor();
			// The gaps section fills in after the first paint, once the themes are computed.
			await hp.page.locator(".igt-view .igt-gap").first().waitFor();
			// A note open in the main area, as it would be while the user works.
			if (!phone) await hp.openNote(SEED);
			await hp.page.screenshot({ path: join(OUT, `pane-${theme}-${name}.png`) });
			await hp.page.locator(".mod-right-split").screenshot({ path: join(OUT, `pane-${theme}-${name}-sidebar.png`) });
			// Scrolled down to the action items of the seed note (plain-bullet steps, heading items).
			await hp.page.locator(`.igt-section-actions .igt-group:has(.igt-entry[data-path="${SEED}"])`).evaluate((el) => el.scrollIntoView({ block: "start" }));
			await hp.page.locator(".mod-right-split").screenshot({ path: join(OUT, `pane-${theme}-${name}-actions.png`) });
			expect(hp.errors).toEqual([]);
		} finally {
			await hp.close();
		}
	});
});
