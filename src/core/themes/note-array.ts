/**
 * The packing of a note's array (see `NoteTexts`): its texts' offsets, its word ids copied out
 * of the tokenizer's scratch, and its dictionary hits, and where the array's memory comes from.
 */
import type { DictionaryMatcher } from "./dictionary-match";

/** The hits of the note being packed: reused from note to note. */
const scratchHits: number[] = [];

/**
 * Matches `texts` texts (T) whose words are words[starts[0], starts[T]) and lays out a note's
 * array (see `NoteTexts`): one allocation, sized once the hits are known; `bulk` as for `noteArray`.
 */
export function pack(texts: number, words: Int32Array, starts: ArrayLike<number>, matcher: DictionaryMatcher, bulk: boolean): Int32Array {
	const pairs = texts / 2;
	const hits = scratchHits;
	hits.length = 0;
	const lead = texts + 1 + pairs + 1;
	const first = starts[0]!;
	const count = starts[texts]! - first;
	const data = noteArray(lead + count + countHits(pairs, words, starts, matcher, hits), bulk);
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
	if (hitEnds.length > MAX_KEPT_PAIRS) hitEnds = new Int32Array(64);
	return data;
}

/** Ints per shared buffer of note arrays: about 50 typical notes, 64 KB. */
const SLAB_INTS = 16_384;
let slab = new ArrayBuffer(4 * SLAB_INTS);
let slabUsed = 0;

/**
 * A note's array, zeroed: in a bulk encode (a cold run, a settings change) a view of a shared
 * buffer unless the note is large. Each typed array with its own buffer costs an off-heap
 * allocation and garbage-collector bookkeeping (2-4 ms for the 2,000 arrays of a cold run here,
 * against 0.2-0.4 ms for views). A buffer lives while any of its views does, so a note encoded
 * alone (after an edit) gets a buffer of its own: as a view it would keep a whole shared buffer
 * alive once the notes around it were edited, 64 KB per edited note.
 */
function noteArray(size: number, bulk: boolean): Int32Array {
	if (!bulk || size > SLAB_INTS / 4) return new Int32Array(size);
	if (slabUsed + size > SLAB_INTS) {
		slab = new ArrayBuffer(4 * SLAB_INTS);
		slabUsed = 0;
	}
	const view = new Int32Array(slab, 4 * slabUsed, size);
	slabUsed += size;
	return view;
}

/** Where each pair's hits end in `hits`, by pair: filled by `countHits`; dropped after a huge note. */
let hitEnds = new Int32Array(64);
const MAX_KEPT_PAIRS = 1 << 18;

/** Appends each title and body pair's gaps to `hits`, noting where each pair's end; returns how many. */
function countHits(pairs: number, words: ArrayLike<number>, starts: ArrayLike<number>, matcher: DictionaryMatcher, hits: number[]): number {
	if (hitEnds.length < pairs) hitEnds = new Int32Array(2 * pairs);
	for (let t = 0; t < pairs; t++) {
		matcher.matchInto(words, starts[2 * t]!, starts[2 * t + 1]!, starts[2 * t + 2]!, hits);
		hitEnds[t] = hits.length;
	}
	return hits.length;
}
