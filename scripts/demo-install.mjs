// Builds the plugin and copies its release files into a vault, to try it in a real Obsidian:
//   npm run demo:install -- <path to vault> [--no-build] [--config-dir=<name>]
// Writes only <vault>/<config dir>/plugins/<id>/{main.js,manifest.json,styles.css}; the plugin's
// data.json (your settings) is left alone. Refuses anything that is not an Obsidian vault folder.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const FILES = ["main.js", "manifest.json", "styles.css"];

function fail(message) {
	process.stderr.write(`demo:install: ${message}\n`);
	process.exit(1);
}

const args = process.argv.slice(2);
const build = !args.includes("--no-build");
// Obsidian's default config folder; --config-dir overrides it for vaults that renamed it.
const configDir = args.find((a) => a.startsWith("--config-dir="))?.slice("--config-dir=".length) || ".obsidian";
const paths = args.filter((a) => !a.startsWith("--"));
if (paths.length !== 1) fail("usage: npm run demo:install -- <path to vault> [--no-build] [--config-dir=<name>]");

const vault = resolve(paths[0]);
if (!existsSync(vault)) fail(`${vault} does not exist`);
if (!statSync(vault).isDirectory()) fail(`${vault} is not a folder`);
const config = join(vault, configDir);
if (!existsSync(config) || !statSync(config).isDirectory()) {
	fail(`${vault} is not a vault (no ${configDir} folder): open it once in Obsidian, then run this again (or pass --config-dir=<name>)`);
}

if (build) {
	const r = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
	if (r.status !== 0) fail("the build failed");
}
for (const f of FILES) if (!existsSync(join(ROOT, f))) fail(`${f} is missing: run without --no-build`);

const { id, name } = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8"));
const target = join(config, "plugins", id);
mkdirSync(target, { recursive: true });
for (const f of FILES) copyFileSync(join(ROOT, f), join(target, f));
process.stdout.write(
	`Installed ${name} into ${target}\n` +
		`In Obsidian: Settings → Community plugins → turn on "${name}" (if it was on already, turn it off and on to load the new build).\n`,
);
