import { TFile, type Vault } from "obsidian";
import { BLOCK_ID_PREFIX } from "../core/block-ids";
import type { Interview } from "../core/model";
import { allOpenEntries } from "../core/prep/open-items";
import type { BlockIdLookup } from "../core/prep/prep-sections";
import { addSourceBlockIds, carriedBySource, type CarriedLine, type SourceIds } from "../core/prep/source-block-ids";
import type { SectionSettings } from "../core/toggle/checkables";

/** Block ids for a prep note's lines, and how many lines had to be carried without one. */
export interface PrepBlockIds {
	lookup: BlockIdLookup;
	/** Lines edited since they were indexed. */
	unlinked: number;
	/** Notes that could not be written (gone, or the write failed), with why and how many lines lost their link. */
	failed: { path: string; why: string; lines: number }[];
	/**
	 * Lines whose source already ends in a block id of the user's own (`^mine`). The copy links to
	 * it, but only our `igt-` ids sync: a user's link to any block is not a copy to tick.
	 */
	foreign: number;
	/** Source notes that gained at least one id. */
	written: string[];
}

/**
 * Makes sure every line a prep note carries has a block id in its source, so the copy's checkbox
 * can sync back. One `vault.process` per source note that still lacks an id; notes whose lines all
 * have one are not touched. A note that cannot be written costs its lines their sync, not the note.
 */
export async function ensurePrepBlockIds(vault: Vault, interviews: readonly Interview[], settings: SectionSettings): Promise<PrepBlockIds> {
	const ids = new Map<string, string>();
	const written: string[] = [];
	const failed: PrepBlockIds["failed"] = [];
	let unlinked = 0;
	for (const [iv, lines] of carriedBySource(allOpenEntries(interviews))) {
		if (lines.length === 0) continue;
		if (lines.every((l) => l.blockId !== null)) {
			for (const l of lines) ids.set(key(iv.path, l.line), l.blockId ?? "");
			continue;
		}
		const result = await processSource(vault, iv.path, lines, settings);
		if ("why" in result) {
			failed.push({ path: iv.path, why: result.why, lines: lines.filter((l) => l.blockId === null).length });
			continue;
		}
		for (const [line, id] of result.ids) ids.set(key(iv.path, line), id);
		unlinked += result.skipped.length;
		if (result.added) written.push(iv.path);
	}
	let foreign = 0;
	for (const id of ids.values()) if (id !== "" && !id.startsWith(BLOCK_ID_PREFIX)) foreign++;
	return { lookup: (path, line) => ids.get(key(path, line)) ?? null, unlinked, failed, foreign, written };
}

async function processSource(vault: Vault, path: string, lines: readonly CarriedLine[], settings: SectionSettings): Promise<(SourceIds & { added: boolean }) | { why: string }> {
	const file = vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) return { why: "the note is gone" };
	let result: (SourceIds & { added: boolean }) | null = null;
	try {
		await vault.process(file, (data) => {
			const r = addSourceBlockIds(data, lines, settings);
			result = { ...r, added: r.text !== data };
			return r.text;
		});
	} catch (e) {
		console.error(`Interview gap tracker: could not add block ids to ${path}`, e);
		return { why: e instanceof Error ? e.message : String(e) };
	}
	return result ?? { why: "the note could not be read" };
}

function key(path: string, line: number): string {
	return `${path}\n${line}`;
}
