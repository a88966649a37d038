import type { CopyLine } from "./copy-lines";
import { changedStates } from "./source-states";

/** A copy whose checkbox the user changed: the id, the wanted state and the source link text. */
export interface CopyChange {
	id: string;
	checked: boolean;
	link: string;
	/** The copy's text, for messages. */
	text: string;
}

/**
 * What the sync last saw of every note: the state of each prep copy (by note and block id), which
 * notes hold a copy of an id, and the state of each source line carrying an id. Changes are found
 * by comparing a note's new text with this, so an edit that leaves a checkbox alone never
 * propagates and an id seen for the first time is only learnt, never pushed anywhere.
 */
export class SyncState {
	private copies = new Map<string, Map<string, boolean>>();
	private holders = new Map<string, Set<string>>();
	private sources = new Map<string, Map<string, boolean>>();

	/**
	 * Learns a note's copies and returns those whose checkbox changed since last seen. When one id
	 * has several copies in the note, the one that differs from the known state wins.
	 */
	updateCopies(path: string, lines: readonly CopyLine[]): CopyChange[] {
		const known = this.copies.get(path);
		const changes = new Map<string, CopyChange>();
		const next = new Map<string, boolean>();
		for (const c of lines) {
			const was = known?.get(c.id);
			if (was !== undefined && was !== c.checked && !changes.has(c.id)) changes.set(c.id, { id: c.id, checked: c.checked, link: c.link, text: c.text });
			if (!next.has(c.id)) next.set(c.id, was ?? c.checked);
		}
		for (const ch of changes.values()) next.set(ch.id, ch.checked);
		this.setCopies(path, next);
		return [...changes.values()];
	}

	/** Learns a source note's id states; returns the ids whose state changed since last seen. */
	updateSource(path: string, states: ReadonlyMap<string, boolean>): Map<string, boolean> {
		const before = this.sources.get(path);
		if (states.size === 0) this.sources.delete(path);
		else this.sources.set(path, new Map(states));
		return before ? changedStates(before, states) : new Map<string, boolean>();
	}

	/** The last seen state of `id`'s copy in the note at `path` (undefined: no such copy). */
	copyState(path: string, id: string): boolean | undefined {
		return this.copies.get(path)?.get(id);
	}

	/** The last seen state of the source line carrying `id` in the note at `path`. */
	sourceState(path: string, id: string): boolean | undefined {
		return this.sources.get(path)?.get(id);
	}

	/** Whether the note's source states have been learnt (else its first change is only a baseline). */
	knowsSource(path: string): boolean {
		return this.sources.has(path);
	}

	/** Notes holding at least one copy of `id`. */
	holdersOf(id: string): string[] {
		return [...(this.holders.get(id) ?? [])];
	}

	/** Every id some note holds a copy of, with those notes (startup: which sources to read). */
	heldIds(): ReadonlyMap<string, ReadonlySet<string>> {
		return this.holders;
	}

	/** The note at `oldPath` now lives at `newPath` (a rename, or a folder moved). */
	rename(oldPath: string, newPath: string): void {
		const copies = this.copies.get(oldPath);
		this.setCopies(oldPath, new Map());
		if (copies) this.setCopies(newPath, copies);
		const src = this.sources.get(oldPath);
		this.sources.delete(oldPath);
		if (src) this.sources.set(newPath, src);
	}

	/** Forgets a deleted note. */
	delete(path: string): void {
		this.setCopies(path, new Map());
		this.sources.delete(path);
	}

	private setCopies(path: string, next: Map<string, boolean>): void {
		for (const id of this.copies.get(path)?.keys() ?? []) {
			if (next.has(id)) continue;
			const set = this.holders.get(id);
			set?.delete(path);
			if (set?.size === 0) this.holders.delete(id);
		}
		for (const id of next.keys()) {
			const set = this.holders.get(id) ?? new Set<string>();
			set.add(path);
			this.holders.set(id, set);
		}
		if (next.size === 0) this.copies.delete(path);
		else this.copies.set(path, next);
	}
}
