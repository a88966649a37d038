/**
 * Whole-file comparisons for "notes are sacred": a tick must change one status character and no
 * other byte, so scenarios compare every byte of the note, not just the line they expect to move.
 */

/** A ticked form of a task or plain list line: `- [ ] x` → `- [x] x`, `- x` → `- [x] x`. */
export function ticked(line: string): string {
	const task = /^(\s*(?:[-*+]|\d+[.)])\s+)\[ \]/.exec(line);
	if (task) return `${task[1] ?? ""}[x]${line.slice(task[0].length)}`;
	const bullet = /^(\s*(?:[-*+]|\d+[.)])\s+)/.exec(line);
	if (!bullet) throw new Error(`not a list line: ${JSON.stringify(line)}`);
	return `${bullet[1] ?? ""}[x] ${line.slice(bullet[0].length)}`;
}

/** `before` with only line `n` (1-based) replaced; line endings and every other byte kept. */
export function withLine(before: string, n: number, replacement: string): string {
	const lines = before.split("\n");
	if (n < 1 || n > lines.length) throw new Error(`no line ${n}`);
	const cr = lines[n - 1]?.endsWith("\r") && !replacement.endsWith("\r") ? "\r" : "";
	lines[n - 1] = replacement + cr;
	return lines.join("\n");
}

/** 1-based number of the only line containing `needle`; throws when there is none or several. */
export function lineOf(text: string, needle: string): number {
	const hits = text.split("\n").flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
	if (hits.length !== 1) throw new Error(`expected one line with ${JSON.stringify(needle)}, found ${hits.length}`);
	return hits[0] ?? 0;
}
