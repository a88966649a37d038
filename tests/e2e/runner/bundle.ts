/**
 * Bundles the browser harness (tests/e2e/shim + the shared fake) into one IIFE with esbuild,
 * with the example vault read from disk into a virtual module at build time.
 */
import * as esbuild from "esbuild";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** The repository: the nearest folder above this file with the plugin's manifest (also when bundled into bench-out/). */
function findRoot(from: string): string {
	for (let dir = from; ; dir = dirname(dir)) {
		if (existsSync(join(dir, "manifest.json")) && existsSync(join(dir, "package.json"))) return dir;
		if (dirname(dir) === dir) throw new Error(`e2e: no repository root above ${from}`);
	}
}

export const ROOT = findRoot(__dirname);

/** Every file of a vault folder, by vault path; dot-folders and dot-files skipped, as Obsidian hides them. */
export function readVaultFolder(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			if (e.name.startsWith(".")) continue;
			const full = join(d, e.name);
			if (e.isDirectory()) walk(full);
			else if (e.isFile()) files[relative(dir, full).split(sep).join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(dir);
	return files;
}

const vaultFilesPlugin: esbuild.Plugin = {
	name: "e2e-vault-files",
	setup(build) {
		build.onResolve({ filter: /^e2e:vault-files$/ }, (args) => ({ path: args.path, namespace: "e2e-vault" }));
		build.onLoad({ filter: /.*/, namespace: "e2e-vault" }, () => ({
			contents: `export default ${JSON.stringify(readVaultFolder(join(ROOT, "examples", "vault")))};`,
			loader: "js",
		}));
	},
};

/** The harness script the page loads; built once per process. */
export async function bundleShim(): Promise<string> {
	const result = await esbuild.build({
		entryPoints: [join(ROOT, "tests", "e2e", "shim", "entry.ts")],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2021",
		write: false,
		sourcemap: "inline",
		logLevel: "silent",
		plugins: [vaultFilesPlugin],
	});
	const out = result.outputFiles[0];
	if (!out) throw new Error("esbuild produced no output for the e2e shim");
	return out.text;
}
