import fc from "fast-check";
import { checkFolder, MAX_NAME_BYTES, prepNotePath, sanitizeFileName } from "../../../src/core/prep/prep-file-name";

const values = { company: "Shopee", date: "2026-08-01", role: "", stage: "" };
const none = () => false;
const path = (folder: string, pattern: string, v: Record<string, string> = values, exists: (p: string) => boolean = none) => {
	const r = prepNotePath(folder, pattern, v, exists);
	if (!r.ok) throw new Error(r.reason);
	return r.path;
};

describe("prepNotePath", () => {
	it("names the note from the default pattern inside the default folder", () => {
		expect(path("Interview prep", "{{date}} {{company}} prep")).toBe("Interview prep/2026-08-01 Shopee prep.md");
	});

	it("never overwrites: adds 2, 3, … until the name is free", () => {
		const taken = new Set(["Interview prep/2026-08-01 Shopee prep.md", "Interview prep/2026-08-01 Shopee prep 2.md"]);
		expect(path("Interview prep", "{{date}} {{company}} prep", values, (p) => taken.has(p))).toBe("Interview prep/2026-08-01 Shopee prep 3.md");
	});

	it("keeps a company with / and .. inside the folder", () => {
		const p = path("Interview prep", "{{company}}", { ...values, company: "../../.obsidian/plugins/x" });
		expect(p).toBe("Interview prep/obsidian-plugins-x.md");
		const q = path("Interview prep", "{{date}} {{company}} prep", { ...values, company: "AT&T / ../Labs" });
		expect(q).toBe("Interview prep/2026-08-01 AT&T - ..-Labs prep.md");
		expect(q.split("/")).toHaveLength(2);
	});

	it("refuses a folder that leaves the vault or hides the note, and normalises a sloppy one", () => {
		for (const bad of ["../outside", "a/../../b", "/etc", "C:\\Users", ".obsidian", "a/.hidden", "CON", "prep.", "a:b"]) {
			const r = checkFolder(bad);
			expect([bad, r.ok]).toEqual([bad, false]);
		}
		expect(checkFolder(" ./Interviews\\ prep /./2026/ ")).toEqual({ ok: true, path: "Interviews/prep/2026" });
		expect(path("", "{{company}}")).toBe("Shopee.md");
		expect(prepNotePath("../x", "{{company}}", values, none)).toEqual({ ok: false, reason: 'The folder "../x" may not contain "..".' });
	});
});

describe("sanitizeFileName", () => {
	it("replaces characters illegal on some OS or in links, removes control characters", () => {
		expect(sanitizeFileName('a\\b/c:d*e?f"g<h>i|j#k^l[m]n')).toBe("a-b-c-d-e-f-g-h-i-j-k-l-m-n");
		expect(sanitizeFileName("tab\there\u0000nul\u001fx")).toBe("tab herenulx");
	});

	it("handles reserved Windows names, hidden and trailing dots, spaces and empty results", () => {
		expect(sanitizeFileName("CON")).toBe("CON_");
		// Windows reads `NUL.anything` as the device as well: the mark goes on the base name.
		expect(sanitizeFileName("nul.prep")).toBe("nul_.prep");
		expect(sanitizeFileName("Con.Inc")).toBe("Con_.Inc");
		expect(sanitizeFileName("com1 .tar.gz")).toBe("com1_ .tar.gz");
		expect(sanitizeFileName("lpt1")).toBe("lpt1_");
		expect(sanitizeFileName("CONSOLE")).toBe("CONSOLE");
		expect(sanitizeFileName("...hidden. . ")).toBe("hidden");
		expect(sanitizeFileName("  //  ")).toBe("Untitled prep");
	});

	it("never leaves a device name as the base before the first dot", () => {
		fc.assert(
			fc.property(fc.constantFrom("con", "PRN", "Aux", "nul", "COM1", "lpt9"), fc.string({ maxLength: 20 }), (device, rest) => {
				const base = sanitizeFileName(`${device}.${rest}`).split(".")[0] ?? "";
				expect(base.trimEnd()).not.toMatch(/^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i);
			}),
			{ numRuns: 200 },
		);
	});

	it("caps the length in UTF-8 bytes without splitting a character", () => {
		const long = sanitizeFileName("😀".repeat(100));
		expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
		expect(long).toBe("😀".repeat(MAX_NAME_BYTES / 4));
		expect(sanitizeFileName("a".repeat(500))).toHaveLength(MAX_NAME_BYTES);
	});

	it("any company yields one legal, visible file directly in the folder", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 300 }), (company) => {
				const p = path("Interview prep", "{{date}} {{company}} prep", { ...values, company });
				const name = p.slice("Interview prep/".length);
				expect(p.startsWith("Interview prep/")).toBe(true);
				expect(name).not.toMatch(/[\\/:*?"<>|#^[\]]/);
				expect([...name].filter((c) => c.charCodeAt(0) < 0x20)).toEqual([]);
				expect(name).not.toMatch(/^[.\s]|[.\s]\.md$/);
				expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_NAME_BYTES + 3);
			}),
			{ numRuns: 300 },
		);
	});
});
