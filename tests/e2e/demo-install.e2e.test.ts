/** `npm run demo:install -- <vault>` copies the built plugin into a vault and refuses anything else. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./runner/bundle";

const SCRIPT = join(ROOT, "scripts", "demo-install.mjs");
let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "igt-demo-install-"));
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

function install(...args: string[]) {
	return spawnSync(process.execPath, [SCRIPT, ...args, "--no-build"], { encoding: "utf8" });
}

test("honours a vault's own config folder name", () => {
	mkdirSync(join(dir, ".config"));
	const r = install(dir, "--config-dir=.config");
	expect(r.status).toBe(0);
	expect(readFileSync(join(dir, ".config", "plugins", "interview-gap-tracker", "manifest.json"), "utf8")).toBe(readFileSync(join(ROOT, "manifest.json"), "utf8"));
});

test("copies main.js, manifest.json and styles.css byte for byte, keeping the plugin's data.json", () => {
	const plugin = join(dir, ".obsidian", "plugins", "interview-gap-tracker");
	mkdirSync(plugin, { recursive: true });
	writeFileSync(join(plugin, "data.json"), '{"tag":"mine"}');
	const r = install(dir);
	expect(r.stderr).toBe("");
	expect(r.status).toBe(0);
	for (const f of ["main.js", "manifest.json", "styles.css"]) expect(readFileSync(join(plugin, f)).equals(readFileSync(join(ROOT, f)))).toBe(true);
	expect(readFileSync(join(plugin, "data.json"), "utf8")).toBe('{"tag":"mine"}');
	expect(r.stdout).toContain("Community plugins");
});

test.each([
	["a file", (d: string) => { writeFileSync(join(d, "note.md"), "x"); return join(d, "note.md"); }, "is not a folder"],
	["a missing path", (d: string) => join(d, "nope"), "does not exist"],
	["a folder that is not a vault", (d: string) => d, "is not a vault"],
])("refuses %s, writing nothing", (_name, make, message) => {
	const target = make(dir);
	const r = install(target);
	expect(r.status).toBe(1);
	expect(r.stderr).toContain(message);
	expect(spawnSync("find", [dir, "-name", "main.js"], { encoding: "utf8" }).stdout).toBe("");
});

test("without a path it prints the usage", () => {
	const r = spawnSync(process.execPath, [SCRIPT], { encoding: "utf8" });
	expect(r.status).toBe(1);
	expect(r.stderr).toContain("usage: npm run demo:install -- <path to vault>");
});
