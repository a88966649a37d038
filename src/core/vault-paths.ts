/** Which vault paths can hold interview notes. */

/** Vault-relative path with `/` separators and no leading `./` or `/`. */
export function normalizeVaultPath(path: string): string {
	return path.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").replace(/^\/+/, "");
}

/** True for Markdown files outside dot-folders and outside the excluded folders. */
export function isIndexablePath(path: string, excludeFolders: readonly string[] = []): boolean {
	const p = normalizeVaultPath(path);
	if (!/\.md$/i.test(p)) return false;
	const parts = p.split("/");
	if (parts.slice(0, -1).some((seg) => seg.startsWith("."))) return false;
	return !excludeFolders.some((folder) => {
		const f = normalizeVaultPath(folder).replace(/\/+$/, "");
		return f.length > 0 && (p === f || p.startsWith(f + "/"));
	});
}

/** Sorts by path with plain code-unit order so output is identical on every machine. */
export function byPath<T extends { path: string }>(a: T, b: T): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
