/**
 * "Create prep note for an upcoming interview" as a user runs it: palette, modal, Enter. The note
 * lands in `Interview prep/` and opens; ticking one of its copied steps (an edit of the prep note,
 * as the editor makes it) ticks the step's source line and changes no other byte of the source.
 */
import type { HarnessPage } from "./runner/harness-page";
import { pagePerTest } from "./runner/page-per-test";
import { lineOf, ticked, withLine } from "./runner/text-diff";

const VIEW = '.workspace-leaf-content[data-type="interview-gap-tracker"]';
const SEED = "Interviews/2025-11-23 Shopee promotion team.md";
const MODAL = ".modal-container .igt-prep-modal";

let hp: HarnessPage;
const openPage = pagePerTest();

async function prepNotes(): Promise<string[]> {
	return (await hp.paths()).filter((p) => p.startsWith("Interview prep/"));
}

/** Fills the modal the way a user does and submits with Enter from the date field. */
async function fillAndSubmit(company: string, date: string): Promise<void> {
	const modal = hp.page.locator(MODAL);
	await modal.waitFor();
	await modal.locator('input[aria-label="Company"]').fill(company);
	const dateInput = modal.locator('input[aria-label="Date"]');
	await dateInput.fill(date);
	await dateInput.press("Enter");
}

test("the modal creates the prep note in 'Interview prep/', opens it, and a tick there ticks the source", async () => {
	hp = await openPage();
	await hp.palette("Open gap tracker");
	await hp.page.locator(`${VIEW} .igt-item`).first().waitFor();
	expect(await prepNotes()).toEqual([]);
	const seedBefore = (await hp.read(SEED)) ?? "";

	await hp.palette("Create prep note for an upcoming interview");
	await fillAndSubmit("Shopee", "2026-01-15");
	await hp.page.waitForFunction(() => window.e2e.paths().some((p) => p.startsWith("Interview prep/")));
	await hp.page.locator(MODAL).waitFor({ state: "detached" });
	const [prepPath, ...more] = await prepNotes();
	expect(more).toEqual([]);
	expect(prepPath).toBe("Interview prep/2026-01-15 Shopee prep.md");
	const prep = (await hp.read(prepPath ?? "")) ?? "";
	// Opened in the main area.
	await expect(hp.page.locator(".mod-root .e2e-note-text").textContent()).resolves.toBe(prep);

	// The copy of a plain-bullet step of the seed note, linked to it by a block id.
	const copy = prep.split("\n").find((l) => l.includes("Pause before asking"));
	const id = /\[\[Interviews\/2025-11-23 Shopee promotion team#\^(igt-[A-Za-z0-9-]+)\|/.exec(copy ?? "")?.[1];
	expect(copy).toMatch(/^\s*- \[ \] /);
	if (!copy || !id) throw new Error(`no linked copy of the step in the prep note:\n${prep}`);

	// Creating the note gave the carried source lines block ids and changed nothing else there.
	const source = (await hp.read(SEED)) ?? "";
	const sourceLine = lineOf(source, `^${id}`);
	expect(source.split("\n")[sourceLine - 1]).toBe(`- Pause before asking ^${id}`);
	expect(source.replace(/ \^igt-[A-Za-z0-9-]+$/gm, "")).toBe(seedBefore);

	// Tick the copy as the editor would: one write of the prep note.
	await hp.modify(prepPath ?? "", withLine(prep, lineOf(prep, copy), ticked(copy)));
	await hp.page.waitForFunction((a) => window.e2e.read(a.path) !== a.before, { path: SEED, before: source });
	expect(await hp.read(SEED)).toBe(withLine(source, sourceLine, `- [x] Pause before asking ^${id}`));
	// The pane follows the source.
	await hp.page.locator(`${VIEW} .igt-entry[data-path="${SEED}"] .igt-step.is-done`).filter({ hasText: "Pause before asking" }).waitFor();
	// The prep note keeps exactly the user's edit (no write-back ping-pong).
	await hp.page.waitForTimeout(300);
	expect(await hp.read(prepPath ?? "")).toBe(withLine(prep, lineOf(prep, copy), ticked(copy)));
});

test("a missing date is explained beside the field and nothing is written; Escape closes", async () => {
	hp = await openPage();
	const before = await hp.paths();
	await hp.palette("Create prep note for an upcoming interview");
	await fillAndSubmit("Shopee", "");
	const error = hp.page.locator(`${MODAL} .igt-prep-error`).filter({ hasText: /\S/ });
	await error.first().waitFor();
	await expect(hp.page.locator(`${MODAL} input[aria-label="Date"]`).getAttribute("aria-invalid")).resolves.toBe("true");
	expect(await hp.paths()).toEqual(before);
	await hp.page.keyboard.press("Escape");
	await hp.page.locator(MODAL).waitFor({ state: "detached" });
	expect(await hp.paths()).toEqual(before);
});
