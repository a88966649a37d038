import fc from "fast-check";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/core/settings";
import { findCheckables, type Checkable } from "../../../src/core/toggle/checkables";
import { interviewNote, toggle } from "./toggle-helpers";

/**
 * Edit-then-toggle trials: the pane read the note, then lines were inserted, deleted or moved
 * before the click landed. Each line carries an identity so the test knows which line the user
 * meant, independently of the toggle's own search.
 */

interface Line {
	id: number;
	text: string;
}

const WORDS = ["Mentoring", "Failure", "Volume leak", "Rate limiter", "Ledger"];
const ITEMS = ["Rewrite stories", "Deep slices", "Practise design"];

const stepLine = fc.record({ pad: fc.constantFrom("    ", "  ", "\t"), word: fc.constantFrom(...WORDS) }).map(({ pad, word }) => `${pad}- [ ] ${word}`);
const itemLine = fc.constantFrom(...ITEMS).map((t) => `- [ ] ${t}`);
const noise = fc.oneof(stepLine, itemLine, fc.constantFrom("", "Prose line", "    - [ ] Mentoring", "### Heading", "- plain item"));

type Edit = { op: "insert"; at: number; line: string } | { op: "delete"; at: number } | { op: "move"; from: number; to: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ op: fc.constant("insert" as const), at: fc.nat(), line: noise }),
	fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
	fc.record({ op: fc.constant("move" as const), from: fc.nat(), to: fc.nat() }),
);

const trial = fc.record({
	items: fc.array(fc.record({ title: fc.constantFrom(...ITEMS), steps: fc.array(stepLine, { maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
	pick: fc.nat(),
	edits: fc.array(edit, { minLength: 1, maxLength: 5 }),
});

function render(lines: readonly Line[]): string {
	return lines.map((l) => l.text).join("\n");
}

function checkables(lines: readonly Line[]): Checkable[] {
	return findCheckables(
		lines.map((l) => l.text),
		DEFAULT_ENGINE_SETTINGS,
	);
}

/** Same text and same parent item: what the user sees, and all that tells two lines apart. */
function sameStep(a: Checkable, b: Checkable): boolean {
	return a.role === b.role && (a.step?.text ?? a.item.title) === (b.step?.text ?? b.item.title) && (a.role === "item" || a.item.title === b.item.title);
}

function applyEdits(lines: Line[], edits: readonly Edit[]): void {
	let next = 10_000;
	const head = 8; // never touch the tag, struggles and section heading
	for (const e of edits) {
		const span = lines.length - head;
		if (e.op === "insert") lines.splice(head + (e.at % (span + 1)), 0, { id: next++, text: e.line });
		else if (span === 0) continue;
		else if (e.op === "delete") lines.splice(head + (e.at % span), 1);
		else {
			const [moved] = lines.splice(head + (e.from % span), 1);
			if (moved) lines.splice(head + (e.to % span), 0, moved);
		}
	}
}

test("1,000 edit-then-toggle trials never write a wrong line", () => {
	const outcomes = { edited: 0, relocated: 0, notFound: 0, ambiguous: 0 };
	fc.assert(
		fc.property(trial, ({ items, pick, edits }) => {
			const texts = interviewNote(items.flatMap((it) => [`- [ ] ${it.title}`, ...it.steps])).split("\n");
			const lines: Line[] = texts.map((text, id) => ({ id, text }));
			const before = checkables(lines);
			const target = before[pick % before.length];
			if (!target) throw new Error("generated note has no checkables");
			const targetId = lines[target.line - 1]?.id;
			applyEdits(lines, edits);
			const after = checkables(lines);
			const copies = after.filter((c) => sameStep(c, target));
			const originalAlive = copies.some((c) => lines[c.line - 1]?.id === targetId);

			const r = toggle(render(lines), { line: target.line, expect: target.step?.text ?? target.item.title, parent: target.role === "step" ? target.item.title : null }, "on");
			if (!r.ok) {
				expect(["not-found", "ambiguous"]).toContain(r.reason);
				// Refusing is only allowed when the step is gone or cannot be told apart from a copy.
				expect(copies.length === 1 && originalAlive).toBe(false);
				outcomes[r.reason === "not-found" ? "notFound" : "ambiguous"]++;
				return;
			}
			const edited = after.find((c) => c.line === r.line);
			if (!edited) throw new Error(`edited line ${r.line} is not a step`);
			// The right line: the one the user meant, or a byte-identical copy under the same item.
			expect(sameStep(edited, target)).toBe(true);
			if (copies.length === 1 && originalAlive) expect(lines[r.line - 1]?.id).toBe(targetId);
			if (edited.kind === "list") expect(r.changes.map((c) => c.line)).toEqual([r.line]);
			const out = r.text.split("\n");
			lines.forEach((l, i) => {
				if (i !== r.line - 1) expect(out[i]).toBe(l.text);
			});
			outcomes.edited++;
			if (r.relocated) outcomes.relocated++;
		}),
		{ numRuns: 1000 },
	);
	// The trials must exercise every path, or they prove little.
	expect(outcomes.relocated).toBeGreaterThan(50);
	expect(outcomes.notFound).toBeGreaterThan(20);
	expect(outcomes.ambiguous).toBeGreaterThan(20);
	expect(outcomes.edited - outcomes.relocated).toBeGreaterThan(50);
});
