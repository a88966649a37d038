/** @jest-environment jsdom */
import type { ViewStateResult } from "obsidian";
import { PAGE_SIZE } from "../../src/ui/tracker-view";
import { NoteBuilder } from "../fakes/note-builder";
import { openTracker, type ViewHarness } from "./view-harness";

/** 130 interviews at 3 companies, each with one struggle and one open action item. */
const COMPANIES = ["Acme", "Globex", "Initech"];
const notes = Array.from({ length: 130 }, (_, i) => {
	const day = String((i % 28) + 1).padStart(2, "0");
	const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, "0");
	return new NoteBuilder(`Interviews/2025-${month}-${day} n${i}.md`).company(COMPANIES[i % 3] ?? "").struggle(`Struggle ${i}`).action(`Action ${i}`).build();
});

const entries = (el: HTMLElement, section: string) => el.querySelectorAll(`.igt-section-${section} .igt-entry`).length;
const more = (el: HTMLElement, section: string) => el.querySelector<HTMLButtonElement>(`.igt-section-${section} > .igt-more`);
const shownMore = (el: HTMLElement, section: string) => {
	const b = more(el, section);
	return b && b.style.display !== "none" ? b.textContent : null;
};

async function setState(h: ViewHarness, state: Record<string, unknown>): Promise<HTMLElement> {
	await h.view.setState({ ...h.view.getState(), ...state }, {} as ViewStateResult);
	return h.settle();
}

describe("the pane shows a page of interviews at a time", () => {
	test("grouped by interview: one page, then 'Show more' adds a page", async () => {
		const h = await openTracker(notes);
		const el = await h.settle();
		expect(entries(el, "actions")).toBe(PAGE_SIZE);
		expect(shownMore(el, "actions")).toBe(`Show more (${130 - PAGE_SIZE} left)`);
		more(el, "actions")?.click();
		expect(entries(el, "actions")).toBe(2 * PAGE_SIZE);
		expect(shownMore(el, "actions")).toBe(`Show more (${130 - 2 * PAGE_SIZE} left)`);
	});

	test("grouped by company, three groups hold every interview: still one page of interviews, not all 130", async () => {
		const h = await openTracker(notes);
		const el = await setState(h, { groupBy: "company" });
		expect(el.querySelectorAll(".igt-section-actions .igt-group").length).toBeLessThanOrEqual(3);
		expect(entries(el, "actions")).toBe(PAGE_SIZE);
		expect(shownMore(el, "actions")).toBe(`Show more (${130 - PAGE_SIZE} left)`);
		more(el, "actions")?.click();
		more(el, "actions")?.click();
		expect(entries(el, "actions")).toBe(130);
		expect(shownMore(el, "actions")).toBeNull();
	});

	test("a new filter or grouping starts again at the first page", async () => {
		const h = await openTracker(notes);
		let el = await h.settle();
		more(el, "actions")?.click();
		expect(entries(el, "actions")).toBe(2 * PAGE_SIZE);
		el = await setState(h, { filter: { ...(h.view.getState().filter as object), search: "action" } });
		expect(entries(el, "actions")).toBe(PAGE_SIZE);
		more(el, "actions")?.click();
		el = await setState(h, { groupBy: "company" });
		expect(entries(el, "actions")).toBe(PAGE_SIZE);
	});

	test("an edit keeps the pages the user opened", async () => {
		const h = await openTracker(notes);
		const el = await h.settle();
		more(el, "actions")?.click();
		const file = h.app.vault.getFileByPath(notes[0]?.path ?? "");
		if (!file) throw new Error("no note");
		await h.app.vault.modify(file, (notes[0]?.text ?? "").replace("Action 0", "Action zero"));
		await h.settle();
		expect(entries(el, "actions")).toBe(2 * PAGE_SIZE);
	});

	test("a filter change rebuilds only the entries whose items changed", async () => {
		const h = await openTracker(notes);
		await h.settle();
		const renderer = (h.view as unknown as { renderer: { lastBuilt: number } }).renderer;
		// Every struggle matches "struggle": the struggle entries that stay show the same, so none is rebuilt.
		await setState(h, { filter: { ...(h.view.getState().filter as object), search: "struggle" } });
		expect(renderer.lastBuilt).toBe(0);
	});

	test("clearing a filter again reuses the entries the filter hid (picking a gap and back, a search cleared)", async () => {
		const h = await openTracker(notes);
		const el = await h.settle();
		const renderer = (h.view as unknown as { renderer: { lastBuilt: number } }).renderer;
		const first = el.querySelector(".igt-section-actions .igt-entry");
		const filter = h.view.getState().filter as object;
		await setState(h, { filter: { ...filter, search: "Action 7" } });
		expect(entries(el, "actions")).toBeLessThan(PAGE_SIZE);
		await setState(h, { filter: { ...filter, search: "" } });
		expect(renderer.lastBuilt).toBe(0);
		expect(entries(el, "actions")).toBe(PAGE_SIZE);
		expect(el.querySelector(".igt-section-actions .igt-entry")).toBe(first);
	});
});
