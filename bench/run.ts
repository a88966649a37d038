import { loadCorpus, type BenchCorpus } from "./corpus";
import { run as chromium } from "./chromium";
import { run as engine } from "./engine";
import { run as indexPane } from "./index-pane";
import { run as themes } from "./themes";

type BenchModule = (corpus: BenchCorpus) => Promise<Record<string, number>>;

// Each module measures one issue's targets; figures are merged into one object.
const MODULES: [string, BenchModule][] = [
	["engine", engine],
	["themes", themes],
	["index-pane", indexPane],
	["chromium", chromium],
];

const TARGETS: Record<string, [string, number]> = {
	scan_vs_floor: ["<=", 2],
	big_note_ms: ["<", 200],
	index_vs_cachedread: ["<=", 1.5],
	edit_to_update_ms: ["<", 16],
	index_heap_mb: ["<", 30],
	themes_ms: ["<", 50],
	first_render_chromium_ms: ["<", 100],
	edit_to_pane_chromium_ms: ["<", 16],
};

async function main(): Promise<void> {
	const json = process.argv.includes("--json");
	const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
	const log = (s: string) => {
		if (!json) process.stdout.write(s + "\n");
	};
	log("Loading the benchmark vault (generated once into the temp folder)…");
	const corpus = loadCorpus();
	const figures: Record<string, number> = {};
	for (const [name, fn] of MODULES) {
		if (only && only !== name) continue;
		log(`Running ${name}…`);
		Object.assign(figures, await fn(corpus));
	}
	if (json) {
		process.stdout.write(JSON.stringify(figures) + "\n");
		return;
	}
	for (const [key, value] of Object.entries(figures)) {
		const target = TARGETS[key];
		const verdict = target ? `  (target ${target[0]} ${target[1]}: ${meets(value, target) ? "met" : "MISSED"})` : "";
		log(`${key.padEnd(28)} ${String(value).padStart(10)}${verdict}`);
	}
}

function meets(value: number, [op, limit]: [string, number]): boolean {
	return op === "<" ? value < limit : value <= limit;
}

main().catch((e: unknown) => {
	process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
	process.exitCode = 1;
});
