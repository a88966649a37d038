import { join } from "node:path";
import { readVault } from "../../../src/cli/read-vault";
import { indexNotes } from "../../../src/core/build-index";
import type { Interview } from "../../../src/core/model";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { NoteRef, Theme, ThemeAnalysis, ThemeStatus } from "../../../src/core/themes/theme-model";

export const VAULT = join(__dirname, "../../../examples/vault");

/** The example vault's interviews, indexed with default settings. */
export function exampleInterviews(): Interview[] {
	return indexNotes(readVault(VAULT).files, DEFAULT_SETTINGS);
}

export const SHOPEE_1 = "Interviews/2025-11-23 Shopee promotion team.md";
export const SHOPEE_2 = "Interviews/2025-12-02 Shopee promotion team round 2.md";
export const GRAB_1 = "Interviews/2025-09-18 Grab payments phone screen.md";
export const GRAB_2 = "Interviews/2026/2026-03-14 Grab final round.md";
export const CANVA_2 = "Journal/2026-10-08 Canva team match.md";
export const LEDGERLY = "Journal/2026-05-06 Ledgerly founding engineer chat.md";
export const STRIPE = "Interviews/2026/2026-02-11 Stripe systems design onsite.md";
export const CANVA_1 = "Interviews/2025-10-07 Canva backend onsite.md";

type Spec = { id: string; name: string; status: ThemeStatus; score: number; struggles: [string, number][]; open: [string, number][]; done: [string, number][] };

/**
 * Themes written by hand against the example vault (lines from `scan --json`), standing in for the
 * theme engine so prep and report rendering are tested on their own.
 */
export const HAND_THEMES: Spec[] = [
	{ id: "business-impact", name: "Business impact & metrics", status: "recurring", score: 10, struggles: [[GRAB_1, 31], [SHOPEE_1, 122], [SHOPEE_2, 24], [LEDGERLY, 18], [LEDGERLY, 20], [CANVA_2, 25]], open: [[GRAB_1, 43], [SHOPEE_1, 237], [SHOPEE_1, 248], [SHOPEE_2, 38], [CANVA_2, 32]], done: [[CANVA_2, 35]] },
	{ id: "redo-answer", name: "\"What would you do differently?\"", status: "recurring", score: 7, struggles: [[SHOPEE_1, 143], [GRAB_2, 27], [LEDGERLY, 24]], open: [[SHOPEE_1, 257]], done: [[GRAB_2, 36]] },
	{ id: "listening", name: "Listening", status: "regressed", score: 5, struggles: [[GRAB_2, 25], [CANVA_2, 27]], open: [[SHOPEE_1, 272], [CANVA_2, 36]], done: [] },
	{ id: "clarify-first", name: "Clarify requirements first", status: "improving", score: 4, struggles: [[GRAB_1, 33], [CANVA_1, 44], [STRIPE, 25]], open: [[GRAB_1, 51], [STRIPE, 60]], done: [] },
];

/** A ThemeAnalysis built from specs like HAND_THEMES, resolving titles and dates from the interviews. */
export function handThemes(interviews: readonly Interview[], specs: readonly Spec[] = HAND_THEMES): ThemeAnalysis {
	const byPath = new Map(interviews.map((iv) => [iv.path, iv]));
	const ref = ([path, line]: [string, number], kind: "struggle" | "item"): NoteRef => {
		const iv = byPath.get(path);
		if (!iv) throw new Error(`no interview ${path}`);
		const title = kind === "struggle" ? iv.struggles.find((s) => s.line === line)?.title : iv.actionItems.find((a) => a.line === line)?.title;
		if (title === undefined) throw new Error(`no ${kind} at ${path}:${line}`);
		return { path, line, title, date: iv.date };
	};
	const themes: Theme[] = specs.map((s) => {
		const struggles = s.struggles.map((r) => ref(r, "struggle"));
		const paths = [...new Set(struggles.map((r) => r.path))];
		const ivs = paths.map((p) => byPath.get(p) as Interview).sort((a, b) => (a.date ?? "9").localeCompare(b.date ?? "9"));
		const dates = ivs.map((iv) => iv.date).filter((d): d is string => d !== null);
		return {
			id: s.id,
			name: s.name,
			source: "dictionary",
			struggles,
			interviews: ivs.map((iv) => ({ path: iv.path, title: iv.title, date: iv.date, company: iv.company })),
			occurrences: struggles.length,
			firstSeen: dates[0] ?? null,
			lastSeen: dates[dates.length - 1] ?? null,
			openItems: s.open.map((r) => ref(r, "item")),
			doneItems: s.done.map((r) => ref(r, "item")),
			status: s.status,
			score: s.score,
		};
	});
	const key = (path: string, line: number) => `${path}:${line}`;
	const ofStruggle = new Map<string, string[]>();
	const ofItem = new Map<string, string[]>();
	for (const t of themes) {
		for (const r of t.struggles) ofStruggle.set(key(r.path, r.line), [...(ofStruggle.get(key(r.path, r.line)) ?? []), t.name]);
		for (const r of [...t.openItems, ...t.doneItems]) ofItem.set(key(r.path, r.line), [...(ofItem.get(key(r.path, r.line)) ?? []), t.id]);
	}
	return { themes, themesOfStruggle: (p, l) => ofStruggle.get(key(p, l)) ?? [], themesOfItem: (p, l) => ofItem.get(key(p, l)) ?? [] };
}
