import type { TFile, Vault } from "obsidian";

/** One file's text, or the error its read failed with. */
export interface ReadNote {
	file: TFile;
	text: unknown;
}

/** Reads in flight at once: enough to keep the disk busy, few enough to bound memory. */
const READ_CONCURRENCY = 64;

/**
 * How long a build waits while no read lands at all before it stops waiting for the reads still out:
 * a file in a cloud folder (iCloud, a sync client's placeholder) can take minutes or never answer,
 * and one such note must not keep the whole tracker empty.
 */
export const READ_STALL_MS = 15_000;

/** The `text` of a read that was given up on; the caller may read that file again later. */
export class ReadStalled extends Error {
	constructor(seconds: number) {
		super(`the vault did not answer within ${seconds} s; it is indexed once the read finishes or the note changes`);
	}
}

/**
 * Reads every file with `cachedRead`, a bounded number at a time, and resolves once all are in,
 * or once no read has landed for `stallMs` (those still out resolve as `ReadStalled`).
 * Nothing is parsed while reads run: measured on the 2,000-note bench, parsing between reads kept
 * the disk idle and made the whole build about 15% slower than reading first and parsing after.
 */
export function readNotes(vault: Vault, files: readonly TFile[], isCancelled: () => boolean, stallMs = READ_STALL_MS): Promise<ReadNote[]> {
	return new Promise((resolve) => start({ vault, files, isCancelled, resolve, out: [], waiting: new Set(), cursor: 0, lastLanded: performance.now(), stallMs, watchdog: 0 }));
}

/** One `readNotes` call's state, all of it in one place so that finishing can let go of it at once. */
interface ReadRun {
	vault: Vault;
	files: readonly TFile[];
	isCancelled: () => boolean;
	resolve: (out: ReadNote[]) => void;
	out: ReadNote[];
	waiting: Set<TFile>;
	cursor: number;
	lastLanded: number;
	stallMs: number;
	watchdog: number;
}

/**
 * What a read's callback holds: `run` is null once the call resolved. A read given up on may answer
 * late or never, and its pending callback must not keep the caller's state (a whole build's
 * interviews, through `isCancelled`) or the texts of the other reads alive for as long as it waits.
 * The callbacks are made in module-level functions so that their scopes hold nothing else.
 */
interface ReadCall {
	run: ReadRun | null;
}

function start(run: ReadRun): void {
	const call: ReadCall = { run };
	// One watchdog per call rather than a timer per read: 2,000 timers cost more than the check.
	run.watchdog = window.setInterval(() => giveUpIfStalled(call), Math.max(1, Math.floor(run.stallMs / 3)));
	pump(call);
}

function pump(call: ReadCall): void {
	const run = call.run;
	if (!run) return;
	while (run.waiting.size < READ_CONCURRENCY && !run.isCancelled()) {
		const file = run.files[run.cursor++];
		if (!file) break;
		run.waiting.add(file);
		const done = (text: unknown) => landed(call, file, text);
		run.vault.cachedRead(file).then(done, done);
	}
	if (run.waiting.size === 0) {
		window.clearInterval(run.watchdog);
		call.run = null;
		run.resolve(run.out);
	}
}

function landed(call: ReadCall, file: TFile, text: unknown): void {
	const run = call.run;
	// A read the watchdog gave up on: already reported as stalled.
	if (!run?.waiting.delete(file)) return;
	run.lastLanded = performance.now();
	run.out.push({ file, text });
	pump(call);
}

function giveUpIfStalled(call: ReadCall): void {
	const run = call.run;
	if (!run || performance.now() - run.lastLanded < run.stallMs) return;
	const seconds = Math.max(1, Math.round(run.stallMs / 1000));
	for (const file of run.waiting) run.out.push({ file, text: new ReadStalled(seconds) });
	run.waiting.clear();
	run.lastLanded = performance.now();
	pump(call);
}

/** Resolves when `work` settles or after `ms`, whichever comes first; never rejects. */
export function settleWithin(work: Promise<unknown>, ms: number): Promise<void> {
	const done = () => {};
	return rejectAfter(work, ms, () => new Error("timed out")).then(done, done);
}

/** `work`'s outcome, or a rejection with `timeout()` once `ms` have passed; a late answer is ignored. */
export function rejectAfter<T>(work: Promise<T>, ms: number, timeout: () => Error): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = window.setTimeout(() => reject(timeout()), ms);
		work.then(
			(v) => {
				window.clearTimeout(timer);
				resolve(v);
			},
			(e: unknown) => {
				window.clearTimeout(timer);
				reject(e instanceof Error ? e : new Error(String(e)));
			},
		);
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
