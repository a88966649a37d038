import { parseNote } from "../src/core/parse-note";
import type { Interview } from "../src/core/model";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { computeThemes } from "../src/core/themes/compute-themes";
import type { BenchCorpus } from "./corpus";
import { median, time } from "./timing";

const RUNS = 7;

/** Issue 6: theme computation over the 2,000 interview notes, parsed once beforehand (target < 50 ms). */
export async function run(corpus: BenchCorpus): Promise<Record<string, number>> {
	const byPath = new Map(corpus.notes.map((n) => [n.path, n.text]));
	const interviews: Interview[] = [];
	for (const path of corpus.interviewPaths) {
		const iv = parseNote(path, byPath.get(path) ?? "", DEFAULT_SETTINGS);
		if (iv) interviews.push(iv);
	}
	computeThemes(interviews, DEFAULT_SETTINGS);
	const runs = Array.from({ length: RUNS }, () => time(() => computeThemes(interviews, DEFAULT_SETTINGS)));
	return { themes_ms: Math.round(median(runs) * 100) / 100 };
}
