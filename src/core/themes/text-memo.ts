import type { ActionItem, Interview, Struggle } from "../model";
import type { TextDoc } from "./auto-themes";
import { DictionaryMatcher, type DictionaryGap } from "./dictionary-match";
import { pack } from "./note-array";
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
	/** By item: its `#gap/` tags, from its title, body and steps; null when no item has any. Read again by `readTags`. */
	itemTags: (readonly TaggedGap[])[] | null = null;
	/** By struggle: its `#gap/` tags; null when no struggle has any. Read again by `readTags`. */
	struggleTags: (readonly TaggedGap[])[] | null = null;
	/** The interview's output records (see `note-facts.ts`). */
	readonly facts: NoteFacts;
	/** Where the hit offsets start: pair `t`'s gaps are words[words[hitStart + t], words[hitStart + t + 1]). */
	private readonly hitStart: number;

	/** Index of the first action item's text: the struggles come first. */
	readonly firstItem: number;

	/** `bulk`: one of many notes encoded together, whose array may share a buffer (see `noteArray`). */
	constructor(table: WordTable, iv: Interview, matcher: DictionaryMatcher, tagPrefix: string, bulk: boolean) {
		const texts = listParts(iv);
		this.firstItem = iv.struggles.length;
		this.hitStart = texts + 1;
		if (scratchStarts.length < texts + 1) scratchStarts = new Int32Array(2 * texts + 2);
		this.words = this.starts = pack(texts, table.encodeParts(scratchParts, scratchEnds, scratchStarts, texts), scratchStarts, matcher, bulk);
		releaseScratch(table);
		this.facts = noteFacts(iv);
		this.readTags(iv, tagPrefix);
	}

	/** Reads the struggles' and items' tags under `prefix`: again when the tag prefix setting changed. */
	readTags(iv: Interview, prefix: string): void {
		this.struggleTags = allStruggleTags(iv.struggles, prefix);
		this.itemTags = allItemTags(iv.actionItems, prefix);
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

	/** Matches every text again, as with another dictionary; `bulk` as for the constructor. */
	rematch(matcher: DictionaryMatcher, bulk: boolean): void {
		this.words = this.starts = pack(this.hitStart - 1, this.words, this.starts, matcher, bulk);
	}
}

/**
 * The texts of the note being encoded as runs of parts (see `WordTable.encodeParts`), reused
 * from note to note: written by index and cut to length, as emptying the list would drop its
 * storage, to be grown again for every note. Blanked after use, not to pin the note's text.
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

/** Text offsets of the note being encoded: reused from note to note. */
let scratchStarts = new Int32Array(64);
/** Most texts of a note whose scratch is kept for the next one (a 1 MB array). */
const MAX_KEPT_TEXTS = 1 << 18;

/** Blanks the part list, not to pin the note's text, and drops any scratch a huge note grew. */
function releaseScratch(table: WordTable): void {
	if (scratchStarts.length > MAX_KEPT_TEXTS) {
		scratchParts.length = 0;
		scratchEnds = new Int32Array(64);
		scratchStarts = new Int32Array(64);
	} else scratchParts.fill("", 0, scratchParts.length);
	table.shrink();
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

/** More notes than this to encode or match in one call share buffers (see `noteArray`). */
const BULK_NOTES = 16;

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

	/**
	 * The texts of an interview, tokenized on first sight and matched again only when the
	 * settings changed; `bulk` when many notes are (see `noteArray`).
	 */
	note(iv: Interview, matcher: DictionaryMatcher, tagPrefix: string, bulk = false): NoteTexts {
		let e = this.entry(iv);
		if (!e) {
			e = { texts: new NoteTexts(this.table, iv, matcher, tagPrefix, bulk), struggles: iv.struggles, items: iv.actionItems, matcher, tagPrefix };
			this.notes.set(iv, e);
			return e.texts;
		}
		if (e.matcher !== matcher) {
			e.matcher = matcher;
			e.texts.rematch(matcher, bulk);
		}
		if (e.tagPrefix !== tagPrefix) {
			e.tagPrefix = tagPrefix;
			e.texts.readTags(iv, tagPrefix);
		}
		return e.texts;
	}

	/** `note` for each interview, in order: in bulk when more than `BULK_NOTES` need encoding or matching. */
	noteAll(ivs: readonly Interview[], matcher: DictionaryMatcher, tagPrefix: string): NoteTexts[] {
		let misses = 0;
		for (let k = 0; k < ivs.length && misses <= BULK_NOTES; k++) if (this.entry(ivs[k]!)?.matcher !== matcher) misses++;
		const bulk = misses > BULK_NOTES;
		const out: NoteTexts[] = [];
		for (const iv of ivs) out.push(this.note(iv, matcher, tagPrefix, bulk));
		return out;
	}

	/** The entry of an interview, unless there is none or it was made from other struggles or items. */
	private entry(iv: Interview): Entry | undefined {
		const e = this.notes.get(iv);
		return e && e.struggles === iv.struggles && e.items === iv.actionItems ? e : undefined;
	}

	/** Whether the table has grown past what a session needs (a vault of generated text, say). */
	full(): boolean {
		return this.table.words.length > MAX_WORDS;
	}
}

let shared = new TextMemo();

/** The session's memo; replaced by an empty one once its word table is full. */
export function textMemo(): TextMemo {
	if (shared.full()) shared = new TextMemo();
	return shared;
}
