import type { Interview } from "./model";

/** Newest date first, undated last; ties by path so the order never depends on input order. */
export function newestFirst(a: Interview, b: Interview): number {
	if (a.date !== b.date) {
		if (a.date === null) return 1;
		if (b.date === null) return -1;
		return a.date < b.date ? 1 : -1;
	}
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
