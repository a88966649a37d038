import { actionCounts } from "../core/build-index";
import type { Interview } from "../core/model";

const COLUMNS = [
	{ title: "DATE", width: 10 },
	{ title: "COMPANY", width: 14 },
	{ title: "ROLE", width: 24 },
	{ title: "STRUGGLES", width: 9, right: true },
	{ title: "OPEN", width: 4, right: true },
	{ title: "DONE", width: 4, right: true },
	{ title: "NOTE", width: 0 },
];

/** The human-readable `scan` output: one row per interview (by date), totals, then warnings. */
export function renderScanTable(vault: string, tag: string, interviews: readonly Interview[], skipped: readonly { path: string; reason: string }[]): string {
	const out: string[] = [];
	const totals = actionCounts(interviews);
	const struggles = interviews.reduce((n, iv) => n + iv.struggles.length, 0);
	out.push(`Interview Gap Tracker: ${plural(interviews.length, "interview")} tagged #${tag} in ${vault}`, "");
	if (interviews.length === 0) {
		out.push(`No notes tagged #${tag} were found. Tag a reflection note with #${tag} to track it.`);
	} else {
		out.push(row(COLUMNS.map((c) => c.title)));
		const sorted = [...interviews].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || (a.path < b.path ? -1 : 1));
		for (const iv of sorted) {
			const c = actionCounts([iv]);
			out.push(row([iv.date ?? "-", iv.company ?? "-", iv.role ?? "-", String(iv.struggles.length), String(c.open), String(c.done), iv.path]));
		}
		out.push("", `Total: ${plural(interviews.length, "interview")}, ${plural(struggles, "struggle")}, ${totals.open} open and ${totals.done} done action items`);
	}
	const warned = interviews.filter((iv) => iv.warnings.length > 0);
	if (warned.length > 0 || skipped.length > 0) {
		out.push("", "Warnings:");
		for (const iv of warned) for (const w of iv.warnings) out.push(`  ${iv.path}: ${w}`);
		for (const s of skipped) out.push(`  ${s.path}: skipped, ${s.reason}`);
	}
	return out.map(printable).join("\n") + "\n";
}

/**
 * Replaces control characters (ESC, BEL, CR, …) with U+FFFD. Note text and file names reach the
 * terminal here, and an ESC sequence in someone's note must not drive the user's terminal.
 */
export function printable(text: string): string {
	return text.replace(/\p{Cc}/gu, "\uFFFD");
}

function row(cells: string[]): string {
	return COLUMNS.map((c, i) => fit(cells[i] ?? "", c.width, c.right === true))
		.join("  ")
		.trimEnd();
}

function fit(text: string, width: number, right: boolean): string {
	if (width === 0) return text;
	let t = text;
	if (columns(text) > width) {
		t = "";
		let used = 0;
		for (const ch of text) {
			const w = columnsOf(ch);
			if (used + w > width - 1) break;
			t += ch;
			used += w;
		}
		t += "…";
	}
	const pad = " ".repeat(Math.max(0, width - columns(t)));
	return right ? pad + t : t + pad;
}

// East Asian wide and full-width characters take two terminal columns (Hangul, kana, CJK, full-width forms).
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const MARK = /\p{M}/u;

/** Terminal columns of `text`, so a row with Chinese or Korean names keeps the NOTE column in line. */
export function columns(text: string): number {
	let n = 0;
	for (const ch of text) n += columnsOf(ch);
	return n;
}

function columnsOf(ch: string): number {
	const cp = ch.codePointAt(0) ?? 0;
	if (cp < 0x300) return 1;
	if ((cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f) || MARK.test(ch)) return 0;
	return WIDE.test(ch) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd) ? 2 : 1;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}
