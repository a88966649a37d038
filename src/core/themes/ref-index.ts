import type { NoteRef } from "./theme-model";

/** References that share a value: a theme's struggles with its name, say. */
export type RefGroup = readonly [refs: readonly NoteRef[], value: string];

/**
 * Values by path and line, for `themesOfStruggle` and `themesOfItem`. Built on the first lookup,
 * not with the analysis: the analysis is recomputed after every edit and most consumers (the
 * report, the gap list) never look a reference up, or only after the next edit replaced it.
 * The groups are captured when the analysis is made, so the lookups answer for that analysis.
 * Each note keeps one flat list of (line, value) pairs: one map entry per note instead of an
 * array per reference. The first lookup in a note turns its list into a line map, so a note
 * with 200,000 struggles costs one pass, not one pass per lookup.
 */
export class RefIndex {
	private byPath: Map<string, (number | string)[]> | null = null;
	private readonly lookup = new Map<string, Map<number, string[]>>();

	/** `groups` in rank order: a reference's values come out in that order, each once. */
	constructor(private readonly groups: () => readonly RefGroup[]) {}

	get(path: string, line: number): string[] {
		let lines = this.lookup.get(path);
		if (!lines) {
			lines = new Map();
			const pairs = (this.byPath ??= this.build()).get(path) ?? [];
			for (let k = 0; k < pairs.length; k += 2) {
				const at = pairs[k] as number;
				const value = pairs[k + 1] as string;
				const values = lines.get(at);
				if (!values) lines.set(at, [value]);
				else if (!values.includes(value)) values.push(value);
			}
			this.lookup.set(path, lines);
		}
		return [...(lines.get(line) ?? [])];
	}

	private build(): Map<string, (number | string)[]> {
		const byPath = new Map<string, (number | string)[]>();
		// The last path added to and its list: a group lists an interview's references together.
		let lastPath: string | null = null;
		let lastPairs: (number | string)[] = [];
		for (const [refs, value] of this.groups()) {
			for (const ref of refs) {
				if (ref.path !== lastPath) {
					let pairs = byPath.get(ref.path);
					if (!pairs) byPath.set(ref.path, (pairs = []));
					lastPath = ref.path;
					lastPairs = pairs;
				}
				lastPairs.push(ref.line, value);
			}
		}
		return byPath;
	}
}
