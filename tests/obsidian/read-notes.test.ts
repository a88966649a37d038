/** @jest-environment jsdom */
import { MessageChannel as NodeMessageChannel } from "node:worker_threads";
import type { TFile as ObsidianTFile, Vault as ObsidianVault } from "obsidian";
import { chunksBySize, inSlices, readNotes } from "../../src/obsidian/read-notes";
import { App, type TFile } from "../fakes/obsidian";
import { collectGarbage } from "./collect-garbage";

function vaultOf(count: number, size = 10): { app: App; files: TFile[] } {
	const app = new App({ files: Array.from({ length: count }, (_, i) => ({ path: `n${i}.md`, text: "x".repeat(size) })) });
	return { app, files: app.vault.getMarkdownFiles() };
}
const asVault = (app: App) => app.vault as unknown as ObsidianVault;
const asFiles = (files: TFile[]) => files as unknown as ObsidianTFile[];

afterEach(() => jest.restoreAllMocks());

describe("readNotes", () => {
	test("reads every file once, never more than 64 at a time", async () => {
		const { app, files } = vaultOf(300);
		let active = 0;
		let peak = 0;
		const calls: string[] = [];
		const read = app.vault.cachedRead.bind(app.vault);
		jest.spyOn(app.vault, "cachedRead").mockImplementation(async (f) => {
			calls.push(f.path);
			peak = Math.max(peak, ++active);
			await new Promise((r) => setTimeout(r, 0));
			active--;
			return read(f);
		});
		const out = await readNotes(asVault(app), asFiles(files), () => false);
		expect(out.map((r) => r.file.path).sort()).toEqual(files.map((f) => f.path).sort());
		expect(calls.length).toBe(300);
		expect(peak).toBe(64);
		expect(out.every((r) => r.text === "xxxxxxxxxx")).toBe(true);
	});

	test("a failed read yields its error instead of rejecting", async () => {
		const { app, files } = vaultOf(3);
		const read = app.vault.cachedRead.bind(app.vault);
		jest.spyOn(app.vault, "cachedRead").mockImplementation((f) => (f.path === "n1.md" ? Promise.reject(new Error("EACCES")) : read(f)));
		const out = await readNotes(asVault(app), asFiles(files), () => false);
		const failed = out.find((r) => r.file.path === "n1.md");
		expect(failed?.text).toBeInstanceOf(Error);
		expect(out.filter((r) => typeof r.text === "string")).toHaveLength(2);
	});

	test("stops issuing reads once cancelled", async () => {
		const { app, files } = vaultOf(200);
		const spy = jest.spyOn(app.vault, "cachedRead");
		let cancelled = false;
		const out = readNotes(asVault(app), asFiles(files), () => cancelled);
		cancelled = true;
		await out;
		expect(spy).toHaveBeenCalledTimes(64);
	});

	test("a read given up on keeps neither the texts read nor the caller's state alive once the call resolves", async () => {
		const { app, files } = vaultOf(3);
		const read = app.vault.cachedRead.bind(app.vault);
		const answers: ((text: string) => void)[] = [];
		jest.spyOn(app.vault, "cachedRead").mockImplementation((f) => (f.path === "n1.md" ? new Promise((resolve) => answers.push(resolve)) : read(f)));
		// Made in a function of their own, so the test's scope holds only the WeakRefs.
		const call = async () => {
			const state = { big: "y".repeat(1000) };
			const isCancelled = () => state.big.length === 0;
			const out = await readNotes(asVault(app), asFiles(files), isCancelled, 30);
			expect(out.map((r) => typeof r.text)).toEqual(["string", "string", "object"]);
			return { out: new WeakRef(out), state: new WeakRef(state) };
		};
		const refs = await call();
		await collectGarbage();
		expect(answers).toHaveLength(1);
		expect(refs.out.deref()).toBeUndefined();
		expect(refs.state.deref()).toBeUndefined();
		// The late answer lands on nothing and throws nothing.
		answers[0]?.("late");
		await new Promise((r) => setTimeout(r, 0));
	});

	test("resolves at once for no files", async () => {
		const { app } = vaultOf(0);
		await expect(readNotes(asVault(app), [], () => false)).resolves.toEqual([]);
	});
});

describe("chunksBySize", () => {
	test("keeps each run within the byte budget, in order, with an oversized file alone", () => {
		const app = new App({ files: [10, 30, 50, 200, 5, 5].map((n, i) => ({ path: `n${i}.md`, text: "x".repeat(n) })) });
		const files = ["n0.md", "n1.md", "n2.md", "n3.md", "n4.md", "n5.md"].map((p) => app.vault.getFileByPath(p)).filter((f): f is TFile => f !== null);
		const runs = chunksBySize(asFiles(files), 60).map((run) => run.map((f) => f.path));
		expect(runs).toEqual([["n0.md", "n1.md"], ["n2.md"], ["n3.md"], ["n4.md", "n5.md"]]);
	});
});

describe("inSlices", () => {
	test("does all the work, yielding to the app between slices", async () => {
		const seen: number[] = [];
		let timers = 0;
		const real = window.setTimeout.bind(window);
		jest.spyOn(window, "setTimeout").mockImplementation(((cb: () => void) => {
			timers++;
			return real(cb, 0);
		}) as typeof window.setTimeout);
		await inSlices([1, 2, 3, 4], (n) => seen.push(n), () => false, 0);
		expect(seen).toEqual([1, 2, 3, 4]);
		expect(timers).toBe(3);
	});

	test("yields with a message, not a timer, where the platform has MessageChannel", async () => {
		const g = globalThis as { MessageChannel?: unknown };
		const had = g.MessageChannel;
		g.MessageChannel = NodeMessageChannel;
		const timer = jest.spyOn(window, "setTimeout");
		try {
			const seen: number[] = [];
			await inSlices([1, 2, 3], (n) => seen.push(n), () => false, 0);
			expect(seen).toEqual([1, 2, 3]);
			expect(timer).not.toHaveBeenCalled();
		} finally {
			g.MessageChannel = had;
		}
	});

	test("stops when cancelled between slices", async () => {
		const seen: number[] = [];
		await inSlices([1, 2, 3], (n) => seen.push(n), () => seen.length >= 1, 0);
		expect(seen).toEqual([1]);
	});
});
