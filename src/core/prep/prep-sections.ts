import type { Interview } from "../model";
import type { ThemeAnalysis } from "../themes/theme-model";
import { escapeInline, noteLink } from "./markdown-text";
import { newestFirst } from "../interview-order";
import { companyKey, type OpenEntry } from "./open-items";

/**
 * Block id of a carried item or step (`path`, 1-based `line`), e.g. `igt-3k9x`, minted by the
 * checkbox-sync side; undefined/null means "link to the note only".
 */
export type BlockIdLookup = (path: string, line: number) => string | null | undefined;

/** How many gaps "Gaps to rehearse" lists, and how many recent interviews feed it without themes. */
export const PREP_GAP_LIMIT = 5;
export const RECENT_INTERVIEWS_WITHOUT_THEMES = 3;

/**
 * "Open action items": checkbox lines, each linked to its source line so ticks can sync back, in
 * the state of that line (an item ticked with steps still open is open, and its copy ticked). A
 * heading item gets no checkbox: a heading holds no block id to sync through, so a box there
 * would tick nothing; its steps below carry the boxes.
 */
export function renderOpenItems(entries: readonly OpenEntry[], blockIds?: BlockIdLookup): string {
	if (entries.length === 0) return "_No open action items._";
	const lines: string[] = [];
	for (const { interview: iv, item, steps } of entries) {
		const itemId = blockIds?.(iv.path, item.line) ?? item.blockId;
		const title = escapeInline(item.title);
		if (item.kind === "heading") lines.push(`- **${title}** (${noteLink(iv.path, iv.title, null)})`);
		else lines.push(`- [${item.checked === true ? "x" : " "}] ${title} (${noteLink(iv.path, iv.title, itemId)})`);
		for (const step of steps) {
			const stepId = blockIds?.(iv.path, step.line) ?? step.blockId;
			lines.push(`\t- [ ] ${escapeInline(step.text)} (${noteLink(iv.path, iv.title, stepId)})`);
		}
	}
	return lines.join("\n");
}

/**
 * "Gaps to rehearse": the top-ranked themes with the interviews (and struggles) they showed up in;
 * without themes, the struggles of the most recent interviews.
 */
export function renderGaps(interviews: readonly Interview[], themes?: ThemeAnalysis): { markdown: string; sources: string[] } {
	if (themes) return renderThemeGaps(interviews, themes);
	const recent = interviews.filter((iv) => iv.struggles.length > 0).sort(newestFirst).slice(0, RECENT_INTERVIEWS_WITHOUT_THEMES);
	if (recent.length === 0) return { markdown: "_No struggles recorded yet._", sources: [] };
	const lines = [`_Struggles from the ${recent.length === 1 ? "most recent interview" : `${recent.length} most recent interviews`}:_`, ""];
	for (const iv of recent) {
		for (const s of iv.struggles) lines.push(`- ${escapeInline(s.title)} (${noteLink(iv.path, iv.title)}${iv.date ? `, ${iv.date}` : ""})`);
	}
	return { markdown: lines.join("\n"), sources: recent.map((iv) => iv.path) };
}

function renderThemeGaps(interviews: readonly Interview[], themes: ThemeAnalysis): { markdown: string; sources: string[] } {
	const top = themes.themes.slice(0, PREP_GAP_LIMIT);
	if (top.length === 0) return { markdown: "_No recurring gaps yet._", sources: [] };
	const titles = new Map(interviews.map((iv) => [iv.path, iv.title]));
	const lines: string[] = [];
	const sources: string[] = [];
	for (const t of top) {
		const where = t.interviews.length === 1 ? "1 interview" : `${t.interviews.length} interviews`;
		lines.push(`- **${escapeInline(t.name)}**: ${t.status}, ${t.occurrences}× in ${where}${t.lastSeen ? `, last ${t.lastSeen}` : ""}`);
		for (const ref of t.interviews) {
			const struggles = t.struggles.filter((s) => s.path === ref.path).map((s) => escapeInline(s.title));
			const label = `${noteLink(ref.path, titles.get(ref.path) ?? ref.title)}${ref.date ? ` (${ref.date})` : ""}`;
			lines.push(`\t- ${label}${struggles.length > 0 ? `: ${struggles.join("; ")}` : ""}`);
			sources.push(ref.path);
		}
	}
	return { markdown: lines.join("\n"), sources };
}

/** "Past interviews with <company>": newest first, with date, role and what went wrong. */
export function renderCompanyHistory(interviews: readonly Interview[], company: string): { markdown: string; sources: string[] } {
	const wanted = companyKey(company);
	const past = interviews.filter((iv) => wanted !== "" && companyKey(iv.company) === wanted).sort(newestFirst);
	if (past.length === 0) return { markdown: `_No past interviews with ${escapeInline(company)}._`, sources: [] };
	const lines: string[] = [];
	for (const iv of past) {
		const facts = [iv.date ?? "undated", iv.role].filter((f): f is string => !!f).map(escapeInline);
		lines.push(`- ${noteLink(iv.path, iv.title)}: ${facts.join(", ")}`);
		if (iv.struggles.length === 0) lines.push("\t- _No struggles recorded._");
		for (const s of iv.struggles) lines.push(`\t- ${escapeInline(s.title)}`);
	}
	return { markdown: lines.join("\n"), sources: past.map((iv) => iv.path) };
}
