import type { TFile, Vault } from "obsidian";

/** One file's text, or the error its read failed with. */
export interface ReadNote {
	file: TFile;
	text: unknown;
}

/** Reads in flight at once: enough to keep the disk busy, few enough to bound memory. */
const READ_CONCURRENCY = 64;

/**
 * Reads every file with `cachedRead`, a bounded number at a time, and resolves once all are in.
 * Nothing is parsed while reads run: measured on the 2,000-note bench, parsing between reads kept
 * the disk idle and made the whole build about 15% slower than reading first and parsing after.
 */
export function readNotes(vault: Vault, files: readonly TFile[], isCancelled: () => boolean): Promise<ReadNote[]> {
	const out: ReadNote[] = [];
	let cursor = 0;
	let active = 0;
	return new Promise((resolve) => {
		const pump = (): void => {
			while (active < READ_CONCURRENCY && !isCancelled()) {
				const file = files[cursor++];
				if (!file) break;
				active++;
				const done = (text: unknown) => {
					active--;
					out.push({ file, text });
					pump();
				};
				vault.cachedRead(file).then(done, done);
			}
			if (active === 0) resolve(out);
		};
		pump();
	});
}

/**
 * Splits files into runs of at most `maxBytes` of text (by `stat.size`; a larger file alone), so a
 * build holds one run's texts at a time instead of the whole vault's.
 */
export function chunksBySize(files: readonly TFile[], maxBytes: number): TFile[][] {
	const out: TFile[][] = [];
	let run: TFile[] = [];
	let bytes = 0;
	for (const f of files) {
		if (run.length > 0 && bytes + f.stat.size > maxBytes) {
			out.push(run);
			run = [];
			bytes = 0;
		}
		run.push(f);
		bytes += f.stat.size;
	}
	if (run.length > 0) out.push(run);
	return out;
}

/** Hands the thread back between slices of work so a long parse never freezes the app for long. */
export async function inSlices<T>(items: readonly T[], work: (item: T) => void, isCancelled: () => boolean, sliceMs = 16): Promise<void> {
	let i = 0;
	while (i < items.length && !isCancelled()) {
		const start = performance.now();
		// At least one item per slice, so a slow clock or a tiny budget still makes progress.
		do work(items[i++] as T);
		while (i < items.length && performance.now() - start < sliceMs);
		if (i < items.length) await yieldToApp();
	}
}

/**
 * Lets the app run pending input and paint before the next slice. A message rather than a timer:
 * a window in the background throttles timers to one a second, and nested timers are clamped to
 * 4 ms even in front, so a start-up build behind another window would crawl.
 */
function yieldToApp(): Promise<void> {
	if (typeof MessageChannel === "undefined") return new Promise((resolve) => window.setTimeout(resolve, 0));
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
