import fc from "fast-check";
import { indexNotes } from "../../src/core/build-index";
import { toScanJson } from "../../src/core/contract-json";
import type { Interview } from "../../src/core/model";
import { parseNote } from "../../src/core/parse-note";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/core/settings";
import { genNote, genVault, noteText, type GenKind, type GenNote } from "./note-grammar";
import { scanSchemaErrors } from "./scan-schema";

// 10,000 generated notes in all: 6,000 + 2,000 + 2,000 vaults of 1–4 notes (about 5,000 more notes).
const RUNS = { lines: 6_000, lineEndings: 2_000, schema: 2_000 };
const S = DEFAULT_ENGINE_SETTINGS;
const counts = { notes: 0, interviews: 0, struggles: 0, actionItems: 0, steps: 0 };
const started = performance.now();

afterAll(() => {
	const s = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Fuzz: ${counts.notes} notes (${counts.interviews} interviews, ${counts.struggles} struggles, ${counts.actionItems} action items, ${counts.steps} steps) in ${s} s`);
});

function parse(text: string, path = "Interviews/n.md"): Interview | null {
	counts.notes++;
	const iv = parseNote(path, text, S);
	if (iv) {
		counts.interviews++;
		counts.struggles += iv.struggles.length;
		counts.actionItems += iv.actionItems.length;
		for (const a of iv.actionItems) counts.steps += a.steps.length;
	}
	return iv;
}

/** The kind the generator gave the line at a 1-based line number, or null outside the file. */
function kindAt(note: GenNote, line: number): GenKind | null {
	if (!Number.isInteger(line) || line < 1 || line > note.lines.length) return null;
	return note.lines[line - 1]?.kind ?? null;
}

const ITEM_KINDS: (GenKind | null)[] = ["heading", "list"];

describe("parser fuzzing", () => {
	it("never throws, and every struggle, action item and step points at a real heading or list line", () => {
		fc.assert(
			fc.property(genNote, (note) => {
				const iv = parse(noteText(note));
				if (!iv) return;
				for (const s of iv.struggles) {
					// Struggles may also be paragraphs (a section with neither sub-headings nor list items).
					expect([...ITEM_KINDS, "prose"]).toContain(kindAt(note, s.line));
					expect(s.title).not.toBe("");
				}
				for (const a of iv.actionItems) {
					expect(ITEM_KINDS).toContain(kindAt(note, a.line));
					expect(a.kind === "heading").toBe(kindAt(note, a.line) === "heading");
					for (const step of a.steps) {
						expect(kindAt(note, step.line)).toBe("list");
						expect(step.line).toBeGreaterThan(a.line);
					}
				}
			}),
			{ numRuns: RUNS.lines },
		);
	}, 120_000);

	it("gives the same result for LF, CRLF and CR line endings, with or without a BOM", () => {
		fc.assert(
			fc.property(genNote, (note) => {
				const lf = parse(noteText({ ...note, eol: "\n", bom: false }));
				expect(parse(noteText({ ...note, eol: "\r\n", bom: false }))).toEqual(lf);
				expect(parse(noteText({ ...note, eol: "\r", bom: true }))).toEqual(lf);
			}),
			{ numRuns: RUNS.lineEndings },
		);
	}, 120_000);

	it("always produces scan JSON that validates against the contract schema", () => {
		fc.assert(
			fc.property(genVault, (vault) => {
				const notes = vault.map(([folders, name, note], k) => ({ path: [...folders, `${name} ${k}.md`].join("/"), text: noteText(note) }));
				counts.notes += notes.length;
				const doc = toScanJson("vault", S.tag, indexNotes(notes, S));
				expect(scanSchemaErrors(JSON.parse(JSON.stringify(doc)))).toEqual([]);
			}),
			{ numRuns: RUNS.schema },
		);
	}, 120_000);
});
