/** @jest-environment jsdom */
import type { App as ObsidianApp } from "obsidian";
import type { PrepOptions } from "../../src/core/prep/render-prep-note";
import { PrepNoteModal, type PrepModalOptions } from "../../src/ui/prep-modal";
import { App, Notice } from "../fakes/obsidian";

const blank = { company: "", role: "", date: "2026-08-01", stage: "" };

function open(over: Partial<PrepModalOptions> = {}) {
	Notice.reset();
	const submitted: PrepOptions[] = [];
	const modal = new PrepNoteModal(new App() as unknown as ObsidianApp, {
		title: "Prep note for an upcoming interview",
		companies: ["Grab", "Shopee"],
		initial: blank,
		submit: async (o) => {
			submitted.push(o);
			return true;
		},
		...over,
	});
	document.body.appendChild(modal.containerEl);
	modal.open();
	const input = (label: string) => modal.contentEl.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`) as HTMLInputElement;
	const errorOf = (label: string) => document.getElementById(input(label).getAttribute("aria-describedby") ?? "") as HTMLElement;
	const type = (label: string, value: string) => {
		input(label).value = value;
		input(label).dispatchEvent(new Event("input", { bubbles: true }));
	};
	const key = (label: string, k: string) => input(label).dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
	return { modal, submitted, input, errorOf, type, key, isOpen: () => (modal as unknown as { isOpen: boolean }).isOpen };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("PrepNoteModal", () => {
	it("explains a bad date next to the field and does not submit", async () => {
		const m = open();
		m.type("Company", "Shopee");
		m.type("Date", "2026-13-01");
		m.key("Date", "Enter");
		await settle();
		expect(m.submitted).toEqual([]);
		expect(m.isOpen()).toBe(true);
		expect(m.errorOf("Date").textContent).toBe("2026-13-01 is not a real calendar date.");
		expect(m.errorOf("Date").isShown()).toBe(true);
		expect(m.input("Date").getAttribute("aria-invalid")).toBe("true");
		expect(m.errorOf("Company").isShown()).toBe(false);
		expect(document.activeElement).toBe(m.input("Date"));
		expect(Notice.shown).toEqual([]);
	});

	it("clears the message as soon as the date is fixed", () => {
		const m = open();
		m.type("Date", "1 Aug");
		m.key("Date", "Enter");
		expect(m.errorOf("Date").textContent).toMatch(/not in the form YYYY-MM-DD/);
		m.type("Date", "2026-08-0");
		expect(m.errorOf("Date").isShown()).toBe(true);
		m.type("Date", "2026-08-02");
		expect(m.errorOf("Date").isShown()).toBe(false);
		expect(m.input("Date").getAttribute("aria-invalid")).toBeNull();
	});

	it("asks for a company", async () => {
		const m = open();
		m.key("Role", "Enter");
		await settle();
		expect(m.errorOf("Company").textContent).toBe("Enter the company you are interviewing with.");
		expect(document.activeElement).toBe(m.input("Company"));
		expect(m.submitted).toEqual([]);
	});

	it("submits on Enter with the cleaned values and closes", async () => {
		const m = open();
		m.type("Company", "  Shopee ");
		m.type("Role", "Backend engineer");
		m.type("Stage", "Hiring manager");
		m.key("Stage", "Enter");
		m.key("Stage", "Enter");
		await settle();
		expect(m.submitted).toEqual([{ company: "Shopee", role: "Backend engineer", date: "2026-08-01", stage: "Hiring manager" }]);
		expect(m.isOpen()).toBe(false);
	});

	it("stays open when writing failed, so the user can retry", async () => {
		const m = open({ submit: async () => false });
		m.type("Company", "Shopee");
		m.key("Company", "Enter");
		await settle();
		expect(m.isOpen()).toBe(true);
		expect(m.modal.contentEl.querySelector("button")?.hasAttribute("disabled")).toBe(false);
	});

	it("Escape closes without submitting", async () => {
		const m = open();
		m.type("Company", "Shopee");
		m.key("Company", "Escape");
		await settle();
		expect(m.isOpen()).toBe(false);
		expect(m.submitted).toEqual([]);
	});

	it("keeps the calendar and the typed date in step", () => {
		const m = open();
		const picker = m.modal.contentEl.querySelector<HTMLInputElement>('input[type="date"]') as HTMLInputElement;
		expect(picker.value).toBe("2026-08-01");
		picker.value = "2026-09-15";
		picker.dispatchEvent(new Event("change"));
		expect(m.input("Date").value).toBe("2026-09-15");
		m.type("Date", "2026-10-02");
		expect(picker.value).toBe("2026-10-02");
		m.type("Date", "2026-10");
		expect(picker.value).toBe("");
	});

	it("suggests the indexed companies and pre-fills what it is given", () => {
		const m = open({ initial: { company: "Grab", role: "Backend", date: "2026-08-01", stage: "" } });
		const list = document.getElementById(m.input("Company").getAttribute("list") ?? "");
		expect(list?.tagName).toBe("DATALIST");
		expect([...(list?.querySelectorAll("option") ?? [])].map((o) => o.value)).toEqual(["Grab", "Shopee"]);
		expect(m.input("Company").value).toBe("Grab");
		expect(m.input("Role").value).toBe("Backend");
		expect(document.activeElement).toBe(m.input("Date"));
	});
});
