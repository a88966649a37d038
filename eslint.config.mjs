// ESLint 9 flat config: Obsidian's plugin-guideline rules (which bring eslint:recommended and
// typescript-eslint's type-checked set for .ts files) plus the project's own hard limits.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

// HTML sinks and dynamic code: note text must only ever reach the DOM as text or through
// MarkdownRenderer, and nothing in a vault may become code.
const UNSAFE_PROPERTIES = ["innerHTML", "outerHTML", "insertAdjacentHTML"].map((property) => ({
	property,
	message: `'${property}' is forbidden: build DOM with createEl/setText, or render Markdown with MarkdownRenderer.`,
}));

const UNSAFE_SYNTAX = [
	{ selector: "CallExpression[callee.name='eval']", message: "eval is forbidden." },
	{ selector: "CallExpression[callee.property.name='eval']", message: "eval is forbidden." },
	{ selector: ":matches(NewExpression, CallExpression)[callee.name='Function']", message: "The Function constructor is eval; it is forbidden." },
];

// The plugin and the CLI never talk to the network: a reflection note is private.
const NO_NETWORK = [
	{ selector: "CallExpression[callee.name='fetch']", message: "No network access: the plugin works offline on private notes." },
	{ selector: "NewExpression[callee.name=/^(XMLHttpRequest|WebSocket|EventSource)$/]", message: "No network access: the plugin works offline on private notes." },
	{ selector: "ImportDeclaration[source.value=/^(node:)?(http|https|http2|net|tls|dgram)$/]", message: "No network access: the plugin works offline on private notes." },
	{ selector: "ImportDeclaration[source.value='obsidian'] ImportSpecifier[imported.name=/^(request|requestUrl)$/]", message: "No network access: the plugin works offline on private notes." },
];

// The engine is pure: strings and plain objects in, plain data out (see STYLE.md "Core vs adapter").
const PURE_CORE = [
	{ selector: "ImportDeclaration[source.value='obsidian']", message: "src/core never imports obsidian; put adapters in src/obsidian." },
	{ selector: "ImportDeclaration[source.value=/^(node:|fs$|path$|os$|child_process$)/]", message: "src/core is pure; file and OS access belongs in src/cli or src/obsidian." },
];

export default defineConfig([
	globalIgnores(["main.js", "dist/", "node_modules/", "coverage/", "examples/", "bench-out/", "tmp/"]),
	...obsidianmd.configs.recommended,
	{
		files: ["**/*.{ts,cts,mts}"],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	{
		files: ["src/**/*.ts"],
		rules: {
			"no-restricted-properties": ["error", ...UNSAFE_PROPERTIES],
			"no-restricted-syntax": ["error", ...UNSAFE_SYNTAX, ...NO_NETWORK],
		},
	},
	{
		files: ["src/core/**/*.ts"],
		rules: {
			"@typescript-eslint/no-explicit-any": "error",
			"no-restricted-syntax": ["error", ...UNSAFE_SYNTAX, ...NO_NETWORK, ...PURE_CORE],
		},
	},
	{
		// Node-only code: the CLI bundle, tests, build scripts and config files never ship in main.js.
		files: ["src/cli.ts", "src/cli/**/*.ts", "tests/**/*.ts", "scripts/**/*.{ts,mjs,js}", "bench/**/*.{ts,mjs,js}", "*.{mjs,cjs,js}"],
		languageOptions: { globals: { ...globals.node } },
		rules: { "obsidianmd/no-nodejs-modules": "off" },
	},
	{
		// The CLI and the install script read a vault from outside Obsidian: there is no Vault#configDir,
		// only the default folder name (both take an override). Tests assert on that same default path.
		files: ["src/cli.ts", "src/cli/**/*.ts", "scripts/**/*.{ts,mjs,js}", "tests/**/*.ts"],
		rules: { "obsidianmd/hardcoded-config-path": "off" },
	},
	{
		// Test doubles and the Node bench are not plugin code: they stand in for Obsidian itself. The fakes
		// build the DOM that createEl/createDiv/createSvg are made of, install the globals Obsidian provides
		// (hence globalThis), wait on Node's event loop rather than a popout window's timers, and the fake
		// Vault implements delete() so tests can play a user deleting a note. These rules protect users of
		// a shipped plugin (popouts, the trash preference) and say nothing about a test double.
		files: ["tests/**/*.ts", "bench/**/*.{ts,mjs,js}"],
		rules: {
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
			// Node#instanceOf is Obsidian's own helper; test runners and fakes outside Obsidian do not have it.
			"obsidianmd/prefer-instanceof": "off",
		},
	},
	{
		// Tests and benchmarks report to a terminal: console is their UI, not plugin logging.
		files: ["tests/**/*.ts", "scripts/**/*.{ts,mjs,js}", "bench/**/*.{ts,mjs,js}"],
		rules: { "obsidianmd/rule-custom-message": "off", "no-console": "off" },
	},
	{
		files: ["tests/**/*.ts"],
		languageOptions: { globals: { ...globals.jest } },
	},
	{
		files: ["*.cjs"],
		languageOptions: { sourceType: "commonjs" },
		rules: { "@typescript-eslint/no-require-imports": "off" },
	},
]);
