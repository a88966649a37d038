import fc from "fast-check";

/**
 * Random Markdown-ish interview notes built from a small grammar. Every generated line carries
 * the kind the generator meant it to be, so properties can check the parser against an oracle
 * rather than against itself.
 */
export type GenKind = "heading" | "list" | "prose" | "code" | "frontMatter" | "other";

export interface GenLine {
	text: string;
	kind: GenKind;
}

export interface GenNote {
	lines: GenLine[];
	eol: "\n" | "\r\n" | "\r";
	bom: boolean;
}

/** The note's text exactly as it would sit on disk. */
export function noteText(n: GenNote): string {
	return (n.bom ? "\uFEFF" : "") + n.lines.map((l) => l.text).join(n.eol);
}

const SECTION_NAMES = ["Where I Struggled", "where i struggled", "WHERE I STRUGGLED with Go", "Action Items", "action items", "Meta", "Overview", "Notes"];
const DECOR = ["", "**", "__", "*"];
const PREFIX = ["", "🚧 ", "✅ ", "3. ", "5) ", "2.1 ", "👩‍💻 ", "1. ✅ "];
const WORDS = ["cache", "Kafka", "gRPC", "*bold*", "_em_", "snake_case", "2*3", "`code #real-interview`", "#real-interview", "#real-interview/onsite", "#real-interview-prep", "#gap/metrics", "<!-- #real-interview -->", "%% hidden %%", "^blk-1", "שלום", "🔥", "مرحبا", "x:", ":", "[ ]", "[x]"];
const TAGS_FM = ["tags: [real-interview]", "tags:\n  - real-interview", "tags: real-interview, other", "tag: '#real-interview'", "tags: 42", "tags:", "tags: {a: b}"];
const BROKEN_FM = ["tags: [real-interview", "company: : x", "  bad: - indent", "key: \"unclosed"];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 5 }).map((ws) => ws.join(" "));
const indent = fc.constantFrom("", "", "  ", "    ", "\t", "\t\t", " \t", "      ");

const heading: fc.Arbitrary<GenLine[]> = fc
	.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(...PREFIX), fc.constantFrom(...DECOR), fc.constantFrom(...SECTION_NAMES), fc.constantFrom("", ":", " :"), words)
	.map(([level, prefix, decor, name, colon, rest]) => [{ text: `${"#".repeat(level)} ${prefix}${decor}${name}${decor}${colon} ${rest}`.trimEnd(), kind: "heading" }]);

const listItem: fc.Arbitrary<GenLine[]> = fc
	.tuple(indent, fc.constantFrom("-", "*", "+", "1.", "2)", "> -"), fc.option(fc.constantFrom(" ", "x", "X", "-", "/", "?"), { nil: undefined }), words)
	.map(([ind, marker, status, text]) => [{ text: `${ind}${marker} ${status === undefined ? "" : `[${status}] `}${text}`, kind: "list" }]);

const prose: fc.Arbitrary<GenLine[]> = words.filter((w) => w.trim() !== "" && !/^[-*+#>]/.test(w.trim())).map((w) => [{ text: w, kind: "prose" }]);

const blank: fc.Arbitrary<GenLine[]> = fc.constantFrom([{ text: "", kind: "other" as const }], [{ text: "---", kind: "other" as const }]);

/** A fenced block whose content looks like headings, lists and tags; never closed when `open`. */
const fence = (open: boolean): fc.Arbitrary<GenLine[]> =>
	fc
		.tuple(fc.constantFrom("```", "~~~", "````", "~~~~~"), fc.constantFrom("", "ts", "yaml"), fc.array(fc.oneof(heading, listItem, prose), { maxLength: 4 }))
		.map(([marker, info, body]) => [
			{ text: marker + info, kind: "code" as const },
			...body.flat().map((l) => ({ text: l.text, kind: "code" as const })),
			...(open ? [] : [{ text: marker, kind: "code" as const }]),
		]);

/** A named section (struggles or actions) with sub-headings, list items and prose beneath it. */
const section: fc.Arbitrary<GenLine[]> = fc
	.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom("Where I Struggled", "Action Items", "🚧 2. **Action items**:"), fc.array(fc.oneof(heading, listItem, listItem, prose), { minLength: 1, maxLength: 8 }))
	.map(([level, name, body]) => [{ text: `${"#".repeat(level)} ${name}`, kind: "heading" as const }, ...body.flat()]);

const block = fc.oneof({ arbitrary: section, weight: 3 }, { arbitrary: heading, weight: 2 }, { arbitrary: listItem, weight: 5 }, { arbitrary: prose, weight: 2 }, { arbitrary: blank, weight: 2 }, { arbitrary: fence(false), weight: 1 });

/** Front matter: none, valid, broken YAML (still closed), or never closed (then it is body text). */
const frontMatter: fc.Arbitrary<GenLine[]> = fc.oneof(
	fc.constant<GenLine[]>([]),
	fc.tuple(fc.constantFrom(...TAGS_FM), fc.constantFrom("date: 2025-11-23", "date: not a date", "company: Acme", "role: ''", "date: [1, 2]")).map((ls) => fmLines(ls, true)),
	fc.tuple(fc.constantFrom(...TAGS_FM), fc.constantFrom(...BROKEN_FM)).map((ls) => fmLines(ls, true)),
	fc.constantFrom(...TAGS_FM).map((t) => fmLines([t], false)),
);

function fmLines(props: string[], closed: boolean): GenLine[] {
	const kind: GenKind = closed ? "frontMatter" : "other";
	// Unclosed front matter is body text, where "  - real-interview" is a list item.
	const bodyKind = (text: string): GenKind => (/^\s*- /.test(text) ? "list" : "prose");
	const inner = props.flatMap((p) => p.split("\n")).map((text) => ({ text, kind: closed ? kind : bodyKind(text) }));
	return [{ text: "---", kind }, ...inner, ...(closed ? [{ text: "---", kind }] : [])];
}

/** A whole note: front matter, blocks, maybe an unclosed fence at the end, one line ending, maybe a BOM. */
export const genNote: fc.Arbitrary<GenNote> = fc
	.record({
		fm: frontMatter,
		blocks: fc.array(block, { maxLength: 25 }),
		tail: fc.oneof(fc.constant<GenLine[]>([]), fence(true)),
		eol: fc.constantFrom<GenNote["eol"]>("\n", "\r\n", "\r"),
		bom: fc.boolean(),
	})
	.map(({ fm, blocks, tail, eol, bom }) => ({ lines: [...fm, ...blocks.flat(), ...tail], eol, bom }));

const PATH_PARTS = ["Interviews", "2026", "Journal", ".trash", "Ünï cödé", "🚧 wip", "a b"];

/** A small vault of generated notes under random, sometimes dot-folder, paths. */
export const genVault = fc.array(
	fc.tuple(fc.array(fc.constantFrom(...PATH_PARTS), { maxLength: 2 }), fc.constantFrom("2025-11-23 Acme", "note", "Q: what?", "🔥 hot", "2025-02-30 bad date"), genNote),
	{ minLength: 1, maxLength: 4 },
);
