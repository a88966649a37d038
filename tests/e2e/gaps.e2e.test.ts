/**
 * The "Recurring gaps" section in Chromium: it fills in once the theme analysis is ready (after
 * the lists have painted), and a gap's name filters the whole pane to that gap and back.
 */
import { cliScan } from "./runner/cli-scan";
import type { HarnessPage } from "./runner/harness-page";
import { pagePerTest } from "./runner/page-per-test";

const VIEW = '.workspace-leaf-content[data-type="interview-gap-tracker"]';
const GAPS = `${VIEW} .igt-section-gaps`;

let hp: HarnessPage;
const openPage = pagePerTest();

async function openWithGaps(): Promise<HarnessPage> {
	const page = await openPage();
	await page.palette("Open gap tracker");
	await page.page.locator(`${GAPS} .igt-gap`).first().waitFor();
	return page;
}

/** "3 struggles in 2 interviews" → [3, 2]. */
function counts(summary: string): [number, number] {
	const m = /^(\d+) struggles? in (\d+) interviews?$/.exec(summary);
	if (!m) throw new Error(`unexpected gap summary '${summary}'`);
	return [Number(m[1]), Number(m[2])];
}

test("renders ranked gaps with a status badge, counts, chips and a timeline dot per dated interview", async () => {
	hp = await openWithGaps();
	const gaps = hp.page.locator(GAPS);
	await expect(gaps.locator(".igt-section-title").textContent()).resolves.toBe("Recurring gaps");
	const rows = gaps.locator(".igt-gap");
	const shown = await rows.count();
	expect(shown).toBeGreaterThan(0);
	expect(shown).toBeLessThanOrEqual(5);
	const total = Number(await gaps.locator(".igt-section-head .igt-count").textContent());
	expect(total).toBeGreaterThanOrEqual(shown);
	const dated = new Map(cliScan().map((iv) => [iv.path, iv]));
	for (let i = 0; i < shown; i++) {
		const row = rows.nth(i);
		await expect(row.locator(".igt-gap-name").textContent()).resolves.toMatch(/\S/);
		await expect(row.locator(".igt-gap-badge").textContent()).resolves.toMatch(/^(Recurring|New|Improving|Regressed)$/);
		const [, interviews] = counts((await row.locator(".igt-gap-count").textContent()) ?? "");
		const chips = await row.locator(".igt-gap-chip").evaluateAll((els) => els.map((e) => e.getAttribute("data-path") ?? ""));
		const earlier = Number(/\+(\d+)/.exec((await row.locator(".igt-gap-earlier").allTextContents()).join(""))?.[1] ?? 0);
		expect(new Set(chips).size + earlier).toBe(interviews);
		for (const p of chips) expect(dated.has(p)).toBe(true);
		// One dot per dated interview, except that interviews too close to tell apart share a larger dot.
		const dots = await row.locator("circle.igt-timeline-dot").evaluateAll((els) => els.map((e) => ({ date: e.getAttribute("data-date") ?? "", count: Number(e.getAttribute("data-count") ?? 1) })));
		const chipDates = chips.map((p) => dated.get(p)?.date).filter((d): d is string => !!d);
		if (earlier === 0) {
			expect(dots.reduce((n, d) => n + d.count, 0)).toBe(chipDates.length);
			for (const d of dots) expect(chipDates).toContain(d.date);
		}
	}
	if (total > shown) {
		await gaps.getByRole("button", { name: `Show all (${total})` }).click();
		await expect(rows.count()).resolves.toBe(total);
	}
});

test("clicking a gap's name filters the pane to its struggles; clicking again shows everything", async () => {
	hp = await openWithGaps();
	const view = hp.page.locator(VIEW);
	const struggles = view.locator(".igt-section-struggles .igt-struggle");
	const all = await struggles.count();
	const row = hp.page.locator(`${GAPS} .igt-gap`).first();
	const name = (await row.locator(".igt-gap-name").textContent()) ?? "";
	const id = (await row.getAttribute("data-theme-id")) ?? "";
	const [inGap, interviews] = counts((await row.locator(".igt-gap-count").textContent()) ?? "");
	expect(inGap).toBeLessThan(all);

	await row.locator(".igt-gap-name").click();
	const active = hp.page.locator(`${GAPS} .igt-gap.is-active[data-theme-id="${id}"]`);
	await active.waitFor();
	await expect(active.locator(".igt-gap-name").getAttribute("aria-pressed")).resolves.toBe("true");
	await expect(view.locator('select[aria-label="Theme"]').inputValue()).resolves.toBe(id);
	await expect(struggles.count()).resolves.toBe(inGap);
	await expect(view.locator(".igt-section-struggles .igt-entry").count()).resolves.toBe(interviews);
	// Every struggle left carries the gap's chip.
	for (const chips of await struggles.evaluateAll((els) => els.map((e) => Array.from(e.querySelectorAll(".igt-chip")).map((c) => c.textContent)))) expect(chips).toContain(name);

	await active.locator(".igt-gap-name").click();
	await active.waitFor({ state: "detached" });
	await expect(struggles.count()).resolves.toBe(all);
	await expect(view.locator('select[aria-label="Theme"]').inputValue()).resolves.toBe("");
});

test("a timeline dot opens the gap's struggle in that interview, the same line as its chip", async () => {
	hp = await openWithGaps();
	const row = hp.page.locator(`${GAPS} .igt-gap`).first();
	const dot = row.locator("circle.igt-timeline-dot.is-link").last();
	const date = (await dot.getAttribute("data-date")) ?? "";
	const interview = cliScan().find((iv) => iv.date === date);
	if (!interview) throw new Error(`no interview dated ${date}`);
	const chip = row.locator(`.igt-gap-chip[data-path="${interview.path}"]`);
	const line = Number(await chip.getAttribute("data-line"));
	await dot.click();
	expect(await hp.openedLinks()).toEqual([{ linktext: interview.path, line: line - 1 }]);
});

test("the keyboard works too: Enter on a focused gap name filters, Enter again clears", async () => {
	hp = await openWithGaps();
	const name = hp.page.locator(`${GAPS} .igt-gap-name`).first();
	const gapName = await name.textContent();
	const struggles = () => hp.page.locator(".igt-section-struggles .igt-entry").count();
	const all = await struggles();
	await name.focus();
	await hp.page.keyboard.press("Enter");
	await hp.page.locator(`${GAPS} .igt-gap.is-active`).waitFor();
	const active = hp.page.locator(`${GAPS} .igt-gap.is-active .igt-gap-name`);
	expect(await active.textContent()).toBe(gapName);
	expect(await active.getAttribute("aria-pressed")).toBe("true");
	expect(await struggles()).toBeLessThan(all);
	await active.focus();
	await hp.page.keyboard.press("Enter");
	await hp.page.locator(`${GAPS} .igt-gap.is-active`).waitFor({ state: "detached" });
	expect(await struggles()).toBe(all);
});
