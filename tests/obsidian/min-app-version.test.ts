/**
 * manifest.json's minAppVersion against the `@since` tags of obsidian.d.ts: every API member the
 * plugin's code refers to, and every hook its classes override, must exist in that version, or
 * users of an older Obsidian install a plugin that silently lacks a feature.
 */
import path from "node:path";
import ts from "typescript";
import manifest from "../../manifest.json";
import versions from "../../versions.json";

const ROOT = path.resolve(__dirname, "../..");

/**
 * Newer than minAppVersion on purpose: each works, or is not needed, on an older Obsidian.
 * A test below fails once an entry is no longer newer, so the list cannot go stale.
 */
const NEWER_ON_PURPOSE: Record<string, string> = {
	"PluginSettingTab.getSettingDefinitions": "feeds 1.13's settings search; `display` renders the same rows before",
	"Plugin.settings": "the plugin's own field; 1.13 only declared it on Plugin",
};

function compareVersions(a: string, b: string): number {
	const x = a.split(".").map(Number);
	const y = b.split(".").map(Number);
	for (let i = 0; i < Math.max(x.length, y.length); i++) {
		const d = (x[i] ?? 0) - (y[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

function isObsidianDeclaration(d: ts.Declaration): boolean {
	return d.getSourceFile().fileName.includes("/node_modules/obsidian/");
}

function since(d: ts.Declaration): string | null {
	const tag = ts.getJSDocTags(d).find((t) => t.tagName.text === "since");
	const text = typeof tag?.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag?.comment);
	return text?.trim() ?? null;
}

/** Types and imports cost nothing at run time; what runs is the value use elsewhere. */
function onlyTyped(node: ts.Node): boolean {
	for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
		if (ts.isTypeNode(n) || ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return true;
	}
	return false;
}

/** Every obsidian.d.ts member the plugin's code (not the CLI) uses or overrides, with its newest `@since`. */
function usedApi(): Map<string, { since: string; at: string }> {
	const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
	if (!config) throw new Error("cannot read tsconfig.json");
	const src = path.join(ROOT, "src") + path.sep;
	const files = config.fileNames.map((f) => path.resolve(f)).filter((f) => f.startsWith(src) && !f.startsWith(path.join(src, "cli")));
	const program = ts.createProgram(files, config.options);
	const checker = program.getTypeChecker();
	const used = new Map<string, { since: string; at: string }>();
	const note = (symbol: ts.Symbol, node: ts.Node) => {
		for (const d of symbol.declarations ?? []) {
			const version = isObsidianDeclaration(d) ? since(d) : null;
			if (!version) continue;
			const owner = ts.isClassLike(d.parent) || ts.isInterfaceDeclaration(d.parent) ? `${d.parent.name?.text ?? "?"}.` : "";
			const name = owner + symbol.name;
			const sf = node.getSourceFile();
			const at = `${path.relative(ROOT, sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
			const seen = used.get(name);
			if (!seen || compareVersions(version, seen.since) > 0) used.set(name, { since: version, at });
		}
	};
	for (const sf of program.getSourceFiles()) {
		if (!files.includes(path.resolve(sf.fileName))) continue;
		const visit = (node: ts.Node): void => {
			if (ts.isIdentifier(node) && !onlyTyped(node)) {
				const symbol = checker.getSymbolAtLocation(node);
				if (symbol) note(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol, node);
			}
			// A hook is never named at a call site: Obsidian calls the override.
			if (ts.isClassLike(node)) {
				const bases = checker.getTypeAtLocation(node).getBaseTypes() ?? [];
				for (const member of node.members) {
					const name = member.name && ts.isIdentifier(member.name) ? member.name.text : null;
					if (!name) continue;
					for (const base of bases) {
						const inherited = checker.getPropertyOfType(base, name);
						if (inherited) note(inherited, member);
					}
				}
			}
			ts.forEachChild(node, visit);
		};
		visit(sf);
	}
	return used;
}

describe("minAppVersion", () => {
	const used = usedApi();
	const min = manifest.minAppVersion;

	test("covers every Obsidian API the plugin uses, and the hook that takes synced settings", () => {
		expect(used.get("Plugin.onExternalSettingsChange")?.since).toBe("1.5.7");
		const tooNew = [...used]
			.filter(([name, u]) => compareVersions(u.since, min) > 0 && !(name in NEWER_ON_PURPOSE))
			.map(([name, u]) => `${name} (@since ${u.since}, ${u.at})`);
		expect(tooNew).toEqual([]);
	});

	test("lists as newer on purpose only what is newer and still used", () => {
		for (const name of Object.keys(NEWER_ON_PURPOSE)) {
			const u = used.get(name);
			expect([name, u !== undefined && compareVersions(u.since, min) > 0]).toEqual([name, true]);
		}
	});

	test("versions.json maps this version to minAppVersion", () => {
		expect((versions as Record<string, string>)[manifest.version]).toBe(min);
	});
});
