import type { RunTerms } from "./run-terms";

/** A struggle or action item as the similarity grouping sees it: its title is words[start, bodyStart), its body runs on to `end`. */
export interface TextDoc {
	words: ArrayLike<number>;
	start: number;
	bodyStart: number;
	end: number;
}

/** Sparse unit vector: parallel term ids and weights, strongest first. */
interface SparseVector {
	terms: number[];
	weights: number[];
}

/** A group while it grows: its centroid's terms in the order they joined it, and their summed weights. */
interface Cluster {
	members: number[];
	terms: number[];
	weights: number[];
	norm: number;
}

/** An automatic theme: member doc indices and the terms that describe it best. */
export interface AutoCluster {
	members: number[];
	/** Terms (see `RunTerms`), strongest first (at most 3). */
	topTerms: number[];
}

/**
 * Title words say what the struggle is about; they count this many times a body word. An
 * integer: term frequencies are summed in an Int32Array.
 */
const TITLE_WEIGHT = 2;
/** Terms kept per vector: bounds the cost of a comparison and the cluster's posting lists. */
const MAX_TERMS = 24;
/**
 * A term in more groups' centroids than this is common. When a doc's common terms alone cannot
 * make it `threshold` close to a group, their posting lists are not walked (see `best`): a word
 * every struggle of a note shares would otherwise make grouping grow with the square of the docs.
 */
const COMMON_GROUPS = 64;

/**
 * Groups docs by TF-IDF cosine similarity: each doc, in the given (chronological) order, joins
 * the most similar existing group if its centroid is at least `threshold` close, else starts
 * one. Candidates come from an inverted index of centroid terms, so a doc is only compared with
 * groups sharing a word, never with every other doc. Terms are a run's small dense numbers, so
 * every table is an array indexed by term or group: no map, iterator or pair per entry, which
 * is most of what the garbage collector would otherwise see of a run.
 */
export class SimilarityGrouper {
	/** By term: its IDF, or NaN for a term no doc has. */
	private readonly idf: Float64Array;
	private readonly clusters: Cluster[] = [];
	/** By term: (group, index of the term in the group's centroid) pairs, flat. */
	private readonly postings: (number[] | undefined)[] = [];
	private readonly vectors: SparseVector[] = [];
	/** Scratch by term: a doc's term frequencies, then which terms `join` finds in a centroid. */
	private readonly scratch: Int32Array;
	/** Scratch of `best`: dot products by group, whether a group is listed in `touched`, and that list. */
	private dots = new Float64Array(64);
	private listed = new Uint8Array(64);
	private readonly touched: number[] = [];

	/** `terms` has met every word of the docs already: the tables by term are sized to it once, here. */
	constructor(
		private readonly terms: RunTerms,
		docs: readonly TextDoc[],
		private readonly threshold: number,
	) {
		const size = terms.surface.length;
		this.idf = new Float64Array(size).fill(NaN);
		this.scratch = new Int32Array(size);
		const counts = docs.map((d) => this.counts(d));
		const df = new Int32Array(size);
		for (const c of counts) for (let k = 0; k < c.length; k += 2) df[c[k]!]!++;
		const n = docs.length;
		for (let t = 0; t < size; t++) if (df[t]! > 0) this.idf[t] = Math.log(1 + n / df[t]!);
		for (let i = 0; i < counts.length; i++) this.place(i, this.vector(counts[i]!));
	}

	/** The groups found, in order of their first member. */
	groups(): AutoCluster[] {
		return this.clusters.map((c) => ({ members: [...c.members], topTerms: topTerms(c, c.members.length > 1 ? this.sharedTerms(c.members) : null) }));
	}

	/** Index of the group most similar to a doc (at least `threshold`), or -1: how action items find an automatic theme. */
	nearest(doc: TextDoc): number {
		if (!this.sharesTerms(doc.words, doc.start, doc.end)) return -1;
		return this.best(this.vector(this.counts(doc)));
	}

	/** Whether any word is a term of the grouped docs: most action items share none, and need no vector. */
	private sharesTerms(words: ArrayLike<number>, from: number, to: number): boolean {
		for (let k = from; k < to; k++) {
			const t = this.terms.termOf(words[k]!);
			if (t >= 0 && !Number.isNaN(this.idf[t]!)) return true;
		}
		return false;
	}

	private place(i: number, v: SparseVector): void {
		this.vectors[i] = v;
		let index = this.best(v);
		if (index < 0) {
			index = this.clusters.length;
			this.clusters.push({ members: [], terms: [], weights: [], norm: 0 });
		}
		this.join(index, i, v);
	}

	/** The most similar group, at least `threshold` close; on a tie the oldest. */
	private best(v: SparseVector): number {
		if (this.dots.length < this.clusters.length) {
			this.dots = new Float64Array(2 * this.clusters.length);
			this.listed = new Uint8Array(2 * this.clusters.length);
		}
		const dots = this.dots;
		const listed = this.listed;
		const touched = this.touched;
		const skipCommon = this.commonCannotReach(v);
		for (let k = 0; k < v.terms.length; k++) {
			const list = this.postings[v.terms[k]!];
			if (!list || (skipCommon && list.length > 2 * COMMON_GROUPS)) continue;
			for (let p = 0; p < list.length; p += 2) {
				const c = list[p]!;
				if (listed[c] === 0) {
					listed[c] = 1;
					touched.push(c);
				}
				dots[c] = dots[c]! + v.weights[k]! * this.clusters[c]!.weights[list[p + 1]!]!;
			}
		}
		if (skipCommon) for (const c of touched) dots[c] = this.dot(v, c);
		let index = -1;
		let sim = this.threshold;
		for (const c of touched) {
			const s = dots[c]! / this.clusters[c]!.norm;
			if (s > sim || (s === sim && (index < 0 || c < index))) {
				index = c;
				sim = s;
			}
			dots[c] = 0;
			listed[c] = 0;
		}
		touched.length = 0;
		return index;
	}

	/**
	 * Whether the doc's common terms together stay under `threshold`: a unit vector's cosine with
	 * any centroid, over those terms only, is at most their weights' norm (Cauchy–Schwarz). Then a
	 * group sharing only common terms cannot be chosen, and the candidates are the groups sharing
	 * a rarer term. The margin keeps rounding from ever letting such a group tie the threshold.
	 */
	private commonCannotReach(v: SparseVector): boolean {
		let sq = 0;
		for (let k = 0; k < v.terms.length; k++) {
			const list = this.postings[v.terms[k]!];
			if (list && list.length > 2 * COMMON_GROUPS) sq += v.weights[k]! * v.weights[k]!;
		}
		return sq > 0 && Math.sqrt(sq) + 1e-9 < this.threshold;
	}

	/** The doc's dot product with group `c`'s centroid, summed in the doc's term order as the posting walk sums it, so both give the same bits. */
	private dot(v: SparseVector, c: number): number {
		const cl = this.clusters[c]!;
		const at = this.scratch;
		for (let j = 0; j < cl.terms.length; j++) at[cl.terms[j]!] = j + 1;
		let sum = 0;
		for (let k = 0; k < v.terms.length; k++) {
			const j = at[v.terms[k]!]! - 1;
			if (j >= 0) sum = sum + v.weights[k]! * cl.weights[j]!;
		}
		for (let j = 0; j < cl.terms.length; j++) at[cl.terms[j]!] = 0;
		return sum;
	}

	private join(c: number, i: number, v: SparseVector): void {
		const cl = this.clusters[c]!;
		cl.members.push(i);
		const at = this.scratch;
		for (let j = 0; j < cl.terms.length; j++) at[cl.terms[j]!] = j + 1;
		for (let k = 0; k < v.terms.length; k++) {
			const t = v.terms[k]!;
			let j = at[t]! - 1;
			if (j < 0) {
				j = cl.terms.length;
				at[t] = j + 1;
				cl.terms.push(t);
				cl.weights.push(0);
				(this.postings[t] ??= []).push(c, j);
			}
			cl.weights[j] = cl.weights[j]! + v.weights[k]!;
		}
		let sq = 0;
		for (let j = 0; j < cl.terms.length; j++) {
			const w = cl.weights[j]!;
			sq += w * w;
			at[cl.terms[j]!] = 0;
		}
		cl.norm = Math.sqrt(sq);
	}

	/** Stems that at least two members share: a group's name should not come from one member's detail. */
	private sharedTerms(members: readonly number[]): Set<number> {
		const seen = this.scratch;
		const out = new Set<number>();
		for (const m of members) for (const t of this.vectors[m]!.terms) if (++seen[t]! === 2) out.add(t);
		for (const m of members) for (const t of this.vectors[m]!.terms) seen[t] = 0;
		return out;
	}

	/** A doc's term frequencies as flat (term, frequency) pairs, terms in the order they first occur. */
	private counts(d: TextDoc): number[] {
		const tf = this.scratch;
		const order: number[] = [];
		for (let k = d.start; k < d.end; k++) {
			const t = this.terms.termOf(d.words[k]!);
			if (t < 0) continue;
			if (tf[t] === 0) order.push(t);
			tf[t] = tf[t]! + (k < d.bodyStart ? TITLE_WEIGHT : 1);
		}
		const out: number[] = [];
		for (const t of order) {
			out.push(t, tf[t]!);
			tf[t] = 0;
		}
		return out;
	}

	/** Sublinear TF × IDF, the MAX_TERMS strongest terms (ties: lower term first), unit length. */
	private vector(counts: readonly number[]): SparseVector {
		const terms: number[] = [];
		const weights: number[] = [];
		for (let k = 0; k < counts.length; k += 2) {
			const t = counts[k]!;
			const idf = this.idf[t]!;
			if (!Number.isNaN(idf)) insertTop(terms, weights, t, (1 + Math.log(counts[k + 1]!)) * idf, MAX_TERMS);
		}
		let sq = 0;
		for (const w of weights) sq += w * w;
		const norm = Math.sqrt(sq) || 1;
		for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / norm;
		return { terms, weights };
	}
}

/** Inserts (t, w) into parallel lists kept sorted by weight descending, then term ascending, and at most `max` long. */
function insertTop(terms: number[], weights: number[], t: number, w: number, max: number): void {
	let at = terms.length;
	while (at > 0 && (weights[at - 1]! < w || (weights[at - 1] === w && terms[at - 1]! > t))) at--;
	if (at >= max) return;
	if (terms.length < max) {
		terms.push(t);
		weights.push(w);
	}
	for (let k = terms.length - 1; k > at; k--) {
		terms[k] = terms[k - 1]!;
		weights[k] = weights[k - 1]!;
	}
	terms[at] = t;
	weights[at] = w;
}

function topTerms(c: Cluster, allowed: Set<number> | null): number[] {
	const terms: number[] = [];
	const weights: number[] = [];
	for (let j = 0; j < c.terms.length; j++) if (!allowed || allowed.has(c.terms[j]!)) insertTop(terms, weights, c.terms[j]!, c.weights[j]!, 3);
	return terms;
}
