/**
 * `FileManager.renameFile`: renames like `vault.rename`, then rewrites the wikilinks that pointed
 * at the old file in every other note, as Obsidian does with "Automatically update internal
 * links" on. Only the link target changes; `#heading`, `#^block` and `|alias` are kept. Each
 * rewritten note gets one `vault.modify` (so `changed` fires for it), after the `rename` event.
 * https://docs.obsidian.md/Reference/TypeScript+API/FileManager/renameFile
 */
import type { App } from "./fake-plugin";
import { TFile, type TAbstractFile } from "./fake-vault";

const WIKI_TARGET = /(\[\[)([^\]|#]*)([^\]]*\]\])/g;

export class FileManager {
	constructor(private readonly app: App) {}

	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		const { vault, metadataCache } = this.app;
		if (!(file instanceof TFile)) return vault.rename(file, newPath);
		const oldPath = file.path;
		const pointsAtOld = (linkpath: string, from: string) => linkpath !== "" && metadataCache.getFirstLinkpathDest(linkpath, from)?.path === oldPath;
		const rewrites: { note: TFile; linkpaths: Set<string> }[] = [];
		for (const note of vault.getMarkdownFiles()) {
			if (note === file) continue;
			const linkpaths = new Set((metadataCache.getFileCache(note)?.links ?? []).map((l) => l.link.split("#")[0] ?? "").filter((p) => pointsAtOld(p, note.path)));
			if (linkpaths.size > 0) rewrites.push({ note, linkpaths });
		}
		await vault.rename(file, newPath);
		const target = newPath.replace(/\.md$/i, "");
		const basename = target.split("/").pop() ?? target;
		for (const { note, linkpaths } of rewrites) {
			const text = vault.contentOf(note.path) ?? "";
			const next = text.replace(WIKI_TARGET, (all: string, open: string, linkpath: string, rest: string) =>
				linkpaths.has(linkpath) ? `${open}${linkpath.includes("/") ? target : basename}${rest}` : all,
			);
			if (next !== text) await vault.modify(note, next);
		}
	}
}
