/**
 * The light stemmer and stopword list of the theme engine. Kept apart from the tokenizer so
 * the word table can stem each distinct word once without pulling in its own dependencies.
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

/** A word without its apostrophes: how an automatic theme's name spells a stem. */
export function surfaceWord(word: string): string {
	return word.replace(/['’]/g, "");
}

/**
 * Whether a stem counts as a stopword when `word` is the first word seen with it. The first
 * word decides (not the stem alone) so "wasn't" and "was" stay stopwords though their stems
 * differ from the listed words.
 */
export function isStopWord(word: string, stem: string): boolean {
	return STOPWORDS.has(surfaceWord(word)) || STOPWORDS.has(stem) || /^\d+$/.test(stem);
}

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
