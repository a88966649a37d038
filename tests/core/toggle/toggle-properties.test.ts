import fc from "fast-check";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/core/settings";
import { findCheckables } from "../../../src/core/toggle/checkables";
import { lineSpans, spanTexts } from "../../../src/core/toggle/line-spans";
import { listLineShape } from "../../../src/core/toggle/task-line";
import { noteWithTasks } from "./note-arbitraries";
import { textDiff, toggle } from "./toggle-helpers";

/** The list checkables of a generated note, with the raw line and its offset. */
function listTargets(text: string) {
	const spans = lineSpans(text);
	const lines = spanTexts(text, spans);
	return findCheckables(lines, DEFAULT_ENGINE_SETTINGS)
		.filter((c) => c.kind === "list")
		.map((c) => ({ c, raw: lines[c.line - 1] ?? "", start: spans[c.line - 1]?.start ?? -1 }));
}

describe("toggle properties on random notes and task lines", () => {
	test("the toggle reaches generated task lines only, and always the first one", () => {
		fc.assert(
			fc.property(noteWithTasks, ({ text, taskLines }) => {
				const found = listTargets(text).map((t) => t.c.line);
				expect(found[0]).toBe(taskLines[0]);
				for (const line of found) expect(taskLines).toContain(line);
			}),
			{ numRuns: 300 },
		);
	});

	test("one toggle changes only the status character or inserts `[x] `", () => {
		fc.assert(
			fc.property(noteWithTasks, fc.nat(), ({ text }, pick) => {
				const targets = listTargets(text);
				const t = targets[pick % targets.length];
				if (!t) return;
				const shape = listLineShape(t.raw);
				const r = toggle(text, { line: t.c.line, expect: t.c.keys[1] ?? t.raw });
				if (!r.ok || !shape) throw new Error(`refused or unparsed: ${t.raw}`);
				const diff = textDiff(text, r.text);
				if (shape.status === null) {
					expect(diff).toEqual({ at: t.start + shape.afterMarker, removed: "", inserted: "[x] " });
				} else {
					expect(diff.at).toBe(t.start + shape.statusAt);
					expect(diff.removed).toBe(shape.status);
					expect(diff.inserted).toBe(shape.status === "x" || shape.status === "X" ? " " : "x");
				}
				expect(r.changes).toHaveLength(1);
			}),
			{ numRuns: 500 },
		);
	});

	test("toggle twice restores the bytes (a plain bullet keeps an open `[ ] `)", () => {
		fc.assert(
			fc.property(noteWithTasks, fc.nat(), ({ text }, pick) => {
				const targets = listTargets(text).filter((t) => {
					const s = listLineShape(t.raw)?.status;
					return s === null || s === " " || s === "x";
				});
				const t = targets[pick % Math.max(1, targets.length)];
				fc.pre(t !== undefined);
				if (!t) return;
				const shape = listLineShape(t.raw);
				const once = toggle(text, { line: t.c.line });
				if (!once.ok || !shape) throw new Error("refused");
				const twice = toggle(once.text, { line: t.c.line });
				if (!twice.ok) throw new Error("refused");
				const at = t.start + shape.afterMarker;
				const expected = shape.status === null ? text.slice(0, at) + "[ ] " + text.slice(at) : text;
				expect(twice.text).toBe(expected);
			}),
			{ numRuns: 500 },
		);
	});
});
