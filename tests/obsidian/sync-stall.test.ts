/** @jest-environment jsdom */
import { Notice, type TFile } from "../fakes/obsidian";
import { PrepSync } from "../../src/obsidian/sync-service";
import { harness } from "./harness";
import { syncHarness } from "./sync-harness";

const note = (path: string, line: string) => ({ path, text: `---\ntags: [real-interview]\n---\n## Action Items\n${line}\n` });
const cloud = note("Interviews/Cloud.md", "- [ ] Call Bo ^igt-step01");
const local = note("Interviews/Local.md", "- [ ] Send mail ^igt-mail01");
const prepA = { path: "Prep/A.md", text: "- [ ] Call Bo ([[Interviews/Cloud#^igt-step01|Cloud]])\n" };
const prepB = { path: "Prep/B.md", text: "- [ ] Send mail ([[Interviews/Local#^igt-mail01|Local]])\n" };

/** Both ticks made, with every read of Cloud.md left unanswered and the sync giving up after 50 ms. */
async function tickBothWithCloudStalled() {
	const h = await syncHarness([cloud, local, prepA, prepB]);
	h.sync.stallMs = 50;
	const { vault } = h.app;
	const read = vault.read.bind(vault);
	jest.spyOn(vault, "read").mockImplementation((f: TFile) => (f.path === cloud.path ? new Promise<string>(() => {}) : read(f)));
	await h.edit(prepA.path, (t) => t.replace("[ ]", "[x]"));
	await h.edit(prepB.path, (t) => t.replace("[ ]", "[x]"));
	return { h, vault };
}

describe("a note the vault never hands over (a cloud placeholder)", () => {
	test("holds up only its own sync: a later tick still reaches its source, and a Notice names the stalled note", async () => {
		const { h, vault } = await tickBothWithCloudStalled();
		await h.settle();
		expect(vault.contentOf(local.path)).toContain("- [x] Send mail ^igt-mail01");
		expect(vault.contentOf(cloud.path)).toBe(cloud.text);
		expect(Notice.shown).toEqual([`Couldn't sync ticks from ${prepA.path} to ${cloud.path}: the write failed (the note did not answer within 1 s).`]);
	});

	test("after the plugin unloads, syncs still queued write nothing", async () => {
		const { h, vault } = await tickBothWithCloudStalled();
		// Both ticks heard; the first sync waits on the stalled note, the second is queued behind it.
		while (h.app.metadataCache.pending > 0) await new Promise((r) => setTimeout(r, 1));
		h.sync.unload();
		await h.sync.settled();
		expect(vault.contentOf(local.path)).toBe(local.text);
	});

	const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

	// Only reads are given up on: a write given up on could land later and race the user's edits.
	test.each([
		["the vault takes its turn 150 ms late", "turn"],
		["the edit runs at once and the bytes reach the disk 150 ms late", "bytes"],
	])("a slow write is waited for (%s): it lands, nothing is reported, and syncing goes on", async (_what, mode) => {
		const h = await syncHarness([local, prepB]);
		h.sync.stallMs = 50;
		const { vault } = h.app;
		const modify = vault.modify.bind(vault);
		const process = vault.process.bind(vault);
		const slow = jest.spyOn(vault, "process").mockImplementation(async (f: TFile, fn: (text: string) => string) => {
			if (mode === "turn") {
				await sleep(150);
				return process(f, fn);
			}
			const out = fn(vault.contentOf(f.path) ?? "");
			await sleep(150);
			await modify(f, out);
			return out;
		});
		await h.edit(prepB.path, (t) => t.replace("[ ]", "[x]"));
		await h.settle();
		await sleep(200);
		await h.settle();
		expect(Notice.shown).toEqual([]);
		expect(vault.contentOf(local.path)).toBe(local.text.replace("[ ]", "[x]"));
		slow.mockRestore();
		await h.edit(prepB.path, (t) => t.replace("[x]", "[ ]"));
		await h.settle();
		expect(vault.contentOf(local.path)).toBe(local.text);
	});
});

describe("start-up with several notes the vault never hands over", () => {
	test("they are asked for together, so they cost one wait, not one each", async () => {
		const preps = [1, 2, 3].map((n) => ({ path: `Prep/Cloud ${n}.md`, text: `- [ ] Call Bo ([[Interviews/Cloud#^igt-step01|Cloud]])\n` }));
		const stalled = new Set(preps.map((p) => p.path));
		const h = harness([cloud, local, prepB, ...preps]);
		const read = h.app.vault.cachedRead.bind(h.app.vault);
		const asked: string[] = [];
		jest.spyOn(h.app.vault, "cachedRead").mockImplementation((f: TFile) => {
			if (!stalled.has(f.path)) return read(f);
			asked.push(f.path);
			return new Promise<string>(() => {});
		});
		const sync = new PrepSync(h.app as never, () => h.settings);
		sync.stallMs = 300;
		sync.load();
		h.app.workspace.setLayoutReady();
		await new Promise((r) => setTimeout(r, 50));
		// Well before the first one is given up on, all three are out (one after another, one would be).
		expect(asked.sort()).toEqual([...stalled].sort());
		await sync.settled();
		sync.unload();
	});
});

describe("a slow write", () => {
	const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
	const two = { path: "Interviews/Local.md", text: "---\ntags: [real-interview]\n---\n## Action Items\n- [ ] Send mail ^igt-mail01\n- [ ] Call Bo ^igt-call02\n" };
	const copies = { path: "Prep/B.md", text: "- [ ] Send mail ([[Interviews/Local#^igt-mail01|Local]])\n- [ ] Call Bo ([[Interviews/Local#^igt-call02|Local]])\n" };

	/** The first write to Local.md runs its edit at once and reaches the disk `ms` later, or fails then. */
	async function slowFirstWrite(files: { path: string; text: string }[], ms: number, land: "ok" | "fail") {
		const h = await syncHarness(files);
		const { vault } = h.app;
		const modify = vault.modify.bind(vault);
		const process = vault.process.bind(vault);
		let first = true;
		jest.spyOn(vault, "process").mockImplementation(async (f: TFile, fn: (t: string) => string) => {
			if (!(first && f.path === two.path)) return process(f, fn);
			first = false;
			const out = fn(vault.contentOf(f.path) ?? "");
			await sleep(ms);
			if (land === "fail") throw new Error("disk full");
			await modify(f, out);
			return out;
		});
		return { h, vault };
	}

	test("is learnt in order with the user's edits: a tick made in the note after it landed still reaches the copies", async () => {
		const { h, vault } = await slowFirstWrite([two, cloud, prepA, copies], 300, "ok");
		h.sync.stallMs = 200;
		const read = vault.read.bind(vault);
		jest.spyOn(vault, "read").mockImplementation((f: TFile) => (f.path === cloud.path ? new Promise<string>(() => {}) : read(f)));
		await h.edit(copies.path, (t) => t.replace("- [ ] Send", "- [x] Send"));
		// A stalled note keeps the sync busy while the late write lands and the user ticks in the note.
		await h.edit(prepA.path, (t) => t.replace("[ ]", "[x]"));
		await sleep(340);
		expect(vault.contentOf(two.path)).toContain("- [x] Send mail");
		await h.edit(two.path, (t) => t.replace("- [ ] Call Bo", "- [x] Call Bo"));
		await sleep(200);
		await h.settle();
		expect(vault.contentOf(copies.path)).toBe(copies.text.replace(/\[ \]/g, "[x]"));
	});

	test("shows the refusals its edit found, and says so if it then fails", async () => {
		const gone = { path: copies.path, text: `${copies.text}- [ ] Old step ([[Interviews/Local#^igt-gone01|Local]])\n` };
		const ok = await slowFirstWrite([two, gone], 150, "ok");
		ok.h.sync.stallMs = 50;
		await ok.h.edit(gone.path, (t) => t.replace("- [ ] Send", "- [x] Send").replace("- [ ] Old", "- [x] Old"));
		await ok.h.settle();
		await sleep(200);
		await ok.h.settle();
		expect(Notice.shown).toEqual([`Couldn't tick “Old step” in ${two.path}: its line there is gone (no line ends in ^igt-gone01). Only the prep note changed.`]);

		const failing = await slowFirstWrite([two, copies], 150, "fail");
		failing.h.sync.stallMs = 50;
		await failing.h.edit(copies.path, (t) => t.replace("- [ ] Send", "- [x] Send"));
		await failing.h.settle();
		await sleep(200);
		await failing.h.settle();
		expect(failing.vault.contentOf(two.path)).toBe(two.text);
		expect(Notice.shown).toEqual([`Couldn't sync ticks from ${copies.path} to ${two.path}: the write failed (disk full).`]);
	});
});

describe("changes made while the start-up scan still waits on a slow note", () => {
	const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
	const S = { path: "Interviews/Acme.md", text: "---\ntags: [real-interview]\n---\n## Action Items\n- [ ] Send mail ^igt-mail01\n" };
	const P = { path: "Prep/A.md", text: "- [ ] Send mail ([[Interviews/Acme#^igt-mail01|Acme]])\n" };
	const slowNote = { path: "Prep/Slow.md", text: P.text };

	const edit = (h: ReturnType<typeof harness>, path: string, fn: (text: string) => string) => {
		const file = h.app.vault.getFileByPath(path);
		if (!file) throw new Error(`no file ${path}`);
		return h.app.vault.process(file, fn);
	};

	/**
	 * Starts the sync with `slow` notes answering their read 150 ms late, with the text they had when
	 * asked, and runs `during` while the scan waits for them.
	 */
	async function start(files: { path: string; text: string }[], slow: string, during: (h: ReturnType<typeof harness>) => Promise<unknown>) {
		Notice.reset();
		const h = harness(files);
		const read = h.app.vault.cachedRead.bind(h.app.vault);
		jest.spyOn(h.app.vault, "cachedRead").mockImplementation(async (f: TFile) => {
			const text = await read(f);
			if (f.path === slow) await sleep(150);
			return text;
		});
		const sync = new PrepSync(h.app as never, () => h.settings);
		sync.load();
		h.app.workspace.setLayoutReady();
		await sleep(30);
		await during(h);
		await sleep(300);
		do {
			await sync.settled();
			await h.app.metadataCache.settled();
		} while (h.app.metadataCache.pending > 0);
		await sync.settled();
		sync.unload();
		return h;
	}

	test("a copy ticked in a note already read reaches its source, with no start-up Notice about it", async () => {
		const h = await start([S, P, slowNote], slowNote.path, (h) => edit(h, P.path, (t) => t.replace("[ ]", "[x]")));
		expect(h.app.vault.contentOf(S.path)).toContain("- [x] Send mail");
		expect(Notice.shown).toEqual([]);
	});

	test("a copy ticked while its own start-up read is out (the read answers with the older text) reaches its source", async () => {
		const h = await start([S, P], P.path, (h) => edit(h, P.path, (t) => t.replace("[ ]", "[x]")));
		expect(h.app.vault.contentOf(S.path)).toContain("- [x] Send mail");
		expect(Notice.shown).toEqual([]);
	});

	test("a source reported changed meanwhile still gets its ticked copies counted in the start-up Notice", async () => {
		const h = await start([S, { ...P, text: P.text.replace("[ ]", "[x]") }, slowNote], slowNote.path, (h) => edit(h, S.path, (t) => `${t}note\n`));
		expect(h.app.vault.contentOf(S.path)).toContain("- [ ] Send mail");
		expect(Notice.shown).toHaveLength(1);
	});
});
