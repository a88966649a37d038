/**
 * The plugin's own writes, remembered until Obsidian reports them back. A `changed` event whose
 * text is exactly what the plugin wrote is its own echo and is not propagated again; that is what
 * stops a tick from bouncing between a source note and its prep copies.
 */
export class WriteLedger {
	private pending = new Map<string, string[]>();

	/** Records that `path` is about to hold `text` because the plugin wrote it. */
	expect(path: string, text: string): void {
		const list = this.pending.get(path) ?? [];
		list.push(text);
		// A handful is plenty: each entry is consumed by its own event or dropped by a later edit.
		if (list.length > 8) list.shift();
		this.pending.set(path, list);
	}

	/**
	 * True when `text` is one of the plugin's pending writes to `path` (the entry is consumed).
	 * Any other text means someone else edited the note since, so older entries can never match
	 * and are dropped.
	 */
	consume(path: string, text: string): boolean {
		const list = this.pending.get(path);
		if (!list) return false;
		const at = list.indexOf(text);
		if (at < 0) {
			this.pending.delete(path);
			return false;
		}
		list.splice(0, at + 1);
		if (list.length === 0) this.pending.delete(path);
		return true;
	}

	/** Forgets a write that did not happen (the write threw). */
	cancel(path: string, text: string): void {
		const list = this.pending.get(path);
		const at = list?.indexOf(text) ?? -1;
		if (list && at >= 0) list.splice(at, 1);
		if (list?.length === 0) this.pending.delete(path);
	}

	rename(oldPath: string, newPath: string): void {
		const list = this.pending.get(oldPath);
		this.pending.delete(oldPath);
		if (list) this.pending.set(newPath, list);
	}

	delete(path: string): void {
		this.pending.delete(path);
	}

	/** Pending writes (tests). */
	get size(): number {
		let n = 0;
		for (const l of this.pending.values()) n += l.length;
		return n;
	}
}
