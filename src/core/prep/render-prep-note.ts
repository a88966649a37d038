import type { Interview } from "../model";
import type { ThemeAnalysis } from "../themes/theme-model";
import { escapeInline } from "./markdown-text";
import { rankOpenEntries } from "./open-items";
import { formatPrepDate } from "./prep-date";
import { renderFrontMatter } from "./prep-front-matter";
import { renderCompanyHistory, renderGaps, renderOpenItems, type BlockIdLookup } from "./prep-sections";
import { DEFAULT_PREP_TEMPLATE, fillPlaceholders, splitTemplate } from "./prep-template";

/** What the user typed in the modal or on the command line. */
export interface PrepOptions {
	/** Required by callers (the modal and CLI refuse an empty one). */
	company: string;
	role: string;
	/** `YYYY-MM-DD`, already validated with `checkPrepDate`. */
	date: string;
	stage: string;
}

export interface PrepNoteInput {
	interviews: readonly Interview[];
	/** Ranked gaps; without them, "Gaps to rehearse" falls back to the latest struggles. */
	themes?: ThemeAnalysis;
	options: PrepOptions;
	/** `tag` keeps the interview tag out of the prep note; `prepDateFormat` renders `{{date}}`. */
	settings: { tag: string; prepDateFormat: string };
	/** Text of the template note; empty or missing means the built-in template. */
	template?: string;
	/** Block ids for carried items and steps (checkbox sync); without one a line links to the note. */
	blockIds?: BlockIdLookup;
}

/**
 * The whole prep note as Markdown, readable without the plugin. Pure: the same index, options and
 * template give the same bytes, which is what the approved outputs pin down.
 */
export function renderPrepNote(input: PrepNoteInput): string {
	const { interviews, themes, options, settings } = input;
	const entries = rankOpenEntries(interviews, options.company, themes);
	const gaps = renderGaps(interviews, themes);
	const history = renderCompanyHistory(interviews, options.company);
	const sources = orderedSources(interviews, [...entries.map((e) => e.interview.path), ...gaps.sources, ...history.sources]);
	const date = formatPrepDate(options.date, settings.prepDateFormat);
	const scalars = new Map([
		["company", options.company],
		["role", options.role],
		["date", date],
		["stage", options.stage],
	]);
	const body = new Map([...[...scalars].map(([k, v]): [string, string] => [k, escapeInline(v)])]);
	body.set("open_items", renderOpenItems(entries, input.blockIds));
	body.set("gaps", gaps.markdown);
	body.set("company_history", history.markdown);
	const template = input.template?.trim() ? input.template : DEFAULT_PREP_TEMPLATE;
	const split = splitTemplate(template);
	const front = renderFrontMatter({ ...options, sources }, split.properties, settings.tag, scalars);
	const text = fillPlaceholders(split.body, body).replace(/^\n+/, "");
	return `${front}\n${text.endsWith("\n") ? text : text + "\n"}`;
}

/** Source paths once each, oldest interview first (the order a reader walks the history in). */
function orderedSources(interviews: readonly Interview[], paths: readonly string[]): string[] {
	const wanted = new Set(paths);
	return interviews
		.filter((iv) => wanted.has(iv.path))
		.sort((a, b) => (a.date ?? "9999-99-99").localeCompare(b.date ?? "9999-99-99") || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
		.map((iv) => iv.path);
}
