import { headingKey } from "./clean-title";

/**
 * A struggles name and an action items name one heading could match both by: section names match
 * a heading by prefix, so `Action` for struggles would turn every "Action Items" heading into
 * struggles. Null when the two lists cannot be confused.
 */
export function sectionNameClash(struggles: readonly string[], actions: readonly string[]): { struggle: string; action: string } | null {
	for (const struggle of struggles) {
		const s = headingKey(struggle);
		for (const action of actions) {
			const a = headingKey(action);
			if (s && a && (s.startsWith(a) || a.startsWith(s))) return { struggle, action };
		}
	}
	return null;
}

/**
 * Why an excluded-folder entry can never match a vault folder, or null: paths are vault-relative,
 * so a drive path or one climbing out with `..` names nothing inside the vault. A leading `/` is
 * read as the vault's root (the tab strips it), and an unknown folder only gets a notice there.
 */
export function excludedFolderProblem(folder: string): string | null {
	const f = folder.replace(/\\/g, "/");
	if (/^[A-Za-z]:/.test(f)) return `"${folder}" is an absolute path; give the folder's path inside the vault`;
	if (f.split("/").includes("..")) return `"${folder}" climbs out of the vault with ".."`;
	return null;
}
