import type { ActionItem, Interview, Struggle } from "../model";
import type { TextDoc } from "./auto-themes";
import { DictionaryMatcher, type DictionaryGap } from "./dictionary-match";
import type { TaggedGap } from "./gap-tags";
import { allItemTags, allStruggleTags, noteFacts, type NoteFacts } from "./note-facts";
import { WordTable } from "./text-words";

/**
 * The words and dictionary matches of one interview's texts: its struggles, then its action
 * items, each a title and a body. Packed into one typed array (kept off the JS heap, one
 * allocation per note) so a memo of thousands of notes costs the garbage collector a couple of
 * objects per note. Layout, for T texts: the T + 1 text offsets, the T / 2 + 1 hit offsets (one
 * per title and body pair), the word ids, the hits (indices into the matcher's gaps).
 */
export class NoteTexts {
	/** Word ids of every title and body: text `t`'s title is words[starts[2t], starts[2t + 1]), its body runs on to starts[2t + 2]. */
	words: Int32Array;
	/** The same array as `words`: the offsets lead it. */
	starts: Int32Array;
	/** By item: its `#gap/` tags, from its title, body and steps; null when no item has any. */
	itemTags: TaggedGap[][] | null = null;
	/** By struggle: its `#gap/` tags; null when no struggle has any. */
	struggleTags: TaggedGap[][] | null = null;
	/** The interview's output records (see `note-facts.ts`): set by the memo. */
	facts: NoteFacts | null = null;
	/** Where the hit offsets start: pair `t`'s gaps are words[words[hitStart + t], words[hitStart + t + 1]). */
	private readonly hitStart: number;

	/** Index of the first action item's text: the struggles come first. */
	readonly firstItem: number;

	constructor(table: WordTable, iv: Interview, matcher: DictionaryMatcher) {
		const texts = listParts(iv);
		this.firstItem = iv.struggles.length;
		this.hitStart = texts + 1;
		if (scratchStarts.length < texts + 1) scratchStarts = new Int32Array(2 * texts + 2);
		this.words = this.starts = pack(texts, table.encodeParts(scratchParts, scratchEnds, scratchStarts, texts), scratchStarts, matcher);
	}

	/** How many dictionary gaps text `t` names. */
	hitCount(t: number): number {
		return this.words[this.hitStart + t + 1]! - this.words[this.hitStart + t]!;
	}

	/** The `j`th dictionary gap (an index into the matcher's gaps) of text `t`, ascending in `j`. */
	hitAt(t: number, j: number): number {
		return this.words[this.words[this.hitStart + t]! + j]!;
	}

	/** Text `t` as the similarity grouping reads it: a span of `words`, no copy or view. */
	doc(t: number): TextDoc {
		return { words: this.words, start: this.starts[2 * t]!, bodyStart: this.starts[2 * t + 1]!, end: this.starts[2 * t + 2]! };
	}

	/** Matches every text again, as with another dictionary. */
	rematch(matcher: DictionaryMatcher): void {
		this.words = this.starts = pack(this.hitStart - 1, this.words, this.starts, matcher);
	}
}

/**
 * The texts of the note being encoded as runs of parts (see `WordTable.encodeParts`), reused
 * from note to note: written by index and cut to length, as emptying the list would drop its
 * storage, to be grown again for every note.
 */
const scratchParts: string[] = [];
let scratchEnds = new Int32Array(64);

/** Lists each struggle's title and body, then each item's title and body (its steps are lines of its body); returns how many texts. */
function listParts(iv: Interview): number {
	const parts = scratchParts;
	const texts = 2 * (iv.struggles.length + iv.actionItems.length);
	if (scratchEnds.length < texts) scratchEnds = new Int32Array(2 * texts);
	const ends = scratchEnds;
	let p = 0;
	let t = 0;
	for (const s of iv.struggles) {
		parts[p++] = s.title;
		ends[t++] = p;
		parts[p++] = s.body;
		ends[t++] = p;
	}
	for (const item of iv.actionItems) {
		parts[p++] = item.title;
		ends[t++] = p;
		parts[p++] = item.body;
		for (const st of item.steps) parts[p++] = st.text;
		ends[t++] = p;
	}
	parts.length = p;
	return texts;
}

/** Text offsets of the note being encoded, and its hits: reused from note to note. */
let scratchStarts = new Int32Array(64);
const scratchHits: number[] = [];

/**
 * Matches `texts` texts (T) whose words are words[starts[0], starts[T]) and lays out a note's
 * array (see `NoteTexts`): one allocation, sized once the hits are known.
 */
function pack(texts: number, words: Int32Array, starts: ArrayLike<number>, matcher: DictionaryMatcher): Int32Array {
	const pairs = texts / 2;
	const hits = scratchHits;
	hits.length = 0;
	const lead = texts + 1 + pairs + 1;
	const first = starts[0]!;
	const count = starts[texts]! - first;
	const data = noteArray(lead + count + countHits(pairs, words, starts, matcher, hits));
	for (let k = 0; k <= texts; k++) data[k] = starts[k]! - first + lead;
	data.set(words.subarray(first, first + count), lead);
	const hitBase = lead + count;
	for (let j = 0; j < hits.length; j++) data[hitBase + j] = hits[j]!;
	let h = 0;
	for (let t = 0; t < pairs; t++) {
		data[texts + 1 + t] = hitBase + h;
		h = hitEnds[t]!;
	}
	data[texts + 1 + pairs] = hitBase + h;
	return data;
}

/** Ints per shared buffer of note arrays: about 50 typical notes, 64 KB. */
const SLAB_INTS = 16_384;
let slab = new ArrayBuffer(4 * SLAB_INTS);
let slabUsed = 0;

/**
 * A note's array, zeroed: a view of a shared buffer unless the note is large. Each typed array
 * with its own buffer costs an off-heap allocation and garbage-collector bookkeeping (2-4 ms
 * for the 2,000 arrays of a cold run here, against 0.2-0.4 ms for views). A buffer lives while
 * any of its views does, so an edited note can keep up to one buffer of older versions alive.
 */
function noteArray(size: number): Int32Array {
	if (size > SLAB_INTS / 4) return new Int32Array(size);
	if (slabUsed + size > SLAB_INTS) {
		slab = new ArrayBuffer(4 * SLAB_INTS);
		slabUsed = 0;
	}
	const view = new Int32Array(slab, 4 * slabUsed, size);
	slabUsed += size;
	return view;
}

/** Where each pair's hits end in `hits`, by pair: filled by `countHits`. */
let hitEnds = new Int32Array(64);

/** Appends each title and body pair's gaps to `hits`, noting where each pair's end; returns how many. */
function countHits(pairs: number, words: ArrayLike<number>, starts: ArrayLike<number>, matcher: DictionaryMatcher, hits: number[]): number {
	if (hitEnds.length < pairs) hitEnds = new Int32Array(2 * pairs);
	for (let t = 0; t < pairs; t++) {
		matcher.matchInto(words, starts[2 * t]!, starts[2 * t + 1]!, starts[2 * t + 2]!, hits);
		hitEnds[t] = hits.length;
	}
	return hits.length;
}

interface Entry {
	texts: NoteTexts;
	/** What the entry was made from: other arrays (a caller that rebuilt the interview) mean start over. */
	struggles: readonly Struggle[];
	items: readonly ActionItem[];
	/** The matcher the hits were found with: another one (dictionary settings changed) means match again. */
	matcher: DictionaryMatcher;
	/** The tag prefix the struggle and item tags were read with. */
	tagPrefix: string;
}

/** A session this long has seen every word it will; past this many words, start a fresh table. */
const MAX_WORDS = 500_000;

/**
 * Words and dictionary matches of each interview's struggles and action items, remembered
 * across `computeThemes` calls. The plugin recomputes themes after every single-note edit and
 * its index hands back the same Interview object for every note that did not change (an
 * edited note is parsed into a new one), so only the edited note is tokenized and matched
 * again. Keyed by interview rather than by struggle: a few thousand entries instead of tens of
 * thousands keep the weak map cheap for the garbage collector. Entries are also keyed on the
 * settings they depend on (the matcher, for the dictionary and body threshold; the tag prefix).
 * Interviews are treated as immutable, as the parser never edits one after handing it out.
 * Weakly held: a note dropped from the index frees its entry.
 */
export class TextMemo {
	readonly table = new WordTable();
	private readonly notes = new WeakMap<Interview, Entry>();
	private cached: { key: string; matcher: DictionaryMatcher } | null = null;

	/** One matcher per dictionary and body threshold: compiled once, and its per-word candidate cache kept warm. */
	matcher(gaps: readonly DictionaryGap[], bodyMinHits: number): DictionaryMatcher {
		const key = JSON.stringify([gaps, bodyMinHits]);
		if (this.cached?.key !== key) this.cached = { key, matcher: new DictionaryMatcher(this.table, gaps, bodyMinHits) };
		return this.cached.matcher;
	}

	/** The texts of an interview, tokenized on first sight and matched again only when the settings changed. */
	note(iv: Interview, matcher: DictionaryMatcher, tagPrefix: string): NoteTexts {
		let e = this.notes.get(iv);
		if (!e || e.struggles !== iv.struggles || e.items !== iv.actionItems) {
			e = { texts: new NoteTexts(this.table, iv, matcher), struggles: iv.struggles, items: iv.actionItems, matcher, tagPrefix };
			e.texts.facts = noteFacts(iv);
			readTags(e.texts, iv, tagPrefix);
			this.notes.set(iv, e);
			return e.texts;
		}
		if (e.matcher !== matcher) {
			e.matcher = matcher;
			e.texts.rematch(matcher);
		}
		if (e.tagPrefix !== tagPrefix) {
			e.tagPrefix = tagPrefix;
			readTags(e.texts, iv, tagPrefix);
		}
		return e.texts;
	}

	/** `note` for each interview, in order. */
	noteAll(ivs: readonly Interview[], matcher: DictionaryMatcher, tagPrefix: string): NoteTexts[] {
		const out: NoteTexts[] = [];
		for (const iv of ivs) out.push(this.note(iv, matcher, tagPrefix));
		return out;
	}

	/** Whether the table has grown past what a session needs (a vault of generated text, say). */
	full(): boolean {
		return this.table.words.length > MAX_WORDS;
	}
}

function readTags(texts: NoteTexts, iv: Interview, prefix: string): void {
	texts.struggleTags = allStruggleTags(iv.struggles, prefix);
	texts.itemTags = allItemTags(iv.actionItems, prefix);
}

let shared = new TextMemo();

/** The session's memo; replaced by an empty one once its word table is full. */
export function textMemo(): TextMemo {
	if (shared.full()) shared = new TextMemo();
	return shared;
}
