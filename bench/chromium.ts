/**
 * The pane in Chromium with the 20,000-note corpus (issue 7): the production main.js in the e2e
 * harness, timed inside the page with performance.now().
 * - first_render_chromium_ms: "Open gap tracker" (index warm) until the pane's entries are in the
 *   DOM and laid out; median of 7 opens.
 * - edit_to_pane_chromium_ms: vault.modify of one visible interview until its entry shows the new
 *   text, layout included, minus the idle wait for the next animation frame (the index coalesces
 *   updates per frame); median of 21 edits. The wall figure with that wait is reported beside it.
 * - group_by_company_chromium_ms, status_filter_chromium_ms: one change of the header's "Group by"
 *   (to company) or "Status" (to open) select until the pane is redrawn and laid out; median of 7.
 * - index_ready_chromium_ms: wall time from opening the page until the pane counts every
 *   interview. Context only: most of it is the harness (fetching the corpus, the fake metadata
 *   cache parsing all 20,000 notes as Obsidian would before layout-ready), not the plugin.
 */
import type { Page } from "playwright-core";
import { E2eEnv } from "../tests/e2e/runner/harness-page";
import type { BenchCorpus } from "./corpus";
import { median } from "./timing";

const VIEW = '.workspace-leaf-content[data-type="interview-gap-tracker"]';
const ENTRY = `${VIEW} .igt-section-actions .igt-entry`;

export async function run(corpus: BenchCorpus): Promise<Record<string, number>> {
	const env = await E2eEnv.start({ "/corpus.json": JSON.stringify(corpus.notes) });
	try {
		const t0 = Date.now();
		const hp = await env.open({ files: { kind: "url", url: "/corpus.json" } });
		await hp.palette("Open gap tracker");
		await hp.page.locator(`${VIEW} .igt-count-interviews`).getByText(`${corpus.interviewPaths.length} interviews`).waitFor({ timeout: 120_000 });
		const indexReady = Date.now() - t0;

		const opens: number[] = [];
		for (let i = 0; i < 7; i++) {
			await hp.detachLeavesOfType("interview-gap-tracker");
			opens.push(await hp.timeOpenToRender("Open gap tracker", ENTRY));
		}

		const groupBy: number[] = [];
		const status: number[] = [];
		for (let i = 0; i < 7; i++) {
			groupBy.push(await timeSelect(hp.page, "Group by", "company", "interview"));
			status.push(await timeSelect(hp.page, "Status", "open", "all"));
		}

		const path = (await hp.page.locator(ENTRY).first().getAttribute("data-path")) ?? "";
		const title = (await hp.page.locator(`${ENTRY} .igt-item-title`).first().textContent()) ?? "";
		const original = (await hp.read(path)) ?? "";
		if (!original.includes(title)) throw new Error(`bench: '${title}' not found in ${path}`);
		const work: number[] = [];
		const wall: number[] = [];
		for (let i = 0; i < 21; i++) {
			const marker = `${title} (rev ${i})`;
			const t = await hp.timeEditToPane(path, original.replace(title, marker), `${ENTRY}[data-path="${path}"]`, marker);
			wall.push(t.wallMs);
			work.push(t.wallMs - t.frameWaitMs);
		}
		if (hp.errors.length > 0) throw new Error(`bench: page errors: ${hp.errors.join("; ")}`);
		await hp.close();
		return {
			first_render_chromium_ms: round(median(opens)),
			edit_to_pane_chromium_ms: round(median(work)),
			edit_to_pane_chromium_wall_ms: round(median(wall)),
			group_by_company_chromium_ms: round(median(groupBy)),
			status_filter_chromium_ms: round(median(status)),
			index_ready_chromium_ms: indexReady,
		};
	} finally {
		await env.close();
	}
}

/**
 * One header select changed to `to` (the pane redraws in the change handler), layout included;
 * then set back to `back`, untimed.
 */
function timeSelect(page: Page, label: string, to: string, back: string): Promise<number> {
	return page.evaluate(
		({ view, label, to, back }) => {
			const sel = document.querySelector<HTMLSelectElement>(`${view} select[aria-label="${label}"]`);
			if (!sel) throw new Error(`bench: no ${label} select`);
			const set = (v: string) => {
				sel.value = v;
				sel.dispatchEvent(new Event("change"));
				void document.body.offsetHeight;
			};
			const t0 = performance.now();
			set(to);
			const ms = performance.now() - t0;
			set(back);
			return ms;
		},
		{ view: VIEW, label, to, back },
	);
}

function round(ms: number): number {
	return Math.round(ms * 10) / 10;
}
