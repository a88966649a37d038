import fc from "fast-check";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/core/settings";
import { findCheckables, type Checkable } from "../../../src/core/toggle/checkables";
import { lineSpans, spanTexts } from "../../../src/core/toggle/line-spans";
import { toggleStep, type CheckState } from "../../../src/core/toggle/toggle-step";
import type { ToggleTarget } from "../../../src/core/toggle/locate-target";

/**
 * `vault.process` modelled as an atomic read-modify-write over an in-memory map. Clicks read a
 * pane snapshot that may be stale and land later, out of order, between external edits (lines
 * typed above, new steps, ticks made in the editor). No edit may be lost and every step must end
 * in the state of the last write that touched it.
 */
class MemoryVault {
	readonly files = new Map<string, string>();
	process(path: string, fn: (text: string) => string): void {
		this.files.set(path, fn(this.files.get(path) ?? ""));
	}
}

const PATHS = ["A.md", "B.md", "C.md"];

function initialNote(n: number): string {
	const eol = n === 1 ? "\r\n" : "\n";
	const items = [0, 1, 2].flatMap((i) => [`- [ ] n${n} item ${i}`, `    - [ ] n${n} step ${i}a`, `    - n${n} step ${i}b`, `\t- [x] n${n} step ${i}c ^b${n}${i}`]);
	return ["#real-interview", "## Where I Struggled", "- impact", "## Action Items", ...items, "## Result", "Pending."].join(eol);
}

function steps(text: string): Checkable[] {
	return findCheckables(spanTexts(text, lineSpans(text)), DEFAULT_ENGINE_SETTINGS);
}

const keyOf = (path: string, c: Checkable) => `${path}|${c.step?.text ?? c.item.title}`;

/** The editor's own tick: flips the checkbox characters of one line, without the code under test. */
function editorTick(text: string, line: number): { text: string; checked: boolean } {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const lines = text.split(eol);
	const l = lines[line - 1] ?? "";
	const ticked = /\[[xX]\]/.test(l);
	lines[line - 1] = ticked ? l.replace(/\[[xX]\]/, "[ ]") : /\[ \]/.test(l) ? l.replace("[ ]", "[x]") : l.replace(/^(\s*- )/, "$1[x] ");
	return { text: lines.join(eol), checked: !ticked };
}

const external = fc.record({ kind: fc.constantFrom("above", "new-step", "editor-tick", "tail"), note: fc.nat(), pick: fc.nat() });
const round = fc.record({
	click: fc.record({ note: fc.nat(), pick: fc.nat(), state: fc.constantFrom<CheckState>("on", "off") }),
	externals: fc.array(external, { maxLength: 2 }),
	flushes: fc.array(fc.nat(), { maxLength: 2 }),
	refresh: fc.boolean(),
});

test("200 toggles interleaved with external edits lose nothing and end in the expected state", () => {
	const totals = { applied: 0, relocated: 0 };
	fc.assert(
		fc.property(fc.array(round, { minLength: 200, maxLength: 200 }), (rounds) => {
			const vault = new MemoryVault();
			PATHS.forEach((p, n) => vault.files.set(p, initialNote(n)));
			const expected = new Map<string, boolean>();
			const markers: { path: string; text: string }[] = [];
			const pending: { path: string; target: ToggleTarget; state: CheckState; key: string }[] = [];
			let snapshot = new Map(PATHS.map((p) => [p, steps(vault.files.get(p) ?? "")]));
			let serial = 0;

			const flush = (index: number) => {
				const [job] = pending.splice(index % pending.length, 1);
				if (!job) return;
				vault.process(job.path, (text) => {
					const r = toggleStep(text, job.target, job.state, DEFAULT_ENGINE_SETTINGS);
					if (!r.ok) throw new Error(`refused: ${r.message}`);
					expected.set(job.key, r.checked);
					totals.applied++;
					if (r.relocated) totals.relocated++;
					return r.text;
				});
			};

			for (const r of rounds) {
				const path = PATHS[r.click.note % PATHS.length] ?? "A.md";
				const seen = snapshot.get(path) ?? [];
				const c = seen[r.click.pick % seen.length];
				if (c) pending.push({ path, target: { line: c.line, expect: c.step?.text ?? c.item.title, parent: c.step ? c.item.title : null }, state: r.click.state, key: keyOf(path, c) });
				for (const e of r.externals) {
					const p = PATHS[e.note % PATHS.length] ?? "A.md";
					const text = `ext-${serial++}-end`;
					vault.process(p, (t) => {
						const eol = t.includes("\r\n") ? "\r\n" : "\n";
						const lines = t.split(eol);
						const now = steps(t);
						const at = now[e.pick % now.length] as Checkable;
						if (e.kind === "editor-tick") {
							const ticked = editorTick(t, at.line);
							expected.set(keyOf(p, at), ticked.checked);
							return ticked.text;
						}
						markers.push({ path: p, text });
						if (e.kind === "above") lines.splice(1 + (e.pick % 3), 0, text);
						else if (e.kind === "tail") lines.push(text);
						else lines.splice(at.item.line, 0, `    - [ ] ${text}`);
						return lines.join(eol);
					});
				}
				for (const f of r.flushes) if (pending.length > 0) flush(f);
				if (r.refresh) snapshot = new Map(PATHS.map((p) => [p, steps(vault.files.get(p) ?? "")]));
			}
			while (pending.length > 0) flush(pending.length - 1);

			for (const p of PATHS) {
				const text = vault.files.get(p) ?? "";
				for (const c of steps(text)) {
					const want = expected.get(keyOf(p, c)) ?? (c.step ? c.step.checked : c.item.checked === true);
					expect([keyOf(p, c), c.step ? c.step.checked : c.item.checked]).toEqual([keyOf(p, c), want]);
				}
				for (const m of markers.filter((x) => x.path === p)) expect([m.text, text.split(m.text).length - 1]).toEqual([m.text, 1]);
				if (p === "B.md") expect(text.replace(/\r\n/g, "")).not.toMatch(/\r|\n/);
			}
		}),
		{ numRuns: 15 },
	);
	expect(totals.applied).toBeGreaterThanOrEqual(15 * 190);
	expect(totals.relocated).toBeGreaterThan(100);
});
