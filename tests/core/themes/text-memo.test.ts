import type { Interview } from "../../../src/core/model";
import { computeThemes } from "../../../src/core/themes/compute-themes";
import { textMemo } from "../../../src/core/themes/text-memo";
import type { Theme } from "../../../src/core/themes/theme-model";
import { DEFAULT_THEME_SETTINGS, type ThemeSettings } from "../../../src/core/themes/theme-settings";
import { interview, item, struggle } from "./theme-builders";

const S = DEFAULT_THEME_SETTINGS;

type Compute = typeof computeThemes;

/** Runs `body` with computeThemes from a module instance of its own: an empty memo and word table. */
async function withFreshEngine(body: (compute: Compute) => void): Promise<void> {
	await jest.isolateModulesAsync(async () => {
		body((await import("../../../src/core/themes/compute-themes")).computeThemes);
	});
}

/** The themes of a cold run, as JSON. */
async function coldThemes(ivs: readonly Interview[], settings: Partial<ThemeSettings> = S): Promise<Theme[]> {
	let out: Theme[] = [];
	await withFreshEngine((compute) => (out = compute(ivs, settings).themes));
	return out;
}

function vault(): Interview[] {
	return [
		interview("a.md", "2025-01-01", [struggle(3, "Idempotency for payment retries", "Retries of the bank callback were not idempotent."), struggle(8, "Couldn't quantify the business impact")], [item(12, "Study idempotency keys", false)]),
		interview("b.md", "2025-02-01", [struggle(3, "Payment retries and idempotency keys again", "Same callback retries question.")], [item(9, "Practise on weekends #weak/zed", false)]),
		interview("c.md", "2025-03-01", [struggle(3, "Ran out of time on the graph problem"), struggle(6, "Kubernetes pod eviction", "Didn't remember eviction order."), struggle(9, "Rambling answer without structure", "", ["weak/zed"])]),
	];
}

describe("the per-interview memo", () => {
	afterEach(() => jest.restoreAllMocks());

	it("tokenizes only the interview that changed since the last run, with the same result as a cold run", async () => {
		const ivs = vault();
		computeThemes(ivs, S);
		const table = textMemo().table;
		const original = table.encodeParts.bind(table);
		// A copy of each call's parts: the memo passes its scratch list, blanked once the note is encoded.
		const parts: string[][] = [];
		jest.spyOn(table, "encodeParts").mockImplementation((...args) => (parts.push([...args[0]]), original(...args)));
		const edited = [ivs[0]!, interview("b.md", "2025-02-01", [struggle(3, "Payment retries, idempotency keys again")]), ivs[2]!];
		const warm = computeThemes(edited, S);
		expect(parts).toEqual([["Payment retries, idempotency keys again", ""]]);
		expect(JSON.stringify(warm.themes)).toBe(JSON.stringify(await coldThemes(edited)));
	});

	it("matches the same objects again when the dictionary settings change, without tokenizing them again", async () => {
		const ivs = vault();
		computeThemes(ivs, S);
		const encode = jest.spyOn(textMemo().table, "encodeParts");
		const k8s = { ...S, gapDictionary: [{ id: "k8s", name: "Kubernetes", patterns: ["kubernetes", "pod *"] }] };
		expect(computeThemes(ivs, k8s).themesOfStruggle("c.md", 6)).toEqual(["Kubernetes"]);
		expect(computeThemes(ivs, S).themesOfStruggle("c.md", 6)).toEqual(["Kubernetes pod eviction"]);
		expect(computeThemes(ivs, { ...S, disabledGapIds: ["coding"] }).themes.some((t) => t.id === "coding")).toBe(false);
		const body1 = { ...S, bodyMinPhraseHits: 1 };
		const warm = JSON.stringify(computeThemes(ivs, body1).themes);
		expect(encode).not.toHaveBeenCalled();
		expect(warm).toBe(JSON.stringify(await coldThemes(ivs, body1)));
	});

	it("reads an item's tags again when the tag prefix changes", () => {
		const ivs = vault();
		expect(computeThemes(ivs, S).themesOfItem("b.md", 9)).toEqual([]);
		expect(computeThemes(ivs, { ...S, gapTagPrefix: "weak" }).themesOfItem("b.md", 9)).toEqual(["zed"]);
		expect(computeThemes(ivs, S).themesOfItem("b.md", 9)).toEqual([]);
	});

	it("hands out references and summaries no consumer can change for the next analysis", () => {
		const ivs = vault();
		const first = computeThemes(ivs, S).themes[0]!;
		const ref = first.struggles[0]!;
		const summary = first.interviews[0]!;
		const before = JSON.stringify([ref, summary]);
		Reflect.set(ref, "title", "MUTATED");
		Reflect.set(summary, "company", "MUTATED");
		const again = computeThemes(ivs, S).themes[0]!;
		expect(JSON.stringify([again.struggles[0], again.interviews[0]])).toBe(before);
		expect(JSON.stringify(computeThemes(ivs, S).themes)).not.toContain("MUTATED");
	});

	it("names and ranks terms by this run's words alone, whatever earlier runs taught the word table", async () => {
		const teacher = [interview("t.md", "2024-01-01", [struggle(3, "Retrying payments idempotently", "Callbacks and keys")])];
		const ivs = vault();
		let warm = "";
		await withFreshEngine((compute) => {
			compute(teacher, S);
			warm = JSON.stringify(compute(ivs, S).themes);
		});
		expect(warm).toBe(JSON.stringify(await coldThemes(ivs)));
		expect(warm).toContain("Retries");
		expect(warm).not.toContain("Retrying");
	});
});
