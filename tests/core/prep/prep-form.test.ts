import { parseNote } from "../../../src/core/parse-note";
import { checkPrepForm, companySuggestions, MAX_COMPANY_LENGTH } from "../../../src/core/prep/prep-form";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { NoteBuilder } from "../../fakes/note-builder";

const ok = { company: "  Shopee \n Group ", role: " Backend ", date: " 2026-08-01 ", stage: "Hiring manager" };

describe("checkPrepForm", () => {
	it("collapses whitespace and accepts a real date", () => {
		expect(checkPrepForm(ok)).toEqual({ ok: true, options: { company: "Shopee Group", role: "Backend", date: "2026-08-01", stage: "Hiring manager" } });
	});

	it("explains each bad field separately", () => {
		const r = checkPrepForm({ ...ok, company: "  ", date: "2026-02-30" });
		expect(r).toEqual({ ok: false, errors: { company: "Enter the company you are interviewing with.", date: "2026-02-30 is not a real calendar date." } });
	});

	it("refuses other date shapes and overlong names", () => {
		const r = checkPrepForm({ ...ok, company: "x".repeat(MAX_COMPANY_LENGTH + 1), date: "01/08/2026" });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.date).toMatch(/not in the form YYYY-MM-DD/);
		expect(r.errors.company).toMatch(/under 120 characters/);
	});
});

describe("companySuggestions", () => {
	it("lists each company once, newest spelling, most recent first", () => {
		const notes = [
			new NoteBuilder("a.md").company("shopee").date("2025-11-23"),
			new NoteBuilder("b.md").company("Grab").date("2026-03-14"),
			new NoteBuilder("c.md").company("Shopee").date("2025-12-02"),
		].map((b) => parseNote(b.path, b.text(), DEFAULT_SETTINGS));
		expect(companySuggestions(notes.filter((n) => n !== null))).toEqual(["Grab", "Shopee"]);
	});
});
