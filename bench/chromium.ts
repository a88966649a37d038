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
 * - search_chromium_ms: the redraw once the search box's debounce fires (a word typed), layout
 *   included, without the 150 ms wait itself; median of 7.
 * - gap_pick_chromium_ms: a click on the top recurring gap's name (the pane shows only that gap's
 *   struggles and items) until redrawn and laid out; median of 7.
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
		const search: number[] = [];
		const gapPick: number[] = [];
		await hp.page.locator(`${VIEW} .igt-gap-name.is-clickable`).first().waitFor({ timeout: 60_000 });
		for (let i = 0; i < 7; i++) {
			groupBy.push(await timeSelect(hp.page, "Group by", "company", "interview"));
			status.push(await timeSelect(hp.page, "Status", "open", "all"));
			search.push(await timeSearch(hp.page, "kafka"));
			gapPick.push(await timeGapPick(hp.page));
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
			search_chromium_ms: round(median(search)),
			gap_pick_chromium_ms: round(median(gapPick)),
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

/**
 * Types `word` into the search box and times the redraw its debounce timer runs, layout included:
 * the timer is caught as it is set and run at once, so the 150 ms wait is not counted. Then clears
 * the box the same way, untimed.
 */
function timeSearch(page: Page, word: string): Promise<number> {
	return page.evaluate(
		({ view, word }) => {
			const box = document.querySelector<HTMLInputElement>(`${view} input.igt-search`);
			if (!box) throw new Error("bench: no search box");
			const type = (value: string): number => {
				const real = window.setTimeout.bind(window);
				let caught: (() => void) | null = null;
				window.setTimeout = ((fn: () => void) => {
					caught = fn;
					return 0;
				}) as typeof window.setTimeout;
				try {
					box.value = value;
					box.dispatchEvent(new Event("input"));
				} finally {
					window.setTimeout = real;
				}
				const run = caught as (() => void) | null;
				if (!run) throw new Error("bench: the search box set no timer");
				const t0 = performance.now();
				run();
				void document.body.offsetHeight;
				return performance.now() - t0;
			};
			const ms = type(word);
			type("");
			return ms;
		},
		{ view: VIEW, word },
	);
}

/** Clicks the top gap's name (filter to it), layout included; a second click clears it, untimed. */
function timeGapPick(page: Page): Promise<number> {
	return page.evaluate((view) => {
		const name = () => document.querySelector<HTMLElement>(`${view} .igt-gap-name.is-clickable`);
		const first = name();
		if (!first) throw new Error("bench: no gap to pick");
		const t0 = performance.now();
		first.click();
		void document.body.offsetHeight;
		const ms = performance.now() - t0;
		const active = document.querySelector<HTMLElement>(`${view} .igt-gap-name[aria-pressed="true"]`);
		if (!active) throw new Error("bench: the gap was not picked");
		active.click();
		return ms;
	}, VIEW);
}

function round(ms: number): number {
	return Math.round(ms * 10) / 10;
}
