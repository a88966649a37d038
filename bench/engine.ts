import { readFileSync } from "node:fs";
import { join } from "node:path";
import { indexNotes } from "../src/core/build-index";
import { toScanJson } from "../src/core/contract-json";
import { parseNote } from "../src/core/parse-note";
import { DEFAULT_ENGINE_SETTINGS } from "../src/core/settings";
import { readVault } from "../src/cli/read-vault";
import { bigInterviewNote, type BenchCorpus } from "./corpus";
import { median, time } from "./timing";

/** Engine figures from issue 2: scan vs a read-only floor, parse throughput, one 5 MB note. */
export async function run(corpus: BenchCorpus): Promise<Record<string, number>> {
	const floorRuns: number[] = [];
	const scanRuns: number[] = [];
	let interviews = 0;
	for (let k = 0; k < 5; k++) {
		floorRuns.push(time(() => floor(corpus)));
		scanRuns.push(
			time(() => {
				const read = readVault(corpus.root);
				const found = indexNotes(read.files, DEFAULT_ENGINE_SETTINGS);
				interviews = found.length;
				JSON.stringify(toScanJson(corpus.root, "real-interview", found));
			}),
		);
	}
	const texts = corpus.interviewPaths.map((p) => corpus.notes.find((n) => n.path === p)?.text ?? "");
	const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
	const parseMs = median(Array.from({ length: 5 }, () => time(() => texts.forEach((t, i) => parseNote(`n${i}.md`, t, DEFAULT_ENGINE_SETTINGS)))));
	const big = bigInterviewNote(5 * 1024 * 1024);
	const bigMs = median(Array.from({ length: 5 }, () => time(() => parseNote("big.md", big, DEFAULT_ENGINE_SETTINGS))));
	return {
		notes: corpus.notes.length,
		interviews_found: interviews,
		floor_ms: round(median(floorRuns)),
		scan_ms: round(median(scanRuns)),
		scan_vs_floor: round(median(scanRuns) / median(floorRuns)),
		engine_mb_per_s: round(bytes / (1024 * 1024) / (parseMs / 1000)),
		big_note_mb: round(Buffer.byteLength(big) / (1024 * 1024)),
		big_note_ms: round(bigMs),
	};
}

/** The floor: read every file and run one regex per line, nothing else. */
function floor(corpus: BenchCorpus): number {
	let hits = 0;
	const re = /^#{1,6}\s/;
	for (const n of corpus.notes) {
		const text = readFileSync(join(corpus.root, n.path), "utf8");
		for (const line of text.split("\n")) if (re.test(line)) hits++;
	}
	return hits;
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}
