/**
 * What a theme run reads of an interview besides its words: the output references of its
 * struggles and items, its summary and its `#gap/` tags. Made once per interview by the memo,
 * while its struggles and items are in cache from being tokenized, so a run reads these small
 * records instead of walking thousands of parsed objects scattered over the heap again.
 * Interviews are immutable, so the records are too; every analysis built from the same
 * interview shares them, as every theme of one analysis does.
 */
import type { ActionItem, Interview, Struggle } from "../model";
import { gapTags, tagsInText, type TaggedGap } from "./gap-tags";
import type { NoteRef, Theme } from "./theme-model";

export type InterviewSummary = Theme["interviews"][number];

export interface NoteFacts {
	/** By text pair: each struggle's reference, then each action item's. */
	refs: NoteRef[];
	/** By action item: whether it is done. */
	done: boolean[];
	summary: InterviewSummary;
}

/** The references and summary of an interview. */
export function noteFacts(iv: Interview): NoteFacts {
	const refs: NoteRef[] = [];
	const done: boolean[] = [];
	for (const s of iv.struggles) refs.push(noteRef(iv, s));
	for (const item of iv.actionItems) {
		refs.push(noteRef(iv, item));
		done.push(item.done);
	}
	return { refs, done, summary: { path: iv.path, title: iv.title, date: iv.date, company: iv.company } };
}

function noteRef(iv: Interview, x: Struggle | ActionItem): NoteRef {
	return { path: iv.path, line: x.line, title: x.title, date: iv.date };
}

/** By struggle: its gap tags under `prefix`; null when no struggle has any. */
export function allStruggleTags(struggles: readonly Struggle[], prefix: string): TaggedGap[][] | null {
	let out: TaggedGap[][] | null = null;
	struggles.forEach((s, t) => {
		if (s.tags.length === 0) return;
		const tags = gapTags(s.tags, prefix);
		if (tags.length > 0) (out ??= struggles.map(() => []))[t] = tags;
	});
	return out;
}

/** By item: its gap tags under `prefix`, from its title, body and steps; null when no item has any. */
export function allItemTags(items: readonly ActionItem[], prefix: string): TaggedGap[][] | null {
	const tags = items.map((item) => itemTags(item, prefix));
	return tags.some((t) => t.length > 0) ? tags : null;
}

function itemTags(item: ActionItem, prefix: string): TaggedGap[] {
	if (item.title.indexOf("#") < 0 && item.body.indexOf("#") < 0 && item.steps.every((st) => st.text.indexOf("#") < 0)) return [];
	return gapTags(tagsInText([item.title, item.body, ...item.steps.map((st) => st.text)]), prefix);
}
