import { ensureBlockId } from "../block-ids";
import type { Interview } from "../model";
import { findCheckables, type SectionSettings } from "../toggle/checkables";
import { lineSpans, spanTexts } from "../toggle/line-spans";
import type { OpenEntry } from "./open-items";

/** A source line a prep note carries, as the index saw it: where it was and what it said. */
export interface CarriedLine {
	/** 1-based line. */
	line: number;
	/** `Step.text` for a step, `ActionItem.title` for an item. */
	expect: string;
	role: "item" | "step";
	/** The id the index read on that line, if any: when every carried line has one, nothing is written. */
	blockId: string | null;
}

/** The outcome for one source note: its new text and the ids of the lines that have one now. */
export interface SourceIds {
	text: string;
	/** Block id by 1-based line, for every carried line that has one (new or already there). */
	ids: Map<number, string>;
	/** Carried lines that were not where the index said (edited since), or cannot hold an id. */
	skipped: CarriedLine[];
}

/**
 * The lines of one interview a prep note carries and that could hold a block id: list items and
 * their open steps. Heading items link to the note instead; Obsidian links headings by name.
 */
export function carriedLines(entries: readonly OpenEntry[]): CarriedLine[] {
	const out: CarriedLine[] = [];
	for (const { item, steps } of entries) {
		if (item.kind !== "heading") out.push({ line: item.line, expect: item.title, role: "item", blockId: item.blockId });
		for (const s of steps) out.push({ line: s.line, expect: s.text, role: "step", blockId: s.blockId });
	}
	return out;
}

/** Groups carried lines by their source note, so each note is rewritten at most once. */
export function carriedBySource(entries: readonly OpenEntry[]): Map<Interview, CarriedLine[]> {
	const out = new Map<Interview, OpenEntry[]>();
	for (const e of entries) out.set(e.interview, [...(out.get(e.interview) ?? []), e]);
	return new Map([...out].map(([iv, es]) => [iv, carriedLines(es)]));
}

/**
 * Gives each carried line of `text` a block id, reusing any id it already has. A line gets one only
 * if it still holds, at the same line number, the item or step the index read there; otherwise it
 * is skipped and the prep note links to the note. Ids are appended at line ends, so no other byte
 * of the note moves. Pure: meant to run inside one `vault.process` call per note.
 */
export function addSourceBlockIds(text: string, lines: readonly CarriedLine[], settings: SectionSettings, random?: () => number): SourceIds {
	const current = findCheckables(spanTexts(text, lineSpans(text)), settings);
	const byLine = new Map(current.map((c) => [`${c.role}:${c.line}`, c]));
	const ids = new Map<number, string>();
	const skipped: CarriedLine[] = [];
	let out = text;
	for (const want of lines) {
		const found = byLine.get(`${want.role}:${want.line}`);
		if (!found || found.kind !== "list" || !found.keys.includes(want.expect)) {
			skipped.push(want);
			continue;
		}
		const r = ensureBlockId(out, want.line, random);
		if (!r.ok) {
			skipped.push(want);
			continue;
		}
		out = r.text;
		ids.set(want.line, r.blockId);
	}
	return { text: out, ids, skipped };
}
