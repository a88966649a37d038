/**
 * The light stemmer and stopword list of the theme engine. Kept apart from the tokenizer so
 * the word table can stem each distinct word once without pulling in its own dependencies.
 */
import { isHiraganaOnly } from "./script-text";

/** Words too common to say anything about a theme; ignored by the similarity grouping only. */
const STOPWORDS = new Set(
	("a about above after again all also am an and any are as at be because been before being below between both but by can " +
		"could did didn didnt do does doing don dont down during each even few for from further get got had hadn has have having he " +
		"her here him his how i if in into is isn it its itself just me more most much my myself never no nor not now of off on once " +
		"only or other our out over own really said same say she should so some still such than that the their them then there these " +
		"they this those through to too under until up very wa was wasn we were what when where which while who why will with without " +
		"would wouldn couldn couldnt cant cannot hadnt wasnt isnt arent doesnt doesn havent haven wont wouldnt shouldnt shouldn im ive you your asked ask interview interviewer question answer time one two way thing something lot kept keep know knew " +
		"think thought like need want went make made tell told gave give").split(" "),
);

/**
 * The same for scripts whose two-char words are terms (see `isDensePair`): the function words and
 * interview words (interview, question, answer, time) of Chinese, Japanese, Korean and Thai that
 * would otherwise tie together struggles about nothing in common. Japanese grammar written in
 * Hiragana is caught by `isHiraganaOnly` instead.
 */
const DENSE_STOPWORDS = new Set(
	("没有 我们 他们 一个 什么 这个 那个 这些 那些 因为 所以 但是 可以 不是 就是 还是 如果 然后 自己 时候 怎么 如何 需要 觉得 " +
		"知道 应该 已经 非常 问题 面试 面试官 回答 时间 自分 今回 面接 面接官 質問 時間 면접 면접관 질문 답변 너무 제대로 그리고 " +
		"하지만 그래서 정말 조금 많이 การ ความ ไม่ ที่ และ ของ ใน เป็น ได้ มี ให้ จะ ว่า กับ แล้ว ไป มา อยู่ คือ หรือ ก็ ถูก เรา ผม ฉัน " +
		"สัมภาษณ์ คำถาม คำตอบ เวลา").split(" "),
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
	if (STOPWORDS.has(surfaceWord(word)) || STOPWORDS.has(stem) || /^\d+$/.test(stem)) return true;
	return word.charCodeAt(0) >= 0x0e00 && (DENSE_STOPWORDS.has(word) || DENSE_STOPWORDS.has(stem) || isHiraganaOnly(word));
}

/** Light suffix stripping: conflates plural, -ed, -ing, -ly, -ness, -ment, -ation, -able, final -e and -y/-i; Korean case particles (see `PARTICLES`). */
export function stemWord(word: string): string {
	if (isHangulSyllable(word.charCodeAt(word.length - 1))) return stripParticle(word);
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

/**
 * Korean case particles, longest first: Korean writes them onto the noun ("캐시를" the cache as
 * object, "질문에서" in the question), so without this a noun only meets itself in the same case.
 */
const PARTICLES = ["에서", "으로", "에게", "까지", "부터", "보다", "처럼", "을", "를", "이", "가", "은", "는", "에", "의", "로", "와", "과", "도", "만"];

/** A noun without its particle; kept whole when that would leave one syllable ("평가" evaluation is not 평 + 가). */
function stripParticle(word: string): string {
	for (const p of PARTICLES) if (word.length - p.length >= 2 && word.endsWith(p)) return word.slice(0, -p.length);
	return word;
}

function isHangulSyllable(c: number): boolean {
	return c >= 0xac00 && c <= 0xd7a3;
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
