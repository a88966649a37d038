/**
 * The pane as a user sees it, with the production main.js on the example vault: its figures agree
 * with the CLI, it follows edits, filters narrow it, and it fits a phone-width screen.
 */
import { cliScan, type ScanInterview } from "./runner/cli-scan";
import type { HarnessPage, PageOptions } from "./runner/harness-page";
import { pagePerTest } from "./runner/page-per-test";
import { clippedText, horizontalOverflow } from "./runner/layout";

const GRAB = "Interviews/2025-09-18 Grab payments phone screen.md";
const VIEW = '.workspace-leaf-content[data-type="interview-gap-tracker"]';

let scan: ScanInterview[];
let hp: HarnessPage;
const openPage = pagePerTest();

beforeAll(() => {
	scan = cliScan();
});

async function openPane(options: PageOptions = {}): Promise<HarnessPage> {
	const page = await openPage(options);
	await page.palette("Open gap tracker");
	await page.page.locator(`${VIEW} .igt-item`).first().waitFor();
	return page;
}

function countText(hp: HarnessPage, which: "interviews" | "open" | "done"): Promise<string> {
	return hp.page.locator(`${VIEW} .igt-count-${which}`).textContent().then((t) => t ?? "");
}

/** `data-path`s of the entries shown in one section, in order. */
function entryPaths(hp: HarnessPage, section: "actions" | "struggles"): Promise<string[]> {
	return hp.page.locator(`${VIEW} .igt-section-${section} .igt-entry`).evaluateAll((els) => els.map((e) => e.getAttribute("data-path") ?? ""));
}

test("counts and every interview's items match the CLI scan of the same vault", async () => {
	hp = await openPane();
	const actions = scan.flatMap((iv) => iv.actionItems);
	expect(await countText(hp, "interviews")).toBe(`${scan.length} interviews`);
	expect(await countText(hp, "open")).toBe(`${actions.filter((a) => !a.done).length} open`);
	expect(await countText(hp, "done")).toBe(`${actions.filter((a) => a.done).length} done`);
	expect((await entryPaths(hp, "actions")).sort()).toEqual(scan.filter((iv) => iv.actionItems.length > 0).map((iv) => iv.path).sort());
	expect((await entryPaths(hp, "struggles")).sort()).toEqual(scan.filter((iv) => iv.struggles.length > 0).map((iv) => iv.path).sort());
	for (const iv of scan) {
		const entry = (section: string) => hp.page.locator(`${VIEW} .igt-section-${section} .igt-entry[data-path="${iv.path}"]`);
		const titles = await entry("actions").locator(".igt-item-title").allTextContents();
		expect(titles).toEqual(iv.actionItems.map((a) => a.title));
		const steps = await entry("actions").locator(".igt-step").count();
		expect(steps).toBe(iv.actionItems.reduce((n, a) => n + a.steps.length, 0));
		expect(await entry("struggles").locator(".igt-struggle-title").allTextContents()).toEqual(iv.struggles.map((s) => s.title));
	}
});

test("editing a note through the vault updates exactly its entry", async () => {
	hp = await openPane();
	const before = (await hp.read(GRAB)) ?? "";
	const other = hp.page.locator(`${VIEW} .igt-section-actions .igt-entry`).filter({ hasNot: hp.page.locator(`[data-path="${GRAB}"]`) }).first();
	await other.evaluate((el) => el.setAttribute("data-e2e-kept", "yes"));
	const edited = before.replace("- [ ] Study payment idempotency patterns", "- [ ] Study idempotency keys end to end").replace("## What went well", "## What went well\n");
	await hp.modify(GRAB, edited.replace("## Action Items\n", "## Action Items\n\n- [ ] Rehearse the retry design out loud\n"));
	const entry = hp.page.locator(`${VIEW} .igt-section-actions .igt-entry[data-path="${GRAB}"]`);
	await entry.getByText("Study idempotency keys end to end").waitFor();
	await expect(entry.getByText("Study payment idempotency patterns").count()).resolves.toBe(0);
	await expect(entry.locator(".igt-item-title").first().textContent()).resolves.toBe("Rehearse the retry design out loud");
	const open = scan.flatMap((iv) => iv.actionItems).filter((a) => !a.done).length;
	expect(await countText(hp, "open")).toBe(`${open + 1} open`);
	// Other interviews keep their DOM (the renderer is keyed).
	await expect(hp.page.locator(`${VIEW} [data-e2e-kept="yes"]`).count()).resolves.toBe(1);
});

test("after an edit and the theme analysis that follows it, other entries keep their DOM and the pane its scroll", async () => {
	hp = await openPane();
	const content = hp.page.locator(`${VIEW} .view-content`);
	const scrollTop = await content.evaluate((el) => {
		el.scrollTop = Math.floor((el.scrollHeight - el.clientHeight) / 2);
		return el.scrollTop;
	});
	expect(scrollTop).toBeGreaterThan(100);
	const marked = await hp.page.locator(`${VIEW} .igt-entry`).evaluateAll((els, grab) => {
		const others = els.filter((e) => e.getAttribute("data-path") !== grab);
		for (const e of others) e.setAttribute("data-e2e-kept", "yes");
		return others.length;
	}, GRAB);
	const text = (await hp.read(GRAB)) ?? "";
	await hp.modify(GRAB, text.replace("- [ ] Study payment idempotency patterns", "- [ ] Study idempotency keys end to end"));
	await hp.page.locator(`${VIEW} .igt-entry[data-path="${GRAB}"]`).getByText("Study idempotency keys end to end").waitFor();
	// The themes are recomputed 400 ms after the last edit; give that time to land and redraw.
	await hp.page.waitForTimeout(1200);
	await expect(hp.page.locator(`${VIEW} [data-e2e-kept="yes"]`).count()).resolves.toBe(marked);
	await expect(content.evaluate((el) => el.scrollTop)).resolves.toBe(scrollTop);
	await hp.modify(GRAB, text);
});

test("a note that loses its tag leaves the pane", async () => {
	hp = await openPane();
	const text = (await hp.read(GRAB)) ?? "";
	expect(text).toContain("  - real-interview\n");
	await hp.modify(GRAB, text.replace("  - real-interview\n", ""));
	await hp.page.locator(`${VIEW} .igt-count-interviews`).getByText(`${scan.length - 1} interviews`).waitFor();
	await expect(hp.page.locator(`${VIEW} .igt-entry[data-path="${GRAB}"]`).count()).resolves.toBe(0);
	// Links to it elsewhere (the recurring-gaps chips follow a debounced recompute) go too.
	await hp.page.waitForFunction((sel) => document.querySelector(sel) === null, `${VIEW} [data-path="${GRAB}"]`, { timeout: 5000 });
	await hp.modify(GRAB, text);
	await hp.page.locator(`${VIEW} .igt-section-actions .igt-entry[data-path="${GRAB}"]`).waitFor();
});

test("company, status, date range and search filters narrow the pane; 'Clear filters' restores it", async () => {
	hp = await openPane();
	const view = hp.page.locator(VIEW);
	await view.locator('select[aria-label="Company"]').selectOption("Grab");
	const grab = scan.filter((iv) => iv.company === "Grab");
	await view.locator(".igt-count-interviews").getByText(`${grab.length} interview`).waitFor();
	expect((await entryPaths(hp, "struggles")).sort()).toEqual(grab.map((iv) => iv.path).sort());

	await view.locator('select[aria-label="Company"]').selectOption("");
	await view.locator('select[aria-label="Status"]').selectOption("open");
	await view.locator(".igt-item.is-done").first().waitFor({ state: "detached" });
	expect(await view.locator(".igt-item").count()).toBe(scan.flatMap((iv) => iv.actionItems).filter((a) => !a.done).length);

	await view.locator('select[aria-label="Status"]').selectOption("all");
	// A date range keeps the interviews dated inside it.
	const dated2026 = scan.filter((iv) => iv.date !== null && iv.date >= "2026-01-01" && iv.date <= "2026-06-30");
	await view.locator(".igt-date").filter({ hasText: "From" }).locator("input").fill("2026-01-01");
	await view.locator(".igt-date").filter({ hasText: "To" }).locator("input").fill("2026-06-30");
	await view.locator(".igt-count-interviews").getByText(`${dated2026.length} interview`).waitFor();
	expect((await entryPaths(hp, "struggles")).sort()).toEqual(dated2026.filter((iv) => iv.struggles.length > 0).map((iv) => iv.path).sort());
	await view.locator(".igt-date").filter({ hasText: "From" }).locator("input").fill("");
	await view.locator(".igt-date").filter({ hasText: "To" }).locator("input").fill("");
	await view.locator(".igt-count-interviews").getByText(`${scan.length} interviews`).waitFor();

	await view.locator(".igt-search").fill("kafka");
	await view.locator(".igt-struggle-title").getByText("Why Kafka over SQS for the notification service").waitFor();
	await view.locator(".igt-struggle-title").getByText("Idempotency for payment retries").waitFor({ state: "detached" });
	expect(await view.locator(".igt-struggle").count()).toBeLessThan(scan.flatMap((iv) => iv.struggles).length);

	await view.locator(".igt-search").fill("zzqx nothing like this");
	await view.getByText("Nothing matches these filters.").waitFor();
	await view.getByRole("button", { name: "Clear filters" }).click();
	await view.locator(".igt-count-interviews").getByText(`${scan.length} interviews`).waitFor();
	expect(await view.locator(".igt-search").inputValue()).toBe("");
});

test("wiki links in a step read as plain text, and the step still opens its own line", async () => {
	hp = await openPane();
	const step = scan.find((iv) => iv.path === GRAB)?.actionItems.flatMap((a) => a.steps).find((s) => s.text.includes("[[Reading list]]"));
	if (!step) throw new Error("example vault changed: no step linking [[Reading list]]");
	const link = hp.page.locator(`${VIEW} .igt-entry[data-path="${GRAB}"] .igt-step-text`).filter({ hasText: "(see Reading list)" });
	await expect(link.textContent()).resolves.toBe(step.text.replace("[[Reading list]]", "Reading list"));
	await expect(hp.page.locator(`${VIEW} .igt-section-actions`).getByText("[[", { exact: false }).count()).resolves.toBe(0);
	await link.click();
	expect(await hp.openedLinks()).toEqual([{ linktext: GRAB, line: step.line - 1 }]);
});

test("clicking a struggle opens its note at that line", async () => {
	hp = await openPane();
	const s = scan.find((iv) => iv.path === GRAB)?.struggles[1];
	if (!s) throw new Error("example vault changed: the Grab note has no second struggle");
	await hp.page.locator(`${VIEW} .igt-struggle-title`).getByText(s.title).click();
	expect(await hp.openedLinks()).toEqual([{ linktext: GRAB, line: s.line - 1 }]);
	await hp.page.locator(".mod-root .e2e-note-text").getByText(s.title).first().waitFor();
});

test("at phone width (375px) nothing in the pane overflows or clips, gaps section included", async () => {
	hp = await openPane({ phone: true });
	const long = "A-very-long-unbreakable-struggle-title-".repeat(4) + "end";
	const text = (await hp.read(GRAB)) ?? "";
	await hp.modify(GRAB, text.replace("- Idempotency for payment retries", `- ${long}`));
	await hp.page.locator(`${VIEW} .igt-struggle-title`).getByText(long).waitFor();
	await hp.page.locator(`${VIEW} .igt-section-gaps .igt-gap`).first().waitFor();
	const content = hp.page.locator(`${VIEW} .view-content`);
	for (const groupBy of ["interview", "company"]) {
		await hp.page.locator(`${VIEW} select[aria-label="Group by"]`).selectOption(groupBy);
		expect(await horizontalOverflow(content)).toEqual([]);
	}
	// Every filter shows its whole label, e.g. "All companies", and the gap badges their word.
	expect(await clippedText(content, "select, .igt-gap-badge, .igt-count-interviews, .igt-section-title")).toEqual([]);
	// With a gap picked (its filter icon added to the row) it still fits.
	await hp.page.locator(`${VIEW} .igt-gap-name`).first().click();
	await hp.page.locator(`${VIEW} .igt-gap.is-active`).waitFor();
	expect(await horizontalOverflow(content)).toEqual([]);
	expect(await hp.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("at phone width the prep modal fits the screen", async () => {
	hp = await openPane({ phone: true });
	await hp.palette("Create prep note for an upcoming interview");
	const modal = hp.page.locator(".modal-container .modal");
	await modal.locator(".igt-prep-modal input").first().waitFor();
	const box = await modal.boundingBox();
	expect(box?.x).toBeGreaterThanOrEqual(0);
	expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
	expect(await horizontalOverflow(modal)).toEqual([]);
	await modal.locator('input[aria-label="Date"]').fill("");
	await modal.locator('input[aria-label="Date"]').press("Enter");
	await modal.locator(".igt-prep-error").filter({ hasText: /\S/ }).first().waitFor();
	expect(await horizontalOverflow(modal)).toEqual([]);
	expect(await hp.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
