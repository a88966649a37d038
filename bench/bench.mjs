// Bundles bench/run.ts for Node and runs it, passing the arguments through (e.g. --json).
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";

await esbuild.build({
	entryPoints: ["bench/run.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: "bench-out/run.cjs",
	external: ["playwright-core", "jsdom", "esbuild"],
	// The index and pane benchmarks run the plugin against the same fake the tests use.
	alias: { obsidian: "./tests/fakes/obsidian.ts" },
	logLevel: "warning",
});
const r = spawnSync(process.execPath, ["--expose-gc", "bench-out/run.cjs", ...process.argv.slice(2)], { stdio: "inherit" });
process.exitCode = r.status ?? 1;
