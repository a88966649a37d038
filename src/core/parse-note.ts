import { extractActionItems } from "./extract-actions";
import { extractStruggles } from "./extract-struggles";
import { readFrontMatter } from "./front-matter";
import { newScanBuffers, scanMarkdown, type ScanBuffers, type ScannedNote } from "./markdown-scan";
import { metaSectionValues, resolveMeta } from "./meta";
import type { ActionItem, Interview, Struggle } from "./model";
import { findSections, type Section, type SectionNames } from "./sections";
import type { EngineSettings } from "./settings";
import { foldKey, needsFolding } from "./fold-key";
import { frontMatterTags, tagMatches } from "./tags";
import { splitLines } from "./text-lines";

/** Cheap pre-check: a note that never spells the tag cannot be an interview. */
export function mightBeInterview(text: string, tag: string): boolean {
	const p = tagProbe(tag);
	if (p.re === null) return p.any;
	// A note may spell the tag in letters that fold to it (`İNTERVİEW`, full-width, an accent typed
	// apart): then compare folded, which only notes with such letters pay for.
	return p.re.test(text) || (FOLDS_DIFFERENTLY.test(text) && p.re.test(foldKey(text)));
}

// Letters that fold into ASCII ones: Turkish İ ı, long s, Kelvin, ligatures, full-width forms. An
// accent typed apart needs no retry: the probe is an ASCII piece of the tag, which stays whole in
// such text. None of these is Latin-1, so V8 skips a one-byte note (most notes) without a scan.
const FOLDS_DIFFERENTLY = /[\u0130\u0131\u017f\u212a\ufb00-\ufb06\uff01-\uff5e]/;

let probe: { tag: string; re: RegExp | null; any: boolean } = { tag: "", re: null, any: false };

// One compiled probe per tag: this runs on every note of the vault, so it must not allocate.
function tagProbe(tag: string): typeof probe {
	if (probe.tag !== tag) {
		const t = foldKey(tag.replace(/^#+/, "").trim());
		const p = probeText(t);
		probe = { tag, re: p ? new RegExp(p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i") : null, any: t !== "" };
	}
	return probe;
}

/**
 * What every spelling of the tag contains. Beyond ASCII a note may spell it differently and still
 * carry it (`İş` for `iş`, `ß` for `ss`, an accent typed as a separate mark): then the longest run
 * of the tag without such letters, or nothing to check when none is two characters long (`面试`:
 * every note is parsed).
 */
function probeText(tag: string): string {
	if (!needsFolding(tag)) return tag;
	const pieces = tag.split(/[^\x21-\x7e]|i|ss/i);
	const best = pieces.reduce((a, b) => (b.length > a.length ? b : a), "");
	return best.length >= 2 ? best : "";
}

/**
 * Parses one note. Returns null when it is not tagged as an interview; otherwise every
 * field the contract names, as far as the note allows, with warnings for what was missing.
 * Never throws for any input text.
 */
export function parseNote(path: string, text: string, settings: EngineSettings): Interview | null {
	if (!mightBeInterview(text, settings.tag)) return null;
	const lines = splitLines(text);
	const fm = readFrontMatter(lines);
	const warnings = fm.warnings.slice();
	const note = scanMarkdown(lines, fm.bodyStart, buffersFor(lines.length));
	const tagWarnings: string[] = [];
	if (!isTagged(frontMatterTags(fm.data, tagWarnings), note, settings.tag)) return null;
	for (const w of tagWarnings) warnings.push(w);
	return buildInterview(path, note, fm.data, warnings, settings);
}

function isTagged(frontMatter: string[], note: ScannedNote, tag: string): boolean {
	for (const t of frontMatter) if (tagMatches(t, tag)) return true;
	for (const t of note.tags) if (tagMatches(t.tag, tag)) return true;
	return false;
}

// Notes up to this many lines borrow one set of scan buffers; a huge note gets its own, so the
// module never holds on to megabytes after one big file.
const POOLED_LINES = 8192;
let pool: ScanBuffers | null = null;

/**
 * Scan buffers for one parse. Safe to share: `parseNote` is synchronous and nothing it returns
 * points into them (the Interview holds only strings and plain objects).
 */
function buffersFor(lineCount: number): ScanBuffers | undefined {
	if (lineCount > POOLED_LINES) return undefined;
	pool ??= newScanBuffers(POOLED_LINES);
	return pool;
}

function buildInterview(
	path: string,
	note: ScannedNote,
	frontMatter: Record<string, unknown> | null,
	warnings: string[],
	settings: EngineSettings,
): Interview {
	const sections = findSections(note, sectionNames(settings));
	const struggles: Struggle[] = [];
	const actionItems: ActionItem[] = [];
	// Plain loops, not push(...items): spreading 100k+ items as arguments overflows the stack.
	for (const s of sections) {
		if (s.kind === "struggles") for (const x of extractStruggles(note, s)) struggles.push(x);
		else if (s.kind === "actions") for (const x of extractActionItems(note, s)) actionItems.push(x);
	}
	sectionWarnings(sections, struggles, actionItems, settings, warnings);
	const fileName = path.slice(path.lastIndexOf("/") + 1);
	const meta = resolveMeta(fileName, frontMatter, metaSectionValues(note, sections), warnings);
	return { path, ...meta, struggles, actionItems, warnings };
}

// One names object per settings object, so the section finder's per-names caches stay warm.
const namesBySettings = new WeakMap<EngineSettings, SectionNames>();

function sectionNames(settings: EngineSettings): SectionNames {
	let names = namesBySettings.get(settings);
	if (!names) {
		names = { struggles: settings.struggleHeadings, actions: settings.actionHeadings, meta: settings.metaHeadings };
		namesBySettings.set(settings, names);
	}
	return names;
}

function sectionWarnings(sections: Section[], struggles: Struggle[], actions: ActionItem[], settings: EngineSettings, out: string[]): void {
	const check = (kind: Section["kind"], names: string[], count: number) => {
		const name = names[0] ?? kind;
		// Says how to fix it: a first note often names the section its own way ("## Struggles").
		if (!sections.some((s) => s.kind === kind)) out.push(`No '${name}' section (no heading starts with ${quoteNames(names)}; other names can be added in the settings)`);
		else if (count === 0) out.push(`The '${name}' section is empty`);
	};
	check("struggles", settings.struggleHeadings, struggles.length);
	check("actions", settings.actionHeadings, actions.length);
}

/** `'A'`, `'A' or 'B'`, `'A', 'B' or 'C'`. */
function quoteNames(names: readonly string[]): string {
	const q = names.map((n) => `'${n}'`);
	return q.length <= 1 ? (q[0] ?? "''") : `${q.slice(0, -1).join(", ")} or ${q[q.length - 1] ?? ""}`;
}
