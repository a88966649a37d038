import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Runs the built CLI as a user would, on a temporary copy of a vault note.
const ROOT = join(__dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const SOURCES = ["src/cli/toggle-command.ts", "src/core/toggle/toggle-step.ts", "src/core/toggle/locate-target.ts", "src/core/toggle/task-line.ts"];
const NOTE = "Interviews/2026/2026-01-20 Atlassian platform engineer.md";
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });

beforeAll(() => {
	const built = existsSync(CLI) ? statSync(CLI).mtimeMs : 0;
	if (SOURCES.some((s) => statSync(join(ROOT, s)).mtimeMs > built)) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
}, 120_000);

let vault: string;
let file: string;
let original: string;

beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "igt-toggle-"));
	mkdirSync(join(vault, "Interviews/2026"), { recursive: true });
	file = join(vault, NOTE);
	copyFileSync(join(ROOT, "examples/vault", NOTE), file);
	original = readFileSync(file, "utf8");
});

const lineOf = (text: string, n: number) => text.split("\n")[n - 1];

describe("cli toggle", () => {
	it("ticks a step in place, keeps the file mode and leaves no temp file", () => {
		chmodSync(file, 0o640);
		expect(lineOf(original, 44)).toBe("    - [ ] The scale-down race that killed running jobs");
		const r = run("toggle", vault, NOTE, "--line", "44", "--expect", "The scale-down race that killed running jobs");
		expect([r.status, r.stderr]).toEqual([0, ""]);
		expect(r.stdout).toMatch(/:44 ticked, 1 line\(s\) changed/);
		const after = readFileSync(file, "utf8");
		expect(after).toBe(original.replace("    - [ ] The scale-down race", "    - [x] The scale-down race"));
		expect(statSync(file).mode & 0o777).toBe(0o640);
		expect(readdirSync(join(vault, "Interviews/2026"))).toEqual(["2026-01-20 Atlassian platform engineer.md"]);
	});

	it("--json prints what changed; --state off unticks; a second run changes nothing", () => {
		const r = run("toggle", vault, NOTE, "--line", "37", "--state", "off", "--json");
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual({
			path: NOTE,
			line: 37,
			relocated: false,
			checked: false,
			changes: [{ line: 37, before: "    - [x] Disagreement with a senior engineer", after: "    - [ ] Disagreement with a senior engineer" }],
		});
		const again = run("toggle", vault, NOTE, "--line", "37", "--state", "off", "--json");
		expect(JSON.parse(again.stdout)).toMatchObject({ changes: [] });
	});

	it("finds the step by its text when lines were added above", () => {
		writeFileSync(file, "Added line\nAnother\n" + original);
		const r = run("toggle", vault, NOTE, "--line", "44", "--expect", "The scale-down race that killed running jobs", "--json");
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({ line: 46, relocated: true, checked: true });
	});

	it("keeps CRLF line endings byte for byte", () => {
		const crlf = original.replace(/\n/g, "\r\n");
		writeFileSync(file, crlf);
		expect(run("toggle", vault, NOTE, "--line", "44").status).toBe(0);
		expect(readFileSync(file, "utf8")).toBe(crlf.replace("    - [ ] The scale-down race", "    - [x] The scale-down race"));
	});

	it.each([
		[["--line", "3"], /line 3 holds no action item or step/i],
		[["--line", "44", "--expect", "Something else"], /"Something else" is no longer on line 44/],
		[["--line", "0"], /--line needs a line number/],
		[["--line", "44", "--state", "maybe"], /--state must be on, off or toggle/],
		[[], /missing --line/],
	])("exits 1 with one line and writes nothing for %j", (extra, message) => {
		const r = run("toggle", vault, NOTE, ...extra);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe("");
		expect(r.stderr.trim().split("\n")).toHaveLength(1);
		expect(r.stderr).toMatch(message);
		expect(readFileSync(file, "utf8")).toBe(original);
	});

	it.each([["../outside.md"], ["Interviews/../../outside.md"], ["/etc/passwd.md"], ["Interviews/notes.txt"]])("refuses the path %j", (path) => {
		const r = run("toggle", vault, path, "--line", "1");
		expect(r.status).toBe(1);
		expect(r.stderr.trim().split("\n")).toHaveLength(1);
		expect(r.stderr).toMatch(/relative to the vault|leaves the vault|not a Markdown note/);
	});

	it("refuses a symlink that points out of the vault", () => {
		const outside = join(mkdtempSync(join(tmpdir(), "igt-outside-")), "secret.md");
		writeFileSync(outside, "## Action Items\n- [ ] secret\n");
		symlinkSync(outside, join(vault, "link.md"));
		const r = run("toggle", vault, "link.md", "--line", "2");
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/leaves the vault: link\.md/);
		expect(readFileSync(outside, "utf8")).toBe("## Action Items\n- [ ] secret\n");
	});

	it("reports a missing note or vault in one line", () => {
		expect(run("toggle", vault, "Nope.md", "--line", "1").stderr).toMatch(/cannot read Nope\.md \(ENOENT\)/);
		expect(run("toggle", join(vault, "missing"), NOTE, "--line", "1").stderr).toMatch(/vault folder not found/);
	});

	it("refuses to rewrite a UTF-16 note", () => {
		writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, "utf16le")]));
		const before = readFileSync(file);
		const r = run("toggle", vault, NOTE, "--line", "44");
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/UTF-16.*refusing to write/);
		expect(readFileSync(file).equals(before)).toBe(true);
	});
});
