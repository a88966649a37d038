import esbuild from "esbuild";
import process from "process";
import { builtinModules } from "node:module";

const banner = `/*
Interview Gap Tracker: bundled by esbuild. Source: src/
*/`;

const production = process.argv[2] === "production";

// Obsidian provides these at runtime; bundling them would ship a second copy.
const obsidianExternals = [
	"obsidian",
	"electron",
	"@codemirror/autocomplete",
	"@codemirror/collab",
	"@codemirror/commands",
	"@codemirror/language",
	"@codemirror/lint",
	"@codemirror/search",
	"@codemirror/state",
	"@codemirror/view",
	"@lezer/common",
	"@lezer/highlight",
	"@lezer/lr",
	...builtinModules,
];

const pluginContext = await esbuild.context({
	banner: { js: banner },
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: obsidianExternals,
	format: "cjs",
	target: "es2021",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	outfile: "main.js",
});

// The CLI is a separate Node bundle so nothing Node-only leaks into main.js.
const cliContext = await esbuild.context({
	banner: { js: "#!/usr/bin/env node" },
	entryPoints: ["src/cli.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	logLevel: "info",
	sourcemap: false,
	outfile: "dist/cli.js",
});

if (production) {
	await pluginContext.rebuild();
	await cliContext.rebuild();
	await pluginContext.dispose();
	await cliContext.dispose();
} else {
	await pluginContext.watch();
	await cliContext.watch();
}
