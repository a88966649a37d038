import { readFileSync } from "fs";
import { join } from "path";
import { computeThemes } from "../../../src/core/themes/compute-themes";
import { DEFAULT_THEME_SETTINGS } from "../../../src/core/themes/theme-settings";
import { interview, struggle } from "./theme-builders";

interface LabelledSet {
	interviews: { path: string; date: string; company: string; struggles: { title: string; body: string; expected: string }[] }[];
}

const set = JSON.parse(readFileSync(join(__dirname, "../../fixtures/themes/quality-set.json"), "utf8")) as LabelledSet;
const interviews = set.interviews.map((iv) =>
	interview(iv.path, iv.date, iv.struggles.map((s, i) => struggle(10 + i * 5, s.title, s.body)), [], iv.company),
);
const labelled = set.interviews.flatMap((iv) => iv.struggles.map((s, i) => ({ key: `${iv.path}:${10 + i * 5}`, expected: s.expected, title: s.title })));

/**
 * Pairwise grouping quality. Over every pair of struggles: "predicted together" = the engine
 * put them in at least one common theme, "expected together" = same label. Precision = pairs
 * predicted and expected / pairs predicted; recall = pairs predicted and expected / pairs
 * expected. Pairwise needs no mapping from automatic theme ids to labels, and it penalises a
 * struggle given extra wrong themes (more predicted pairs) as well as a missed one.
 */
function pairwise(themesOf: Map<string, Set<string>>): { precision: number; recall: number } {
	let predicted = 0;
	let expected = 0;
	let both = 0;
	for (let i = 0; i < labelled.length; i++) {
		for (let j = i + 1; j < labelled.length; j++) {
			const a = themesOf.get(labelled[i]!.key) ?? new Set<string>();
			const together = [...a].some((t) => themesOf.get(labelled[j]!.key)?.has(t));
			const same = labelled[i]!.expected === labelled[j]!.expected;
			if (together) predicted++;
			if (same) expected++;
			if (together && same) both++;
		}
	}
	return { precision: predicted === 0 ? 0 : both / predicted, recall: expected === 0 ? 0 : both / expected };
}

describe("theme quality on the labelled set", () => {
	const analysis = computeThemes(interviews, DEFAULT_THEME_SETTINGS);
	const themesOf = new Map<string, Set<string>>();
	for (const t of analysis.themes) for (const r of t.struggles) {
		const key = `${r.path}:${r.line}`;
		themesOf.set(key, (themesOf.get(key) ?? new Set()).add(t.id));
	}

	it("is large and varied enough to mean something", () => {
		expect(labelled.length).toBeGreaterThanOrEqual(45);
		expect(new Set(set.interviews.map((iv) => iv.company)).size).toBeGreaterThanOrEqual(10);
	});

	it("groups struggles with pairwise precision and recall of at least 0.8", () => {
		const { precision, recall } = pairwise(themesOf);
		const exact = labelled.filter((l) => themesOf.get(l.key)?.has(l.expected)).length;
		const misses = labelled.filter((l) => !themesOf.get(l.key)?.has(l.expected) || themesOf.get(l.key)!.size > 1);
		console.log(
			`theme quality: pairwise precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; ` +
				`expected dictionary label among a struggle's themes: ${exact}/${labelled.length}\n` +
				misses.map((m) => `  ${m.expected} <- ${m.title} => ${[...(themesOf.get(m.key) ?? [])].join(", ")}`).join("\n"),
		);
		expect(precision).toBeGreaterThanOrEqual(0.8);
		expect(recall).toBeGreaterThanOrEqual(0.8);
	});
});
