import type { RunTerms } from "./run-terms";

/** A struggle or action item as the similarity grouping sees it: its title is words[start, bodyStart), its body runs on to `end`. */
export interface TextDoc {
	words: ArrayLike<number>;
	start: number;
	bodyStart: number;
	end: number;
}

/** Sparse unit vector: parallel term ids and weights. */
interface SparseVector {
	terms: number[];
	weights: number[];
}

/** An automatic theme: member doc indices and the terms that describe it best. */
export interface AutoCluster {
	members: number[];
	/** Terms (see `RunTerms`), strongest first (at most 3). */
	topTerms: number[];
}

/** Title words say what the struggle is about; they count this many times a body word. */
const TITLE_WEIGHT = 2;
/** Terms kept per vector: bounds the cost of a comparison and the cluster's posting lists. */
const MAX_TERMS = 24;

/**
 * Groups docs by TF-IDF cosine similarity: each doc, in the given (chronological) order, joins
 * the most similar existing group if its centroid is at least `threshold` close, else starts
 * one. Candidates come from an inverted index of centroid terms, so a doc is only compared with
 * groups sharing a word, never with every other doc.
 */
export class SimilarityGrouper {
	private readonly idf = new Map<number, number>();
	private readonly clusters: { members: number[]; centroid: Map<number, number>; norm: number }[] = [];
	private readonly postings = new Map<number, number[]>();
	private readonly vectors: SparseVector[] = [];

	constructor(
		private readonly terms: RunTerms,
		docs: readonly TextDoc[],
		private readonly threshold: number,
	) {
		const counts = docs.map((d) => this.counts(d));
		const df = new Map<number, number>();
		for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
		const n = docs.length;
		for (const [t, f] of df) this.idf.set(t, Math.log(1 + n / f));
		counts.forEach((c, i) => this.place(i, this.vector(c)));
	}

	/** The groups found, in order of their first member. */
	groups(): AutoCluster[] {
		return this.clusters.map((c) => ({ members: [...c.members], topTerms: topTerms(c.centroid, c.members.length > 1 ? this.sharedTerms(c.members) : null) }));
	}

	/** Index of the group most similar to a doc (at least `threshold`), or -1: how action items find an automatic theme. */
	nearest(doc: TextDoc): number {
		if (!this.sharesTerms(doc.words, doc.start, doc.end)) return -1;
		return this.best(this.vector(this.counts(doc))).index;
	}

	/** Whether any word is a term of the grouped docs: most action items share none, and need no vector. */
	private sharesTerms(words: ArrayLike<number>, from: number, to: number): boolean {
		for (let k = from; k < to; k++) {
			const t = this.terms.termOf(words[k]!);
			if (t >= 0 && this.idf.has(t)) return true;
		}
		return false;
	}

	private place(i: number, v: SparseVector): void {
		this.vectors[i] = v;
		const { index } = this.best(v);
		if (index >= 0) {
			this.join(index, i, v);
			return;
		}
		this.clusters.push({ members: [], centroid: new Map(), norm: 0 });
		this.join(this.clusters.length - 1, i, v);
	}

	private best(v: SparseVector): { index: number; sim: number } {
		const dots = new Map<number, number>();
		for (let k = 0; k < v.terms.length; k++) {
			for (const c of this.postings.get(v.terms[k]!) ?? []) {
				dots.set(c, (dots.get(c) ?? 0) + v.weights[k]! * (this.clusters[c]!.centroid.get(v.terms[k]!) ?? 0));
			}
		}
		let index = -1;
		let sim = this.threshold;
		for (const [c, dot] of dots) {
			const s = dot / this.clusters[c]!.norm;
			if (s > sim || (s === sim && (index < 0 || c < index))) {
				index = c;
				sim = s;
			}
		}
		return { index, sim };
	}

	private join(c: number, i: number, v: SparseVector): void {
		const cl = this.clusters[c]!;
		cl.members.push(i);
		for (let k = 0; k < v.terms.length; k++) {
			const t = v.terms[k]!;
			const old = cl.centroid.get(t);
			if (old === undefined) {
				const list = this.postings.get(t);
				if (list) list.push(c);
				else this.postings.set(t, [c]);
			}
			cl.centroid.set(t, (old ?? 0) + v.weights[k]!);
		}
		let sq = 0;
		for (const w of cl.centroid.values()) sq += w * w;
		cl.norm = Math.sqrt(sq);
	}

	/** Stems that at least two members share: a group's name should not come from one member's detail. */
	private sharedTerms(members: readonly number[]): Set<number> {
		const seen = new Map<number, number>();
		for (const m of members) for (const t of this.vectors[m]!.terms) seen.set(t, (seen.get(t) ?? 0) + 1);
		return new Set([...seen].filter(([, n]) => n >= 2).map(([t]) => t));
	}

	private counts(d: TextDoc): Map<number, number> {
		const out = new Map<number, number>();
		for (let k = d.start; k < d.end; k++) {
			const t = this.terms.termOf(d.words[k]!);
			if (t >= 0) out.set(t, (out.get(t) ?? 0) + (k < d.bodyStart ? TITLE_WEIGHT : 1));
		}
		return out;
	}

	/** Sublinear TF × IDF, the MAX_TERMS strongest terms, unit length. */
	private vector(counts: ReadonlyMap<number, number>): SparseVector {
		const entries: [number, number][] = [];
		for (const [t, tf] of counts) {
			const idf = this.idf.get(t);
			if (idf !== undefined) entries.push([t, (1 + Math.log(tf)) * idf]);
		}
		entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
		const kept = entries.slice(0, MAX_TERMS);
		const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
		return { terms: kept.map(([t]) => t), weights: kept.map(([, w]) => w / norm) };
	}
}

function topTerms(centroid: Map<number, number>, allowed: Set<number> | null): number[] {
	return [...centroid]
		.filter(([t]) => !allowed || allowed.has(t))
		.sort((a, b) => b[1] - a[1] || a[0] - b[0])
		.slice(0, 3)
		.map(([t]) => t);
}
