import { isDensePair } from "./script-text";
import type { WordTable } from "./text-words";

/** Stems shorter than this say too little to group struggles by, but for two-char words of dense scripts (see `isDensePair`). */
const MIN_STEM_LENGTH = 3;

/**
 * The terms of one `computeThemes` run: stems numbered in the order the run first meets them
 * (dictionary patterns, then struggles oldest first). The word table lives across runs and
 * numbers stems in whatever order earlier runs saw them; similarity ties break on this per-run
 * number and a group is named after the first word seen with a stem, so both must depend on
 * this run's input alone for the output to be the same warm or cold.
 */
export class RunTerms {
	/** By term: the first word seen with the stem, as an automatic theme's name spells it. */
	readonly surface: string[] = [];
	/** By stem id of the table: term + 1, 0 when not seen in this run. */
	private readonly termOfStem: Int32Array;
	/** By term: stopword or too short, so not a term for similarity. */
	private readonly ignored: boolean[] = [];

	constructor(private readonly table: WordTable) {
		this.termOfStem = new Int32Array(table.stems.length);
	}

	/** Meets these words in order; the first word of each new stem decides its spelling and whether it is a stopword. */
	see(words: ArrayLike<number>, from = 0, to = words.length): void {
		const stemOf = this.table.stemOf;
		for (let k = from; k < to; k++) {
			const w = words[k]!;
			const s = stemOf[w]!;
			if (this.termOfStem[s] !== 0) continue;
			this.termOfStem[s] = this.surface.length + 1;
			this.surface.push(this.table.surfaceOf(w));
			this.ignored.push(this.table.stopIfFirst[w]! || tooShort(this.table.stems[s]!));
		}
	}

	/** The similarity term of a word, or -1 for stopwords, short stems and stems this run has not seen. */
	termOf(word: number): number {
		const s = this.table.stemOf[word]!;
		const t = s < this.termOfStem.length ? this.termOfStem[s]! - 1 : -1;
		return t >= 0 && !this.ignored[t] ? t : -1;
	}
}

function tooShort(stem: string): boolean {
	return stem.length < MIN_STEM_LENGTH && !isDensePair(stem);
}
