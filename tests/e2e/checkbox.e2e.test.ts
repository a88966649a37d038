/**
 * Ticking a step in the pane writes through to the note: exactly that line's status changes
 * (a plain bullet becomes `- [x] …`), every other byte of the file stays, and the pane follows.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator } from "playwright-core";
import { cliScan, type ScanInterview } from "./runner/cli-scan";
import type { HarnessPage } from "./runner/harness-page";
import { pagePerTest } from "./runner/page-per-test";
import { ticked, withLine } from "./runner/text-diff";

const VIEW = '.workspace-leaf-content[data-type="interview-gap-tracker"]';
const SEED = "Interviews/2025-11-23 Shopee promotion team.md";

let scan: ScanInterview[];
let hp: HarnessPage;
const openPage = pagePerTest({ noNotices: true });
beforeAll(() => {
	scan = cliScan();
});

type Step = ScanInterview["actionItems"][number]["steps"][number];

function findStep(pick: (iv: ScanInterview, s: Step) => boolean): { iv: ScanInterview; step: Step } {
	for (const iv of scan) for (const a of iv.actionItems) for (const s of a.steps) if (pick(iv, s)) return { iv, step: s };
	throw new Error("example vault changed: no such step");
}

/** Clicks the pane's checkbox of `step` and returns the note's bytes before and after the write. */
async function clickStep(path: string, step: Step): Promise<{ before: string; after: string; box: Locator }> {
	hp = await openPage();
	await hp.palette("Open gap tracker");
	const row = hp.page.locator(`${VIEW} .igt-section-actions .igt-entry[data-path="${path}"] .igt-step`).filter({ hasText: step.text });
	await expect(row.count()).resolves.toBe(1);
	const box = row.locator("input.igt-check");
	await box.waitFor();
	expect(await box.isDisabled()).toBe(false);
	expect(await box.isChecked()).toBe(step.status === "x");
	const before = (await hp.read(path)) ?? "";
	await box.click();
	await hp.page.waitForFunction((a) => window.e2e.read(a.path) !== a.before, { path, before });
	return { before, after: (await hp.read(path)) ?? "", box };
}

test("clicking an open [ ] step ticks exactly that status character in the note", async () => {
	const { iv, step } = findStep((_, s) => s.status === " ");
	const { before, after, box } = await clickStep(iv.path, step);
	const line = before.split("\n")[step.line - 1] ?? "";
	expect(line).toContain(`[ ] ${step.text}`);
	expect(after).toBe(withLine(before, step.line, line.replace("[ ]", "[x]")));
	expect(after.length).toBe(before.length);
	await box.and(hp.page.locator(":checked")).waitFor();
	// The index re-read the note: the step's row is rebuilt as done.
	await hp.page.locator(`${VIEW} .igt-entry[data-path="${iv.path}"] .igt-step.is-done`).filter({ hasText: step.text }).waitFor();
});

test("clicking a plain-bullet step of the seed note turns it into `- [x] …`, nothing else", async () => {
	const { step } = findStep((iv, s) => iv.path === SEED && s.status === null && s.text === "gRPC metadata propagation issues");
	const { before, after } = await clickStep(SEED, step);
	const line = before.split("\n")[step.line - 1] ?? "";
	expect(line).toBe("- gRPC metadata propagation issues");
	expect(after).toBe(withLine(before, step.line, ticked(line)));
	expect(after.split("\n")[step.line - 1]).toBe("- [x] gRPC metadata propagation issues");
	const done = hp.page.locator(`${VIEW} .igt-entry[data-path="${SEED}"] .igt-step.is-done`);
	await done.filter({ hasText: step.text }).waitFor();
	await expect(done.count()).resolves.toBe(1);
	// The CLI reads the edited note the same way: the bullet is now a ticked step.
	expect(cliScanOf(after, step.line)).toBe("x");
});

test("unticking a done step writes `[ ]` back and the pane shows it open", async () => {
	const { iv, step } = findStep((_, s) => s.status === "x");
	const { before, after } = await clickStep(iv.path, step);
	const line = before.split("\n")[step.line - 1] ?? "";
	expect(after).toBe(withLine(before, step.line, line.replace(/\[[xX]\]/, "[ ]")));
	await hp.page.locator(`${VIEW} .igt-entry[data-path="${iv.path}"] .igt-step:not(.is-done)`).filter({ hasText: step.text }).first().waitFor();
});

/** The status the CLI's parser gives the step at `line` of the seed note with `text` as its bytes. */
function cliScanOf(text: string, line: number): string | null {
	const dir = mkdtempSync(join(tmpdir(), "igt-e2e-vault-"));
	try {
		mkdirSync(join(dir, "Interviews"));
		writeFileSync(join(dir, SEED), text);
		const steps = cliScan(dir).flatMap((iv) => iv.actionItems.flatMap((a) => a.steps));
		return steps.find((s) => s.line === line)?.status ?? null;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
