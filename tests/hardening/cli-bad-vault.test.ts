import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { BAD_INPUTS } from "./bad-corpus";
import { scanSchemaErrors } from "./scan-schema";

// The built CLI, run as a user would, on a vault made of the whole bad-input corpus.
const ROOT = join(__dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
let vault = "";

beforeAll(() => {
	if (!existsSync(CLI)) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
	vault = mkdtempSync(join(tmpdir(), "igt-bad-vault-"));
	for (const input of BAD_INPUTS) {
		const file = join(vault, input.path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, input.bytes());
	}
	// A file name that would drive a terminal if printed raw.
	writeFileSync(join(vault, "Bad/esc \u001b[2J name.md"), Buffer.from([0x23, 0x00]));
}, 120_000);

afterAll(() => rmSync(vault, { recursive: true, force: true }));

const scan = (...args: string[]) => spawnSync(process.execPath, [CLI, "scan", vault, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });

describe("cli scan on the bad-input vault", () => {
	it("exits 0 with JSON that validates against the schema, carrying the warnings", () => {
		const r = scan("--json");
		expect(r.status).toBe(0);
		const doc = JSON.parse(r.stdout) as { interviews: { path: string; warnings: string[] }[] };
		expect(scanSchemaErrors(doc)).toEqual([]);
		const warned = (name: string) => doc.interviews.find((i) => i.path === `Bad/${name}`)?.warnings.join("\n");
		expect(warned("invalid-yaml.md")).toMatch(/not valid YAML/);
		expect(warned("invalid-utf8.md")).toMatch(/not valid UTF-8/);
		expect(warned("unclosed-front-matter.md")).toMatch(/not closed/);
		expect(doc.interviews.map((i) => i.path)).toContain('Bad/Q: why <not>? "quoted" | star* back\\slash.md');
		expect(r.stderr).toMatch(/skipped Bad\/nul-bytes\.md: binary/);
	}, 60_000);

	it("prints the table with control characters neutralised", () => {
		const r = scan();
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/Warnings:/);
		expect(r.stdout).toContain("esc \uFFFD[2J name.md: skipped, binary");
		expect(r.stdout).not.toContain("\u001b");
	}, 60_000);
});
