/**
 * Words of struggle and action-item text, turned into small integer ids once per distinct word.
 * Themes are computed over thousands of notes within a frame budget, so every word is
 * lower-cased, split and stemmed exactly once per run and the rest works on numbers.
 */

/** Words too common to say anything about a theme; ignored by the similarity grouping only. */
const STOPWORDS = new Set(
	("a about above after again all also am an and any are as at be because been before being below between both but by can " +
		"could did didn didnt do does doing don dont down during each even few for from further get got had hadn has have having he " +
		"her here him his how i if in into is isn it its itself just me more most much my myself never no nor not now of off on once " +
		"only or other our out over own really said same say she should so some still such than that the their them then there these " +
		"they this those through to too under until up very wa was wasn we were what when where which while who why will with without " +
		"would wouldn you your asked ask interview interviewer question answer time one two way thing something lot kept keep know knew " +
		"think thought like need want went make made tell told gave give").split(" "),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** The same for text without non-ASCII characters, which is most text and much faster to scan. */
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)?/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** Light suffix stripping: conflates plural, -ed, -ing, -ly, -ness, -ment, -ation, -able, final -e and -y/-i. */
export function stemWord(word: string): string {
	let w = word.replace(/['’]/g, "");
	if (w.length <= 3 || KEEP.has(w)) return w;
	if (w.endsWith("sses")) w = w.slice(0, -2);
	else if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
	else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
	w = stripLast(w, ["ication", "ation", "ness", "ment", "able", "ible", "ing", "ed", "ly"]);
	if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
	if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
	if (w.length > 3 && w.endsWith("y") && /[aeiou]/.test(w.slice(0, -1))) w = w.slice(0, -1) + "i";
	return w;
}

/** Words a suffix rule would mangle ("business" is not "busy" + "ness"). */
const KEEP = new Set(["business", "witness", "harness", "ness"]);
/** What a stripped suffix leaves behind, so clarification meets clarify and estimation meets estimate. */
const SUFFIX_REPLACEMENT: Record<string, string> = { ication: "y", ation: "at" };

function stripLast(w: string, suffixes: readonly string[]): string {
	for (const s of suffixes) {
		if (!w.endsWith(s)) continue;
		const rest = w.slice(0, -s.length);
		if (rest.length >= 3 && /[aeiouy]/.test(rest)) return rest + (SUFFIX_REPLACEMENT[s] ?? "");
		return w;
	}
	return w;
}

/** Splits text into lower-case words (letters and digits, inner apostrophes kept). */
export function splitWords(text: string): string[] {
	const lower = text.toLowerCase();
	return lower.match(NON_ASCII.test(lower) ? WORD : ASCII_WORD) ?? [];
}

/** Assigns ids to words and remembers each word's stem; one per `computeThemes` run. */
export class WordTable {
	/** Raw lower-case word by word id. */
	readonly words: string[] = [];
	/** Stem id by word id. */
	readonly stemOf: number[] = [];
	/** Stem text by stem id. */
	readonly stems: string[] = [];
	/** True for stem ids of stopwords. */
	readonly isStop: boolean[] = [];
	/** First word seen with each stem id: how an automatic theme's name spells it. */
	readonly surface: string[] = [];
	private readonly wordIds = new Map<string, number>();
	private readonly stemIds = new Map<string, number>();

	/** Word ids of a text, in order. */
	encode(text: string): number[] {
		const words = splitWords(text);
		const out = new Array<number>(words.length);
		for (let i = 0; i < words.length; i++) out[i] = this.wordId(words[i]!);
		return out;
	}

	wordId(word: string): number {
		const known = this.wordIds.get(word);
		if (known !== undefined) return known;
		const id = this.words.length;
		this.words.push(word);
		this.stemOf.push(this.stemId(stemWord(word), word));
		this.wordIds.set(word, id);
		return id;
	}

	/** Stem id of a stem, adding it when new (`word` decides whether it is a stopword). */
	stemId(stem: string, word = stem): number {
		const known = this.stemIds.get(stem);
		if (known !== undefined) return known;
		const id = this.stems.length;
		this.stems.push(stem);
		this.surface.push(word.replace(/['’]/g, ""));
		this.isStop.push(STOPWORDS.has(word.replace(/['’]/g, "")) || STOPWORDS.has(stem) || /^\d+$/.test(stem));
		this.stemIds.set(stem, id);
		return id;
	}
}

