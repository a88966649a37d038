/**
 * The dictionary a run matches with: the built-in gaps after the user's edits. Apart from the
 * matcher (which re-exports it) because the settings tab needs it without compiling anything.
 */
import { BUILTIN_GAPS } from "./gap-dictionary";
import type { GapDictionaryEntry, ThemeSettings } from "./theme-settings";
import { checkGapPattern } from "./validate-patterns";

/** A dictionary gap after the user's edits, in the order themes are reported. */
export interface DictionaryGap {
	id: string;
	name: string;
	patterns: string[];
}

/** Built-in gaps with the user's entries applied: same id edits (rename, add or replace patterns), new id adds, disabled ids go. */
export function effectiveDictionary(settings: Pick<ThemeSettings, "gapDictionary" | "disabledGapIds">): DictionaryGap[] {
	const byId = new Map<string, DictionaryGap>();
	for (const g of BUILTIN_GAPS) byId.set(g.id, { id: g.id, name: g.name, patterns: [...g.patterns] });
	for (const e of settings.gapDictionary ?? []) mergeEntry(byId, e);
	const disabled = new Set((settings.disabledGapIds ?? []).map((s) => s.trim().toLowerCase()));
	return [...byId.values()].filter((g) => !disabled.has(g.id));
}

function mergeEntry(byId: Map<string, DictionaryGap>, e: GapDictionaryEntry): void {
	const id = e.id.trim().toLowerCase();
	if (!id) return;
	const patterns = (e.patterns ?? []).filter((p) => checkGapPattern(p) === null).map((p) => p.trim());
	const old = byId.get(id);
	if (!old) byId.set(id, { id, name: e.name.trim() || id, patterns });
	else byId.set(id, { id, name: e.name.trim() || old.name, patterns: e.replacePatterns ? patterns : [...old.patterns, ...patterns] });
}
