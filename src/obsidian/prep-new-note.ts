import { Notice, TFile, TFolder, normalizePath, type App } from "obsidian";
import { checkFolder, prepNotePath } from "../core/prep/prep-file-name";
import { templateCandidates } from "../core/prep/prep-template";

/** A refusal whose message is meant for the user as it stands (shown in a Notice). */
export class PrepError extends Error {}

/** Retries when another note takes the chosen name between the check and the write. */
const CREATE_ATTEMPTS = 3;

/**
 * Creates `text` as a new note in `folder` (made if missing), named from `pattern` through
 * `prepNotePath`, and opens it. Never overwrites: a taken name, in any letter case (macOS and
 * Windows vaults ignore case), gets ` 2`, ` 3`, …
 */
export async function createNewNote(app: App, folder: string, pattern: string, values: Readonly<Record<string, string>>, text: string): Promise<TFile> {
	const dir = checkFolder(folder);
	if (!dir.ok) throw new PrepError(dir.reason);
	const path = existingCase(app, dir.path);
	await ensureFolder(app, path);
	let lastError: unknown = null;
	for (let attempt = 0; attempt < CREATE_ATTEMPTS; attempt++) {
		const target = prepNotePath(path, pattern, values, takenIn(app, path));
		if (!target.ok) throw new PrepError(target.reason);
		try {
			const file = await app.vault.create(target.path, text);
			await app.workspace.getLeaf(false).openFile(file);
			return file;
		} catch (e) {
			lastError = e;
			if (!app.vault.getAbstractFileByPath(target.path)) break;
		}
	}
	throw new PrepError(`could not create the note (${lastError instanceof Error ? lastError.message : String(lastError)}).`);
}

/**
 * `path` spelt as the vault already spells its folders: `interview prep` when the setting says
 * `Interview prep`. On macOS and Windows both are one folder on disk, so the name check must look
 * into the existing one, or a note there could be written over. Missing folders keep the setting's case.
 */
export function existingCase(app: App, path: string): string {
	if (!path || app.vault.getAbstractFileByPath(path)) return path;
	let folder: TFolder = app.vault.getRoot();
	const names = path.split("/");
	let i = 0;
	for (; i < names.length; i++) {
		const lower = (names[i] ?? "").toLowerCase();
		const next = folder.children.find((c): c is TFolder => c instanceof TFolder && c.name.toLowerCase() === lower);
		if (!next) break;
		folder = next;
	}
	return i === 0 ? path : [folder.path, ...names.slice(i)].join("/");
}

/** The `exists` test for `prepNotePath`: the exact path, or a sibling differing only in case. */
function takenIn(app: App, folder: string): (path: string) => boolean {
	const parent = folder ? app.vault.getAbstractFileByPath(folder) : app.vault.getRoot();
	const lower = new Set(parent instanceof TFolder ? parent.children.map((c) => c.path.toLowerCase()) : []);
	return (path) => app.vault.getAbstractFileByPath(path) !== null || lower.has(path.toLowerCase());
}

/** Why a command cannot run before the index has read the notes once (before layout-ready). */
export const INDEX_COLD = "the interview notes are still being read; try again in a moment.";

/** Throws a PrepError when `path` names a file: checked before any source note gains a block id. */
export function checkFolderUsable(app: App, path: string): void {
	if (!path) return;
	const existing = app.vault.getAbstractFileByPath(existingCase(app, path));
	if (existing && !(existing instanceof TFolder)) throw new PrepError(`"${path}" is a file, not a folder; choose another folder in the settings.`);
}

async function ensureFolder(app: App, path: string): Promise<void> {
	if (!path) return;
	checkFolderUsable(app, path);
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFolder) return;
	try {
		await app.vault.createFolder(path);
	} catch (e) {
		// Another folder differing only in case already exists: the create below uses it or fails with its own error.
		console.warn(`Interview gap tracker: could not create folder ${path}`, e);
	}
}

/**
 * The template note's text, or undefined for the built-in template. A set but missing template is
 * reported and the built-in one used, so a renamed template never blocks a prep note.
 */
export async function loadTemplate(app: App, setting: string): Promise<string | undefined> {
	const raw = setting.trim();
	if (!raw) return undefined;
	const path = normalizePath(raw);
	const file = templateCandidates(path).map((p) => app.vault.getAbstractFileByPath(p)).find((f): f is TFile => f instanceof TFile);
	if (!file) {
		new Notice(`Template note "${raw}" not found; using the built-in prep template.`);
		return undefined;
	}
	try {
		return await app.vault.cachedRead(file);
	} catch (e) {
		new Notice(`Could not read the template note "${raw}"; using the built-in prep template.`);
		console.error("Interview gap tracker: reading the prep template failed", e);
		return undefined;
	}
}

/** The message of an error for a Notice: ours as written, anything else with its cause. */
export function describeFailure(e: unknown): string {
	if (e instanceof PrepError) return e.message;
	return e instanceof Error ? e.message : String(e);
}
