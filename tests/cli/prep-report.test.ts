import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderPrepNote } from "../../src/core/prep/render-prep-note";
import { renderGapReport } from "../../src/core/report/render-gap-report";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { computeThemes } from "../../src/core/themes/compute-themes";
import { exampleInterviews } from "../core/prep/example-vault";

// Runs the built CLI as a user would: `npm run build` must have produced dist/cli.js.
const ROOT = join(__dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
const SHOPEE = ["--company", "Shopee", "--role", "Senior Software Engineer", "--date", "2026-08-01", "--stage", "Hiring manager"];

beforeAll(() => {
	if (!existsSync(CLI)) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
}, 120_000);

function copyVault(): string {
	const dir = mkdtempSync(join(tmpdir(), "igt-prep-"));
	cpSync(join(ROOT, "examples/vault"), dir, { recursive: true });
	return dir;
}

/** Every file under dir with its bytes, to prove a command changed nothing it should not. */
function snapshot(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) out.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), "latin1"));
	}
	return out;
}

describe("cli prep", () => {
	it("prints the same note the engine renders, with themes", () => {
		const r = run("prep", "examples/vault", ...SHOPEE);
		expect([r.status, r.stderr]).toEqual([0, ""]);
		const interviews = exampleInterviews();
		const options = { company: "Shopee", role: "Senior Software Engineer", date: "2026-08-01", stage: "Hiring manager" };
		expect(r.stdout).toBe(renderPrepNote({ interviews, themes: computeThemes(interviews, DEFAULT_SETTINGS), options, settings: DEFAULT_SETTINGS }));
		expect(r.stdout).toMatch(/^---\ntags: \[interview-prep\]\ncompany: Shopee\n/);
	});

	it.each([
		[["prep", "examples/vault"], /^interview-gap-tracker: missing --company; usage: prep <vault-dir>/],
		[["prep", "examples/vault", "--company", "  "], /^interview-gap-tracker: missing --company/],
		[["prep", "examples/vault", "--company", "X", "--date", "2026-02-30"], /^interview-gap-tracker: --date: 2026-02-30 is not a real calendar date\.$/],
		[["prep", "examples/vault", "--company", "X", "--date", "30/01/2026"], /^interview-gap-tracker: --date: "30\/01\/2026" is not in the form YYYY-MM-DD/],
		[["prep", "--company", "X"], /^interview-gap-tracker: missing vault folder/],
		[["prep", "no/such/vault", "--company", "X"], /^interview-gap-tracker: vault folder not found: no\/such\/vault$/],
		[["prep", "examples/vault", "--company", "X", "--template", "Nope.md"], /^interview-gap-tracker: template note not found: Nope\.md$/],
		[["prep", "examples/vault", "--company", "X", "--template", "../README.md"], /^interview-gap-tracker: --template must be a note inside the vault/],
		[["prep", "examples/vault", "--company", "X", "--bogus"], /^interview-gap-tracker: unknown option --bogus/],
		[["report", "examples/vault", "--date", "tomorrow"], /^interview-gap-tracker: --date: "tomorrow" is not in the form/],
		[["report"], /^interview-gap-tracker: missing vault folder; usage: report <vault-dir>/],
		[["report", "examples/vault", "extra"], /^interview-gap-tracker: unexpected argument 'extra'/],
	])("%j exits 1 with one line on stderr", (args, message) => {
		const r = run(...args);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe("");
		expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
		expect(r.stderr.trimEnd()).toMatch(message);
	});

	it("--write creates the note in the prep folder, never overwrites, and touches nothing else", () => {
		const vault = copyVault();
		const before = snapshot(vault);
		const first = run("prep", vault, ...SHOPEE, "--write");
		expect([first.status, first.stdout, first.stderr]).toEqual([0, "Interview prep/2026-08-01 Shopee prep.md\n", ""]);
		const second = run("prep", vault, ...SHOPEE, "--write");
		expect(second.stdout).toBe("Interview prep/2026-08-01 Shopee prep 2.md\n");
		const written = readFileSync(join(vault, "Interview prep/2026-08-01 Shopee prep.md"), "utf8");
		expect(written).toBe(run("prep", vault, ...SHOPEE).stdout);
		const after = snapshot(vault);
		for (const [path, bytes] of before) expect([path, after.get(path) === bytes]).toEqual([path, true]);
		expect(after.size).toBe(before.size + 2);
	});

	it("--write takes a name that differs only in letter case as taken, as the plugin does (macOS and Windows would clash)", () => {
		const vault = copyVault();
		expect(run("prep", vault, ...SHOPEE, "--write").stdout).toBe("Interview prep/2026-08-01 Shopee prep.md\n");
		const lower = run("prep", vault, "--company", "shopee", "--date", "2026-08-01", "--write");
		expect([lower.status, lower.stdout]).toEqual([0, "Interview prep/2026-08-01 shopee prep 2.md\n"]);
		expect(readdirSync(join(vault, "Interview prep")).sort()).toEqual(["2026-08-01 Shopee prep.md", "2026-08-01 shopee prep 2.md"]);
	});

	it("--write keeps a company with / and .. inside the prep folder", () => {
		const vault = copyVault();
		const r = run("prep", vault, "--company", "../../Evil/..Co", "--date", "2026-08-01", "--write");
		expect([r.status, r.stdout]).toEqual([0, "Interview prep/2026-08-01 ..-..-Evil-..Co prep.md\n"]);
		expect(readdirSync(join(vault, "Interview prep"))).toEqual(["2026-08-01 ..-..-Evil-..Co prep.md"]);
		expect(existsSync(join(vault, "..", "Evil"))).toBe(false);
	});

	it("--template fills a vault note template", () => {
		const r = run("prep", "examples/vault", ...SHOPEE, "--template", "Prep/Interview prep checklist.md");
		expect(r.status).toBe(0);
		expect(r.stdout.split("\n---\n")[1]).toBe(readFileSync(join(ROOT, "examples/vault/Prep/Interview prep checklist.md"), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));
	});

	it("uses the Template note setting as the plugin does (.md optional); a missing one is a warning and the built-in template", () => {
		const vault = copyVault();
		const settings = join(vault, ".obsidian/plugins/interview-gap-tracker");
		mkdirSync(settings, { recursive: true });
		writeFileSync(join(settings, "data.json"), JSON.stringify({ prepTemplatePath: "Prep/Interview prep checklist" }));
		const viaSetting = run("prep", vault, ...SHOPEE);
		expect([viaSetting.status, viaSetting.stderr]).toEqual([0, ""]);
		expect(viaSetting.stdout).toBe(run("prep", "examples/vault", ...SHOPEE, "--template", "Prep/Interview prep checklist.md").stdout);
		writeFileSync(join(settings, "data.json"), JSON.stringify({ prepTemplatePath: "Prep/Gone" }));
		const missing = run("prep", vault, ...SHOPEE);
		expect(missing.status).toBe(0);
		expect(missing.stderr).toBe('interview-gap-tracker: template note "Prep/Gone" not found; using the built-in prep template\n');
		expect(missing.stdout).toBe(run("prep", "examples/vault", ...SHOPEE).stdout);
	});

	it("--write says so when the prep folder setting names a file", () => {
		const vault = copyVault();
		const settings = join(vault, ".obsidian/plugins/interview-gap-tracker");
		mkdirSync(settings, { recursive: true });
		writeFileSync(join(settings, "data.json"), JSON.stringify({ prepFolder: "Prep/Interview prep checklist.md" }));
		const r = run("prep", vault, ...SHOPEE, "--write");
		expect(r.status).toBe(1);
		expect(r.stderr).toBe('interview-gap-tracker: "Prep/Interview prep checklist.md" is a file, not a folder; choose another prep folder in the settings\n');
	});
});

describe("cli report", () => {
	it("prints the gap report the engine renders", () => {
		const r = run("report", "examples/vault", "--date", "2026-11-01");
		expect([r.status, r.stderr]).toEqual([0, ""]);
		const interviews = exampleInterviews();
		expect(r.stdout).toBe(renderGapReport(interviews, computeThemes(interviews, DEFAULT_SETTINGS), { generated: "2026-11-01" }));
		expect(r.stdout).toMatch(/^# Interview gap report\n\n_Generated 2026-11-01 from 10 interviews/);
		expect(r.stdout).toContain("## Gaps, most pressing first\n\n### 1. ");
	});
});
