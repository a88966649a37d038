/** @jest-environment jsdom */
import { renderGapReport } from "../../src/core/report/render-gap-report";
import { COMMAND_CREATE_PREP_NOTE, COMMAND_EXPORT_GAP_REPORT, COMMAND_PREP_FROM_INTERVIEW } from "../../src/obsidian/prep-commands";
import { PrepNoteModal } from "../../src/ui/prep-modal";
import { NoteBuilder } from "../fakes/note-builder";
import { Notice } from "../fakes/obsidian";
import { flush, openedPath, prepHarness } from "./prep-harness";

const acme = new NoteBuilder("Interviews/2026-01-10 Acme.md").company("Acme").role("Platform engineer").struggle("System design").action("Practise", ["Rate limiter"]).build();
const grab = new NoteBuilder("Interviews/2026-03-14 Grab.md").company("Grab").date("2026-03-14").struggle("Nerves").build();
const plain = { path: "Notes/Reading list.md", text: "# Reading\n- DDIA\n" };

/** Opens `path` in the main area, as clicking it in the file explorer does. */
async function activate(h: Awaited<ReturnType<typeof prepHarness>>, path: string) {
	const file = h.app.vault.getFileByPath(path);
	if (!file) throw new Error(path);
	const leaf = h.app.workspace.getLeaf(false);
	await leaf.openFile(file);
	h.app.workspace.setActiveLeaf(leaf);
}

function lastModal(spy: jest.SpyInstance): PrepNoteModal {
	const modal = spy.mock.contexts.at(-1) as PrepNoteModal | undefined;
	if (!modal) throw new Error("no modal opened");
	return modal;
}

function field(modal: PrepNoteModal, label: string): HTMLInputElement {
	return modal.contentEl.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`) as HTMLInputElement;
}

describe("prep commands", () => {
	let openSpy: jest.SpyInstance;
	beforeEach(() => {
		openSpy = jest.spyOn(PrepNoteModal.prototype, "open");
	});
	afterEach(() => jest.restoreAllMocks());

	it("registers sentence-case commands with stable ids and no hotkeys", async () => {
		const h = await prepHarness([acme]);
		const cmds = [...h.app.commands.commands.values()];
		expect(cmds.map((c) => [c.id, c.name])).toEqual([
			["interview-gap-tracker:create-prep-note", "Create prep note for an upcoming interview"],
			["interview-gap-tracker:create-prep-note-from-interview", "Create prep note from this interview"],
			["interview-gap-tracker:export-gap-report", "Export gap report to a note"],
		]);
		expect(cmds.every((c) => c.hotkeys === undefined)).toBe(true);
	});

	it("offers 'from this interview' only on an indexed interview", async () => {
		const h = await prepHarness([acme, grab, plain, { path: "Notes/Acme.md", text: "Mentions #real-interview-notes only" }]);
		expect(h.available(COMMAND_PREP_FROM_INTERVIEW)).toBe(false);
		await activate(h, plain.path);
		expect(h.available(COMMAND_PREP_FROM_INTERVIEW)).toBe(false);
		await activate(h, "Notes/Acme.md");
		expect(h.available(COMMAND_PREP_FROM_INTERVIEW)).toBe(false);
		await activate(h, acme.path);
		expect(h.available(COMMAND_PREP_FROM_INTERVIEW)).toBe(true);
		expect(openSpy).not.toHaveBeenCalled();
		// Focus on the tracker or a sidebar: Obsidian's active file is the last note, still this interview.
		h.app.workspace.activeLeaf = null;
		expect(h.available(COMMAND_PREP_FROM_INTERVIEW)).toBe(true);
		const file = h.app.vault.getFileByPath(acme.path);
		if (!file) throw new Error(acme.path);
		await h.app.vault.delete(file);
		expect(h.run(COMMAND_PREP_FROM_INTERVIEW)).toBe(false);
		expect(openSpy).not.toHaveBeenCalled();
	});

	it("pre-fills company and role from the active interview", async () => {
		const h = await prepHarness([acme, grab]);
		await activate(h, acme.path);
		expect(h.run(COMMAND_PREP_FROM_INTERVIEW)).toBe(true);
		const modal = lastModal(openSpy);
		expect(modal.values()).toEqual({ company: "Acme", role: "Platform engineer", date: "2026-08-01", stage: "" });
		expect(modal.titleEl.textContent).toBe("Prep note for the next round with Acme");
	});

	it("palette → modal → Enter creates the note in the prep folder and opens it", async () => {
		const h = await prepHarness([acme, grab]);
		h.run(COMMAND_CREATE_PREP_NOTE);
		const modal = lastModal(openSpy);
		expect(modal.values()).toEqual({ company: "", role: "", date: "2026-08-01", stage: "" });
		const options = [...modal.contentEl.querySelectorAll("datalist option")].map((o) => (o as HTMLOptionElement).value);
		expect(options).toEqual(["Grab", "Acme"]);
		field(modal, "Company").value = "Acme";
		field(modal, "Stage").value = "Onsite";
		field(modal, "Stage").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
		await flush();
		const path = "Interview prep/2026-08-01 Acme prep.md";
		expect(h.app.vault.contentOf(path)).toMatch(/^---\ntags: \[interview-prep\]\ncompany: Acme\nrole:\ndate: 2026-08-01\nstage: Onsite\n/);
		expect(openedPath(h)).toBe(path);
		expect((modal as unknown as { isOpen: boolean }).isOpen).toBe(false);
	});

	it("Escape in the modal writes nothing", async () => {
		const h = await prepHarness([acme]);
		const before = h.app.vault.getFiles().map((f) => [f.path, h.app.vault.contentOf(f.path)]);
		h.run(COMMAND_CREATE_PREP_NOTE);
		const modal = lastModal(openSpy);
		field(modal, "Company").value = "Acme";
		field(modal, "Company").dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
		await flush();
		expect(h.app.vault.getFiles().map((f) => [f.path, h.app.vault.contentOf(f.path)])).toEqual(before);
		expect(h.app.vault.getAbstractFileByPath("Interview prep")).toBeNull();
	});

	it("exports the gap report to a dated note in the report folder and opens it", async () => {
		const h = await prepHarness([acme, grab], { reportFolder: "Reports/Gaps" });
		h.run(COMMAND_EXPORT_GAP_REPORT);
		await flush();
		const path = "Reports/Gaps/2026-08-01 Interview gap report.md";
		expect(h.app.vault.contentOf(path)).toBe(renderGapReport(h.index.interviews(), undefined, { generated: "2026-08-01" }));
		expect(openedPath(h)).toBe(path);
		h.run(COMMAND_EXPORT_GAP_REPORT);
		await flush();
		expect(h.app.vault.getFileByPath("Reports/Gaps/2026-08-01 Interview gap report 2.md")).not.toBeNull();
		expect(h.app.vault.contentOf(acme.path)).toBe(acme.text);
	});

	it("writes no empty report: not before the notes are read, nor when no note is tagged", async () => {
		const empty = await prepHarness([{ path: "Notes/a.md", text: "# Just a note\n" }]);
		empty.run(COMMAND_EXPORT_GAP_REPORT);
		await flush();
		expect(Notice.shown).toEqual(["Could not export the gap report: no note is tagged #real-interview yet, so there is nothing to report."]);
		expect(empty.app.vault.getMarkdownFiles()).toHaveLength(1);
		const cold = await prepHarness([acme]);
		Notice.reset();
		cold.index.state = "cold";
		cold.run(COMMAND_EXPORT_GAP_REPORT);
		await flush();
		expect(Notice.shown).toEqual(["Could not export the gap report: the interview notes are still being read; try again in a moment."]);
		expect(cold.app.vault.getMarkdownFiles()).toHaveLength(1);
	});
});
