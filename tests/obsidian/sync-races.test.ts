/** @jest-environment jsdom */
import { Notice, TFile } from "../fakes/obsidian";
import { syncHarness, type SyncHarness } from "./sync-harness";

/**
 * Races the synchronous fake hides. Obsidian reports `changed` after it has read and parsed the
 * file, later than the write, so a user's save can be on disk, unseen by the sync, when the sync
 * writes the same note; and the event may carry the text as saved or the file as it is by then.
 */

const S = "Interviews/Acme.md";
const head = ["---", "tags: [real-interview]", "---", "## Action Items"];

/** Holds `changed` back as Obsidian does; `latest`: the event carries the file as it is when delivered. */
function deferChanged(h: SyncHarness, latest: boolean): () => Promise<void> {
	const mc = h.app.metadataCache as unknown as { trigger: (name: string, ...args: unknown[]) => void };
	const trigger = mc.trigger.bind(mc);
	const queued: unknown[][] = [];
	mc.trigger = (name, ...args) => (name === "changed" ? void queued.push(args) : trigger(name, ...args));
	return async () => {
		for (let round = 0; round < 20; round++) {
			await h.settle();
			if (queued.length === 0) return;
			for (const [file, data, cache] of queued.splice(0)) {
				const now = file instanceof TFile ? h.app.vault.contentOf(file.path) : undefined;
				trigger("changed", file, latest ? now : data, cache);
			}
		}
		throw new Error("the sync kept writing");
	};
}

/** Runs `save` (the user saving) the first time the sync reads `path`, i.e. inside a sync job. */
function saveDuringSyncRead(h: SyncHarness, path: string, save: () => Promise<unknown>): () => boolean {
	const vault = h.app.vault;
	const read = vault.read.bind(vault);
	let done = false;
	vault.read = async (f) => {
		if (f.path === path && !done) {
			done = true;
			await save();
		}
		return read(f);
	};
	return () => done;
}

describe.each([
	["the text as saved", false],
	["the file as it is when delivered", true],
])("prep sync when Obsidian's event carries %s", (_label, latest) => {
	test("a tick saved in a prep note just before the sync writes that note still reaches the source", async () => {
		const source = { path: S, text: [...head, "- [ ] Read a chapter ^igt-step01", "- [ ] Send mail ^igt-mail01", ""].join("\n") };
		const A = { path: "Prep/A.md", text: "- [ ] Read a chapter ([[Interviews/Acme#^igt-step01|Acme]])\n" };
		const B = { path: "Prep/B.md", text: "- [ ] Read a chapter ([[Interviews/Acme#^igt-step01|Acme]])\n- [ ] Send mail ([[Interviews/Acme#^igt-mail01|Acme]])\n" };
		const h = await syncHarness([source, A, B]);
		const deliver = deferChanged(h, latest);
		const saved = saveDuringSyncRead(h, B.path, () => h.edit(B.path, (t) => t.replace("- [ ] Send mail", "- [x] Send mail")));
		await h.edit(A.path, (t) => t.replace("[ ]", "[x]"));
		await deliver();
		expect(saved()).toBe(true);
		expect(Notice.shown).toEqual([]);
		expect(h.app.vault.contentOf(S)).toBe(source.text.replace(/\[ \]/g, "[x]"));
		expect(h.app.vault.contentOf(B.path)).toBe(B.text.replace(/\[ \]/g, "[x]"));
		expect(h.app.vault.contentOf(A.path)).toBe(A.text.replace("[ ]", "[x]"));
	});

	test("an untick saved while the sync pushes the earlier tick wins everywhere", async () => {
		const src = { path: S, text: [...head, "- [ ] Send mail ^igt-mail01", ""].join("\n") };
		const prep = { path: "Prep/A.md", text: "- [ ] Send mail ([[Interviews/Acme#^igt-mail01|Acme]])\n" };
		const h = await syncHarness([src, prep]);
		const deliver = deferChanged(h, latest);
		await h.edit(prep.path, (t) => t.replace("[ ]", "[x]"));
		const saved = saveDuringSyncRead(h, S, () => h.edit(prep.path, (t) => t.replace("[x]", "[ ]")));
		await deliver();
		expect(saved()).toBe(true);
		expect([h.app.vault.contentOf(S), h.app.vault.contentOf(prep.path)]).toEqual([src.text, prep.text]);
	});

	test("a tick in the source saved while the sync writes it is kept and reaches the copies", async () => {
		const src = { path: S, text: [...head, "- [ ] Read a chapter ^igt-step01", "- [ ] Send mail ^igt-mail01", ""].join("\n") };
		const prep = { path: "Prep/A.md", text: "- [ ] Read a chapter ([[Interviews/Acme#^igt-step01|Acme]])\n- [ ] Send mail ([[Interviews/Acme#^igt-mail01|Acme]])\n" };
		const h = await syncHarness([src, prep]);
		const deliver = deferChanged(h, latest);
		const saved = saveDuringSyncRead(h, S, () => h.edit(S, (t) => t.replace("- [ ] Send mail", "- [x] Send mail")));
		await h.edit(prep.path, (t) => t.replace("- [ ] Read", "- [x] Read"));
		await deliver();
		expect(saved()).toBe(true);
		expect(h.app.vault.contentOf(S)).toBe(src.text.replace(/\[ \]/g, "[x]"));
		expect(h.app.vault.contentOf(prep.path)).toBe(prep.text.replace(/\[ \]/g, "[x]"));
	});
});

test("tick then untick in a prep note: the sync never writes the stale tick back into that note", async () => {
	const source = { path: S, text: [...head, "- [ ] Send mail ^igt-mail01", ""].join("\n") };
	const A = { path: "Prep/A.md", text: "- [ ] Send mail ([[Interviews/Acme#^igt-mail01|Acme]])\n" };
	const B = { path: "Prep/B.md", text: "- [ ] Send mail ([[Interviews/Acme#^igt-mail01|Acme]])\n" };
	const h = await syncHarness([source, A, B]);
	await Promise.all([h.edit(A.path, (t) => t.replace("[ ]", "[x]")), h.edit(A.path, (t) => t.replace("[x]", "[ ]"))]);
	await h.settle();
	expect([S, A.path, B.path].map((p) => h.app.vault.contentOf(p))).toEqual([source.text, A.text, B.text]);
	expect(h.writes.get(A.path) ?? 0).toBe(0);
});
