import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One hostile input: a committed fixture (small) or text generated at run time (big). */
export interface BadInput {
	name: string;
	/** Vault-relative path the note is indexed under. */
	path: string;
	bytes: () => Uint8Array;
}

export const BAD_DIR = join(__dirname, "../fixtures/bad");

const SECTIONS = "## Where I Struggled\n- Explaining the cache invalidation strategy\n\n## Action Items\n- [ ] Write up the cache design\n";
const utf8 = (text: string) => () => Buffer.from(text, "utf8");
const fixture = (file: string): BadInput => ({ name: file, path: `Bad/${file}`, bytes: () => readFileSync(join(BAD_DIR, file)) });
const generated = (name: string, text: () => string): BadInput => ({ name, path: `Bad/${name}.md`, bytes: () => Buffer.from(text(), "utf8") });
const HUNDRED_K = 100_000;

/** `n` lines of a realistic interview note, about 5 MB at n = 100k. */
function fiveMegabytes(): string {
	const block = [
		"## Where I Struggled",
		"- Explaining the cache invalidation strategy under load, with numbers #gap/caching",
		"    - The interviewer asked about stampedes and I had no concrete example ready",
		"## Action Items",
		"- [ ] Write up the cache design with a diagram and the failure modes ^a1",
		"    - [x] Draw the diagram",
		"Some prose that keeps going for a while so the note is long, as real notes are.",
		"",
	].join("\n");
	const out = ["#real-interview"];
	let size = 0;
	while (size < 5 * 1024 * 1024) {
		out.push(block);
		size += block.length + 1;
	}
	return out.join("\n");
}

/** `n` nested list levels, each one indent deeper than its parent. */
function nestedList(depth: number, indent: string): string {
	const lines = ["#real-interview", "## Action Items"];
	for (let i = 0; i < depth; i++) lines.push(`${indent.repeat(i)}- [ ] level ${i}`);
	return lines.join("\n");
}

/** The hostile inputs the corpus test parses and the CLI test puts in a vault. */
export const BAD_INPUTS: BadInput[] = [
	fixture("invalid-yaml.md"),
	fixture("yaml-alias-bomb.md"),
	generated("yaml-alias-bomb-tag-in-front-matter-only", () => readFileSync(join(BAD_DIR, "yaml-alias-bomb.md"), "utf8").replace("\n#real-interview", "\n")),
	fixture("tags-number.md"),
	fixture("tags-null.md"),
	fixture("tags-nested-object.md"),
	generated("tags-list-of-5000-objects", () => `---\ntags:\n${"  - {a: 1}\n".repeat(5000)}---\n#real-interview\n${SECTIONS}`),
	fixture("unclosed-front-matter.md"),
	fixture("unclosed-code-fence.md"),
	fixture("utf8-bom.md"),
	fixture("utf16le-bom.md"),
	fixture("cr-only.md"),
	fixture("nul-bytes.md"),
	fixture("control-bytes.md"),
	fixture("invalid-utf8.md"),
	fixture("emoji-rtl-titles.md"),
	{ name: "windows-illegal file name", path: 'Bad/Q: why <not>? "quoted" | star* back\\slash.md', bytes: utf8(`#real-interview\n${SECTIONS}`) },
	generated("front-matter-300KB", () => `---\ntags: [real-interview]\nnotes: "${"x".repeat(300_000)}"\n---\n#real-interview\n${SECTIONS}`),
	generated("5MB-note", fiveMegabytes),
	generated("20000-headings", () => `#real-interview\n## Where I Struggled\n${Array.from({ length: 20_000 }, (_, i) => `### Struggle ${i} #t${i % 50}`).join("\n")}\n## Action Items\n- [ ] one`),
	generated("200000-headings", () => `#real-interview\n## Where I Struggled\n${Array.from({ length: 200_000 }, (_, i) => `### S${i}`).join("\n")}`),
	generated("list-1000-deep-spaces", () => nestedList(1000, "  ")),
	generated("list-1000-deep-tabs", () => nestedList(1000, "\t")),
	generated("line-100k-prose", () => `#real-interview\n## Where I Struggled\n- ${"word ".repeat(HUNDRED_K / 5)}\n${SECTIONS}`),
	generated("line-100k-spaces", () => `#real-interview\n${" ".repeat(HUNDRED_K)}x\n${" ".repeat(HUNDRED_K)}\n${SECTIONS}`),
	generated("line-100k-spaces-in-titles", () => `#real-interview\n## Where I Struggled\n### a${" ".repeat(HUNDRED_K)}b\n- c${" ".repeat(HUNDRED_K)}^d e\n## Action Items\n- [ ] f${" ".repeat(HUNDRED_K)}^id`),
	generated("line-100k-backticks", () => `#real-interview\n## Where I Struggled\n- a ${"`".repeat(HUNDRED_K)} b\n${"`".repeat(HUNDRED_K)}\n${SECTIONS}`),
	generated("line-100k-hashes", () => `#real-interview\n${SECTIONS}## Meta\n- ${"#".repeat(HUNDRED_K)}\n${"#".repeat(HUNDRED_K)}\n## ${"#".repeat(HUNDRED_K)}x`),
	generated("line-100k-star-underscore", () => `#real-interview\n## Where I Struggled\n### a${"*_".repeat(HUNDRED_K / 2)}a\n- ${"*_".repeat(HUNDRED_K / 2)}\n${SECTIONS}`),
	generated("line-100k-comment-openers", () => `#real-interview\n${SECTIONS}${"<!--".repeat(HUNDRED_K / 4)}\n## Meta\n${"<!-- -->%%".repeat(HUNDRED_K / 10)}`),
	// Each of these took seconds to minutes while a scan searched the rest of the line once per marker.
	generated("line-1MB-wikilinks-and-tags", () => `#real-interview\n## Where I Struggled\n- ${"[[a]] #t ".repeat(HUNDRED_K + 10_000)}\n## Action Items\n- [ ] x`),
	generated("line-8MB-percent-pairs", () => `#real-interview\n${SECTIONS}## Meta\n- ${"%%a".repeat(27 * HUNDRED_K)}`),
	generated("line-2MB-html-comments", () => `#real-interview\n${SECTIONS}## Meta\n- ${"<!--a-->".repeat(250_000)}`),
	generated("line-1MB-unclosed-backtick-runs", () => `#real-interview\n${SECTIONS}## Meta\n- ${Array.from({ length: 1000 }, (_, i) => "`".repeat(i + 1) + " x %% ").join("").repeat(2)}`),
	generated("line-100k-inline-tags", () => `${"#real-interview ".repeat(HUNDRED_K / 16)}\n${SECTIONS}`),
	generated("date-100k", () => `---\ndate: "${"2025-".repeat(HUNDRED_K / 5)}"\ntags: [real-interview]\n---\n${SECTIONS}`),
];
