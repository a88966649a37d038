import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ScanJson } from "../../src/core/contract-json";

// Runs the built CLI exactly as a user would: `npm run build` must have produced dist/cli.js.
const ROOT = join(__dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
/** The CLI's stdout read as the contract it promises; the schema test checks the shape itself. */
const scanJson = (stdout: string) => JSON.parse(stdout) as ScanJson;
const paths = (stdout: string) => scanJson(stdout).interviews.map((i) => i.path);

beforeAll(() => {
	if (!existsSync(CLI)) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
}, 120_000);

describe("cli scan", () => {
	it("prints the contract JSON for the example vault", () => {
		const r = run("scan", "examples/vault", "--json");
		expect(r.status).toBe(0);
		const json = scanJson(r.stdout);
		expect(Object.keys(json)).toEqual(["vault", "tag", "interviews", "themes"]);
		expect(json.vault).toBe("examples/vault");
		expect(json.tag).toBe("real-interview");
		const listed = json.interviews.map((i) => i.path);
		expect(listed).toHaveLength(10);
		expect([...listed].sort()).toEqual(listed);
		expect(listed).not.toContain(".trash/Old interview.md");
		expect(listed).not.toContain("Prep/Interview prep checklist.md");
		expect(listed).not.toContain("Notes/Tag only in code.md");
		const seed = json.interviews.find((i) => i.path === "Interviews/2025-11-23 Shopee promotion team.md");
		expect(seed?.struggles[0]).toMatchObject({ line: 79 });
	});

	it("prints a readable table without --json", () => {
		const r = run("scan", "examples/vault");
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/10 interviews tagged #real-interview/);
		expect(r.stdout).toMatch(/^2025-11-23\s+Shopee\s+Backend Engineer\s+4\s+5\s+0\s+Interviews\/2025-11-23 Shopee promotion team\.md$/m);
		expect(r.stdout).toMatch(/Total: 10 interviews, 37 struggles, 23 open and 10 done action items/);
		expect(r.stdout).toMatch(/Ledgerly founding engineer chat\.md: No 'Action Items' section/);
	});

	it("honours --tag", () => {
		const r = run("scan", "examples/vault", "--tag", "#real-interview-prep", "--json");
		expect(r.status).toBe(0);
		expect(paths(r.stdout)).toEqual(["Prep/Interview prep checklist.md"]);
	});

	it.each([
		[["scan", "no/such/vault"], /vault folder not found: no\/such\/vault/],
		[["scan"], /missing vault folder/],
		[["scan", "examples/vault", "--nope"], /unknown option --nope/],
		[["scan", "examples/vault", "--tag"], /--tag needs a value/],
		[["frobnicate"], /unknown command 'frobnicate'/],
	])("exits 1 with one line for %j", (args, message) => {
		const r = run(...args);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe("");
		expect(r.stderr.trim().split("\n")).toHaveLength(1);
		expect(r.stderr).toMatch(message);
	});

	it("prints help with exit 0", () => {
		const r = run("--help");
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/Usage:/);
	});

	it("with no command prints the usage and exits 1 with one line on stderr", () => {
		const r = run();
		expect(r.status).toBe(1);
		expect(r.stdout).toMatch(/Usage:/);
		expect(r.stderr).toBe("interview-gap-tracker: no command given (see the usage above)\n");
	});

	it("a reader that closes the pipe early gets no stack trace", () => {
		// `true` exits at once, long before Node has started: the report's write finds the pipe closed.
		const r = spawnSync("sh", ["-c", `"${process.execPath}" "${CLI}" report examples/vault | true`], { cwd: ROOT, encoding: "utf8" });
		expect(r.stderr).toBe("");
	});

	it("skips a binary file with a warning instead of crashing", () => {
		const dir = mkdtempSync(join(tmpdir(), "igt-cli-"));
		mkdirSync(join(dir, "Interviews"));
		writeFileSync(join(dir, "Interviews/bin.md"), Buffer.from([0x23, 0x72, 0x00, 0xff, 0x00]));
		writeFileSync(join(dir, "Interviews/ok.md"), "#real-interview\n## Where I Struggled\n- s\n## Action Items\n- [ ] a\n");
		const r = run("scan", dir, "--json");
		expect(r.status).toBe(0);
		expect(scanJson(r.stdout).interviews).toHaveLength(1);
		expect(r.stderr).toMatch(/skipped Interviews\/bin\.md: binary/);
	});
});

describe("cli settings from the vault", () => {
	const note = "## Where I Struggled\n- s\n## Action Items\n- [ ] a\n";
	const vaultWith = (data: string) => {
		const dir = mkdtempSync(join(tmpdir(), "igt-cli-settings-"));
		mkdirSync(join(dir, ".obsidian/plugins/interview-gap-tracker"), { recursive: true });
		writeFileSync(join(dir, ".obsidian/plugins/interview-gap-tracker/data.json"), data);
		writeFileSync(join(dir, "log.md"), "#interview-log\n" + note);
		writeFileSync(join(dir, "real.md"), "#real-interview\n" + note);
		return dir;
	};

	it("uses the plugin's data.json in the vault, so CLI and pane agree", () => {
		const r = run("scan", vaultWith('{"tag": "interview-log"}'), "--json");
		expect(r.status).toBe(0);
		expect(paths(r.stdout)).toEqual(["log.md"]);
	});

	it("lets --tag override data.json", () => {
		const r = run("scan", vaultWith('{"tag": "interview-log"}'), "--tag", "real-interview", "--json");
		expect(paths(r.stdout)).toEqual(["real.md"]);
	});

	it("warns about a broken data.json and falls back to the defaults", () => {
		const r = run("scan", vaultWith("{not json"), "--json");
		expect(r.status).toBe(0);
		expect(r.stderr).toMatch(/data\.json is not valid JSON; using the default settings/);
		expect(paths(r.stdout)).toEqual(["real.md"]);
	});

	it("warns about a data.json value it cannot use (as the plugin's notice does) and uses the default for it", () => {
		const r = run("scan", vaultWith('{"tag": "interview log", "similarityThreshold": 30}'), "--json");
		expect(r.status).toBe(0);
		expect(r.stderr.trim()).toBe(
			'warning: .obsidian/plugins/interview-gap-tracker/data.json: tag "interview log" cannot contain "a space" (tags are letters, digits, _, - and /); similarityThreshold 30 is not a number from 0.05 to 0.95. Using the defaults for those.',
		);
		expect(paths(r.stdout)).toEqual(["real.md"]);
	});
});
