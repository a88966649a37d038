/**
 * What a theme run reads of an interview besides its words: the output references of its
 * struggles and items, its summary and its `#gap/` tags. Made once per interview by the memo,
 * while its struggles and items are in cache from being tokenized, so a run reads these small
 * records instead of walking thousands of parsed objects scattered over the heap again.
 * Every analysis built from the same interview shares them, as every theme of one analysis
 * does, so they are frozen: a consumer that edited one would otherwise edit the next analysis.
 */
import type { ActionItem, Interview, Struggle } from "../model";
import { gapTags, tagsInText, type TaggedGap } from "./gap-tags";
import type { NoteRef, Theme } from "./theme-model";

export type InterviewSummary = Theme["interviews"][number];

export interface NoteFacts {
	/** By text pair: each struggle's reference, then each action item's. */
	readonly refs: readonly NoteRef[];
	/** By action item: whether it is done. */
	readonly done: readonly boolean[];
	readonly summary: InterviewSummary;
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
	return { refs, done, summary: Object.freeze({ path: iv.path, title: iv.title, date: iv.date, company: iv.company }) };
}

function noteRef(iv: Interview, x: Struggle | ActionItem): NoteRef {
	return Object.freeze({ path: iv.path, line: x.line, title: x.title, date: iv.date });
}

/** The tags of a struggle or item without any: one empty list, shared. */
export const NO_TAGS: readonly TaggedGap[] = [];

/**
 * By struggle: its gap tags under `prefix`; null when no struggle has any (most notes). Plain
 * loops: these run for every note of a cold run, and a closure or an array per struggle is
 * garbage the collector then has to sweep.
 */
export function allStruggleTags(struggles: readonly Struggle[], prefix: string): (readonly TaggedGap[])[] | null {
	let out: (readonly TaggedGap[])[] | null = null;
	for (let t = 0; t < struggles.length; t++) {
		if (struggles[t]!.tags.length === 0) continue;
		const tags = gapTags(struggles[t]!.tags, prefix);
		if (tags.length > 0) (out ??= new Array<readonly TaggedGap[]>(struggles.length).fill(NO_TAGS))[t] = tags;
	}
	return out;
}

/** By item: its gap tags under `prefix`, from its title, body and steps; null when no item has any. */
export function allItemTags(items: readonly ActionItem[], prefix: string): (readonly TaggedGap[])[] | null {
	let out: (readonly TaggedGap[])[] | null = null;
	for (let k = 0; k < items.length; k++) {
		if (!mayHaveTags(items[k]!)) continue;
		const tags = gapTags(tagsInText([items[k]!.title, items[k]!.body, ...items[k]!.steps.map((st) => st.text)]), prefix);
		if (tags.length > 0) (out ??= new Array<readonly TaggedGap[]>(items.length).fill(NO_TAGS))[k] = tags;
	}
	return out;
}

function mayHaveTags(item: ActionItem): boolean {
	if (item.title.indexOf("#") >= 0 || item.body.indexOf("#") >= 0) return true;
	for (const st of item.steps) if (st.text.indexOf("#") >= 0) return true;
	return false;
}
