import { actionCounts } from "../build-index";
import type { Interview } from "../model";
import { escapeInline, noteLink } from "../prep/markdown-text";
import { newestFirst } from "../interview-order";
import { allOpenEntries, type OpenEntry } from "../prep/open-items";
import type { Theme, ThemeAnalysis } from "../themes/theme-model";

export interface GapReportOptions {
	/** `YYYY-MM-DD` printed as the generation date; passed in so output is reproducible. */
	generated: string;
	title?: string;
}

export const DEFAULT_REPORT_TITLE = "Interview gap report";

/**
 * The cross-interview gap report as Markdown: what the tracker pane shows, in a form that can be
 * exported to a note, printed by the CLI and diffed in tests.
 */
export function renderGapReport(interviews: readonly Interview[], themes: ThemeAnalysis | undefined, options: GapReportOptions): string {
	const open = allOpenEntries(interviews);
	const lines = [`# ${escapeInline(options.title ?? DEFAULT_REPORT_TITLE)}`, "", summary(interviews, open.length, options.generated), ""];
	if (themes) lines.push(...themeSection(interviews, themes, open));
	else lines.push(...struggleSection(interviews));
	lines.push(...openItemsSection(open));
	return lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

/**
 * Open and done as the pane and `scan` count them (the contract: a cancelled item is not done).
 * The lists below leave out what is cancelled, with nothing left to do; the summary says how many.
 */
function summary(interviews: readonly Interview[], listed: number, generated: string): string {
	const { open, done } = actionCounts(interviews);
	const struggles = interviews.reduce((n, iv) => n + iv.struggles.length, 0);
	const dates = interviews.map((iv) => iv.date).filter((d): d is string => d !== null).sort();
	const span = dates.length > 0 ? ` (${dates[0]} to ${dates[dates.length - 1]})` : "";
	const unlisted = open - listed;
	const note = unlisted > 0 ? ` (${unlisted} of the open ones cancelled, so not listed below)` : "";
	return `_Generated ${generated} from ${plural(interviews.length, "interview")}${span}: ${plural(struggles, "struggle")}, ${open} open and ${done} done action items${note}._`;
}

function themeSection(interviews: readonly Interview[], themes: ThemeAnalysis, open: readonly OpenEntry[]): string[] {
	const lines = ["## Gaps, most pressing first", ""];
	if (themes.themes.length === 0) return [...lines, "_No gaps found yet._", ""];
	const titles = new Map(interviews.map((iv) => [iv.path, iv.title]));
	const openAt = new Map(open.map((e) => [`${e.interview.path}\n${e.item.line}`, e]));
	themes.themes.forEach((t, i) => lines.push(...themeBlock(i + 1, t, titles, openAt)));
	return lines;
}

function themeBlock(rank: number, t: Theme, titles: ReadonlyMap<string, string>, openAt: ReadonlyMap<string, OpenEntry>): string[] {
	const seen = t.firstSeen === t.lastSeen ? (t.lastSeen ?? "undated") : `${t.firstSeen ?? "undated"} to ${t.lastSeen ?? "undated"}`;
	const where = t.interviews.map((iv) => `${noteLink(iv.path, titles.get(iv.path) ?? iv.title)}${iv.date ? ` (${iv.date})` : ""}`);
	const lines = [
		`### ${rank}. ${escapeInline(t.name)}`,
		"",
		`- Status: ${t.status}`,
		`- Occurrences: ${plural(t.occurrences, "struggle")} in ${plural(t.interviews.length, "interview")}`,
		`- Seen: ${seen}`,
		`- Interviews: ${where.join(", ") || "none"}`,
	];
	const items = t.openItems.map((ref) => openAt.get(`${ref.path}\n${ref.line}`)).filter((e): e is OpenEntry => e !== undefined);
	if (items.length === 0) lines.push("- Open items: none");
	else lines.push("- Open items:", ...items.map((e) => `\t- ${escapeInline(e.item.title)} (${noteLink(e.interview.path, e.interview.title)})`));
	return [...lines, ""];
}

// Before the theme engine is wired in, the report still says what went wrong, newest first.
function struggleSection(interviews: readonly Interview[]): string[] {
	const lines = ["## Struggles by interview, newest first", ""];
	const withStruggles = interviews.filter((iv) => iv.struggles.length > 0).sort(newestFirst);
	if (withStruggles.length === 0) return [...lines, "_No struggles recorded yet._", ""];
	for (const iv of withStruggles) {
		lines.push(`### ${heading(iv)}`, "", ...iv.struggles.map((s) => `- ${escapeInline(s.title)}`), "");
	}
	return lines;
}

function openItemsSection(open: readonly OpenEntry[]): string[] {
	const lines = ["## Open action items by interview", ""];
	if (open.length === 0) return [...lines, "_No open action items._"];
	const byInterview = new Map<Interview, OpenEntry[]>();
	for (const e of open) byInterview.set(e.interview, [...(byInterview.get(e.interview) ?? []), e]);
	for (const iv of [...byInterview.keys()].sort(newestFirst)) {
		lines.push(`### ${heading(iv)}`, "");
		for (const e of byInterview.get(iv) ?? []) {
			lines.push(`- ${escapeInline(e.item.title)}`, ...e.steps.map((s) => `\t- ${escapeInline(s.text)}`));
		}
		lines.push("");
	}
	return lines;
}

function heading(iv: Interview): string {
	const facts = [iv.date, iv.company].filter((f): f is string => !!f).map(escapeInline);
	return `${noteLink(iv.path, iv.title)}${facts.length > 0 ? ` (${facts.join(", ")})` : ""}`;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}
