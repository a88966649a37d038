/** @jest-environment jsdom */
import { paneToggle } from "../../src/obsidian/check-sync";
import type { App as ObsidianApp } from "obsidian";
import { Notice } from "../fakes/obsidian";
import { syncHarness } from "./sync-harness";

/**
 * 200 rounds against the fake vault. Each round starts, without waiting between them, a pane
 * toggle from a possibly stale pane snapshot, plus external edits to the same notes: lines typed
 * above the action items (`process`), ticks in the editor (`modify`) and ticks in the prep note.
 * No edit may be lost, every line ends in the state of the last action aimed at it, and every
 * prep copy ends equal to its source.
 */
const SOURCES = ["Interviews/A.md", "Interviews/B.md"];
const STEPS = ["s1", "s2", "s3", "s4"];
const sourceText = (n: number) =>
	["---", "tags: [real-interview]", "---", "## Action Items", ...[0, 1].flatMap((i) => [`- [ ] n${n} item ${i}`, ...STEPS.slice(i * 2, i * 2 + 2).map((s) => `  - [ ] n${n} ${s} ^igt-n${n}${s}`)]), ""].join(
		"\n",
	);
const prep = { path: "Prep/P.md", text: SOURCES.flatMap((p, n) => STEPS.map((s) => `- [ ] n${n} ${s} ([[${p.replace(".md", "")}#^igt-n${n}${s}|src]])`)).join("\n") + "\n" };

function lcg(seed: number): () => number {
	let x = seed;
	return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const stateIn = (text: string, needle: string) => /\[x\]/.test(text.split("\n").find((l) => l.includes(needle)) ?? "");
const setIn = (text: string, needle: string, on: boolean) =>
	text
		.split("\n")
		.map((l) => (l.includes(needle) ? l.replace(/\[[ x]\]/, on ? "[x]" : "[ ]") : l))
		.join("\n");

test("200 pane toggles interleaved with external edits lose nothing and end in the expected state", async () => {
	const h = await syncHarness([...SOURCES.map((path, n) => ({ path, text: sourceText(n) })), prep]);
	const toggle = paneToggle({ app: h.app as unknown as ObsidianApp, settings: () => h.settings, interview: (p) => h.index.get(p) });
	const rnd = lcg(Number(process.env.SYNC_SEED ?? 42));
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
	const expected = new Map<string, boolean>();
	let markers = 0;
	let relocations = 0;
	for (let round = 0; round < 200; round++) {
		const n = Math.floor(rnd() * SOURCES.length);
		const path = SOURCES[n] ?? "";
		const iv = h.index.get(path);
		const step = pick(iv?.actionItems.flatMap((a) => a.steps.map((s) => ({ s, parent: a.title }))) ?? []);
		const want = rnd() < 0.5;
		const others = STEPS.map((s) => `n${n} ${s}`).filter((t) => t !== step.s.text);
		const jobs: Promise<unknown>[] = [toggle({ path, line: step.s.line, checked: !want, text: step.s.text }).then((ok) => expect(ok).toBe(true))];
		expected.set(step.s.text, want);
		if (rnd() < 0.6) {
			const m = ++markers;
			jobs.push(h.edit(path, (t) => t.replace("## Action Items", `Marker ${m}\n\n## Action Items`)));
			relocations++;
		}
		const external = rnd();
		if (external < 0.4) {
			const other = pick(others);
			const on = rnd() < 0.5;
			expected.set(other, on);
			jobs.push(h.edit(path, (t) => setIn(t, `${other} ^`, on)));
		} else if (external < 0.65) {
			const other = pick(others);
			const on = rnd() < 0.5;
			expected.set(other, on);
			jobs.push(h.edit(prep.path, (t) => setIn(t, `${other} (`, on)));
		}
		await Promise.all(jobs);
		await h.quiet();
		if (rnd() < 0.5) await h.settle();
	}
	await h.settle();
	const all = SOURCES.map((p) => h.app.vault.contentOf(p) ?? "").join("\n");
	for (let m = 1; m <= markers; m++) expect(all).toContain(`Marker ${m}\n`);
	for (const [stepText, on] of expected) {
		expect([stepText, stateIn(all, `${stepText} ^`)]).toEqual([stepText, on]);
		expect([stepText, stateIn(h.app.vault.contentOf(prep.path) ?? "", `${stepText} (`)]).toEqual([stepText, on]);
	}
	expect(expected.size).toBeGreaterThan(6);
	expect(relocations).toBeGreaterThan(50);
	expect(Notice.shown).toEqual([]);
});
