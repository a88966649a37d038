import { inlineTagsIn, mayHoldTag } from "./tags";

/** Comment state carried from one line to the next: none, inside `<!-- -->`, or inside `%% %%`. */
export const Comment = { None: 0, Html: 1, Percent: 2 } as const;
export type Comment = (typeof Comment)[keyof typeof Comment];

/** The comment state after the last `stripComments` call; a shared slot, so no result object per line. */
export const commentAfter = { state: Comment.None as Comment };

/**
 * Removes HTML (`<!-- -->`) and Obsidian (`%% %%`) comments, carrying an open one to the next
 * line: returns the text outside comments and leaves the state for the next line in `commentAfter`.
 * A code span that starts first wins, so `%%` or `<!--` between backticks is text (CommonMark
 * gives code spans precedence over raw HTML); code spans themselves stay for `stripInlineCode`.
 */
export function stripComments(line: string, state: Comment): string {
	commentAfter.state = state;
	if (state === Comment.None && line.indexOf("<!--") < 0 && line.indexOf("%%") < 0) return line;
	let out = "";
	let copyFrom = 0;
	let i = 0;
	let open: Comment = state;
	// Next marker of each kind at or after `i`, searched again only once `i` passed it: one scan of the line per kind.
	let html = UNSEARCHED;
	let percent = UNSEARCHED;
	let tick = UNSEARCHED;
	let misses: Map<number, number> | null = null;
	for (;;) {
		if (open !== Comment.None) {
			const end = line.indexOf(open === Comment.Html ? "-->" : "%%", i);
			if (end < 0) {
				commentAfter.state = open;
				return out;
			}
			i = copyFrom = end + (open === Comment.Html ? 3 : 2);
			open = Comment.None;
			continue;
		}
		html = nextAt(line, "<!--", html, i);
		percent = nextAt(line, "%%", percent, i);
		const comment = html < 0 ? percent : percent < 0 ? html : Math.min(html, percent);
		if (comment < 0) break;
		tick = nextAt(line, "`", tick, i);
		if (tick >= 0 && tick < comment) {
			const span = scanCodeSpan(line, tick, (misses ??= new Map<number, number>()));
			i = span.close < 0 ? span.runEnd : span.close + (span.runEnd - tick);
			continue;
		}
		out += line.slice(copyFrom, comment) + " ";
		open = comment === html ? Comment.Html : Comment.Percent;
		i = comment + (open === Comment.Html ? 4 : 2);
	}
	commentAfter.state = Comment.None;
	return out + line.slice(copyFrom);
}

const UNSEARCHED = -2;

/** `line.indexOf(needle, from)`, reusing `cached` while it is still ahead of `from` (-1: none left). */
function nextAt(line: string, needle: string, cached: number, from: number): number {
	if (cached === -1 || cached >= from) return cached;
	return line.indexOf(needle, from);
}

/** The backtick run opening at `start`, and where the run closing it starts (-1: none, the backticks are text). */
interface CodeSpanScan {
	runEnd: number;
	close: number;
}

/**
 * Finds the closing run of the code span opening at `start`. `misses` remembers, per run length,
 * from where no closing run exists, so a line of many unclosed runs is not searched to its end
 * once per run.
 */
function scanCodeSpan(text: string, start: number, misses: Map<number, number>): CodeSpanScan {
	let runEnd = start;
	while (text.charCodeAt(runEnd) === 96) runEnd++;
	const len = runEnd - start;
	const missFrom = misses.get(len);
	if (missFrom !== undefined && missFrom <= runEnd) return { runEnd, close: -1 };
	const close = findRun(text, text.slice(start, runEnd), runEnd);
	if (close < 0) misses.set(len, runEnd);
	return { runEnd, close };
}

/** Where the line's code spans are, as [start, end) pairs, by the same rules `stripInlineCode` applies. */
export function codeSpans(text: string): [number, number][] {
	const out: [number, number][] = [];
	const misses = new Map<number, number>();
	for (let at = text.indexOf("`"); at >= 0; ) {
		const span = scanCodeSpan(text, at, misses);
		if (span.close < 0) {
			at = text.indexOf("`", span.runEnd);
			continue;
		}
		const end = span.close + (span.runEnd - at);
		out.push([at, end]);
		at = text.indexOf("`", end);
	}
	return out;
}

/** Removes inline code spans so `#tags` inside backticks are not read. */
export function stripInlineCode(text: string): string {
	if (text.indexOf("`") < 0) return text;
	let out = "";
	let pos = 0;
	for (const [at, end] of codeSpans(text)) {
		out += text.slice(pos, at) + " ";
		pos = end;
	}
	return out + text.slice(pos);
}

function findRun(text: string, run: string, from: number): number {
	let at = text.indexOf(run, from);
	while (at >= 0) {
		const before = text.charAt(at - 1);
		const after = text.charAt(at + run.length);
		if (before !== "`" && after !== "`") return at;
		let skip = at;
		while (text.charAt(skip) === "`") skip++;
		at = text.indexOf(run, skip);
	}
	return -1;
}

/**
 * Removes wikilinks (`[[Note#Heading|alias]]`) and Markdown link targets (`](#heading)`), whose
 * `#` starts a heading reference, not a tag: Obsidian reports no tag there either (checked
 * against metadata captured from Obsidian, tests/fixtures/obsidian-captured).
 */
function stripLinkTargets(text: string): string {
	if (text.indexOf("[[") < 0 && text.indexOf("](") < 0) return text;
	let out = "";
	let pos = 0;
	let wiki = UNSEARCHED;
	let md = UNSEARCHED;
	while (pos < text.length) {
		wiki = nextAt(text, "[[", wiki, pos);
		md = nextAt(text, "](", md, pos);
		if (wiki < 0 && md < 0) break;
		const isWiki = wiki >= 0 && (md < 0 || wiki < md);
		const start = isWiki ? wiki : md;
		const close = text.indexOf(isWiki ? "]]" : ")", start + 2);
		if (close < 0) break;
		out += text.slice(pos, isWiki ? start : start + 1) + " ";
		pos = close + (isWiki ? 2 : 1);
	}
	return out + text.slice(pos);
}

/** Inline tags found on one line, in order, each with its line index. */
export interface LineTag {
	index: number;
	tag: string;
}

/** Collects the tags of one prose line and returns the comment state for the next line. */
export function proseTags(line: string, index: number, state: Comment, tags: LineTag[]): Comment {
	if (state === Comment.None && line.indexOf("#") < 0 && line.indexOf("<!--") < 0 && line.indexOf("%%") < 0) return state;
	const text = stripComments(line, state);
	const next = commentAfter.state;
	collectTags(text, index, tags);
	return next;
}

/** Adds the inline tags of text already free of comments. */
export function collectTags(text: string, index: number, tags: LineTag[]): void {
	if (text.indexOf("#") < 0) return;
	const plain = stripLinkTargets(stripInlineCode(text));
	// Every heading line has a `#`, nearly none a tag: skip the result array for those.
	if (!mayHoldTag(plain)) return;
	for (const tag of inlineTagsIn(plain)) tags.push({ index, tag });
}
