import { inlineTagsIn, mayHoldTag } from "./tags";

/** Comment state carried from one line to the next: none, inside `<!-- -->`, or inside `%% %%`. */
export const Comment = { None: 0, Html: 1, Percent: 2 } as const;
export type Comment = (typeof Comment)[keyof typeof Comment];

/** The comment state after the last `stripComments` call; a shared slot, so no result object per line. */
export const commentAfter = { state: Comment.None as Comment };

/**
 * Removes HTML (`<!-- -->`) and Obsidian (`%% %%`) comments, carrying an open one to the next
 * line: returns the text outside comments and leaves the state for the next line in `commentAfter`.
 */
export function stripComments(line: string, state: Comment): string {
	commentAfter.state = state;
	if (state === Comment.None && line.indexOf("<!--") < 0 && line.indexOf("%%") < 0) return line;
	let out = "";
	let pos = 0;
	let open: Comment = state;
	while (pos < line.length) {
		if (open === Comment.Html) {
			const end = line.indexOf("-->", pos);
			if (end < 0) {
				commentAfter.state = Comment.Html;
				return out;
			}
			pos = end + 3;
			open = Comment.None;
		} else if (open === Comment.Percent) {
			const end = line.indexOf("%%", pos);
			if (end < 0) {
				commentAfter.state = Comment.Percent;
				return out;
			}
			pos = end + 2;
			open = Comment.None;
		} else {
			const h = line.indexOf("<!--", pos);
			const p = line.indexOf("%%", pos);
			if (h < 0 && p < 0) {
				out += line.slice(pos);
				break;
			}
			const useHtml = h >= 0 && (p < 0 || h < p);
			const at = useHtml ? h : p;
			out += line.slice(pos, at) + " ";
			pos = at + (useHtml ? 4 : 2);
			open = useHtml ? Comment.Html : Comment.Percent;
		}
	}
	commentAfter.state = open;
	return out;
}

/** Removes inline code spans so `#tags` inside backticks are not read. */
export function stripInlineCode(text: string): string {
	if (text.indexOf("`") < 0) return text;
	let out = "";
	let pos = 0;
	while (pos < text.length) {
		const start = text.indexOf("`", pos);
		if (start < 0) {
			out += text.slice(pos);
			break;
		}
		let runEnd = start;
		while (text.charAt(runEnd) === "`") runEnd++;
		const run = text.slice(start, runEnd);
		const close = findRun(text, run, runEnd);
		if (close < 0) {
			out += text.slice(pos, runEnd);
			pos = runEnd;
			continue;
		}
		out += text.slice(pos, start) + " ";
		pos = close + run.length;
	}
	return out;
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
	while (pos < text.length) {
		const wiki = text.indexOf("[[", pos);
		const md = text.indexOf("](", pos);
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
