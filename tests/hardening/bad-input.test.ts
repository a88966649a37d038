import { decodeNote } from "../../src/cli/read-vault";
import { indexNotes } from "../../src/core/build-index";
import type { Interview } from "../../src/core/model";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/core/settings";
import { BAD_INPUTS, type BadInput } from "./bad-corpus";

/** What the CLI pipeline makes of one input: skipped as binary, not an interview, or an interview. */
type Outcome = { kind: "binary" } | { kind: "not-interview" } | { kind: "interview"; iv: Interview };

function run(input: BadInput): Outcome {
	const decoded = decodeNote(input.bytes());
	if ("binary" in decoded) return { kind: "binary" };
	const [iv] = indexNotes([{ path: input.path, text: decoded.text, warnings: decoded.warnings }], DEFAULT_ENGINE_SETTINGS);
	return iv ? { kind: "interview", iv } : { kind: "not-interview" };
}

function interview(o: Outcome): Interview {
	if (o.kind !== "interview") throw new Error(`expected an interview, got ${o.kind}`);
	return o.iv;
}

const titles = (iv: Interview) => iv.struggles.map((s) => s.title);
const warningText = (iv: Interview) => iv.warnings.join("\n");
const CACHE = "Explaining the cache invalidation strategy";

/** What each input must still yield: the point is "indexed as far as possible", not just "did not throw". */
const EXPECT: Record<string, (o: Outcome) => void> = {
	"invalid-yaml.md": (o) => {
		const iv = interview(o);
		expect(warningText(iv)).toMatch(/not valid YAML/);
		expect(titles(iv)).toEqual([CACHE, "Sizing the Kafka cluster"]);
		expect(iv.actionItems[0]?.steps.map((s) => s.checked)).toEqual([true, false]);
	},
	"yaml-alias-bomb.md": (o) => {
		const iv = interview(o);
		expect(warningText(iv)).toMatch(/not valid YAML \(.*alias/i);
		expect(iv.struggles).toHaveLength(2);
	},
	// Too many aliases is treated like broken front matter: its tags do not count (a documented limit).
	"yaml-alias-bomb-tag-in-front-matter-only": (o) => expect(o.kind).toBe("not-interview"),
	"tags-number.md": (o) => expect(interview(o).company).toBe("Acme"),
	"tags-null.md": (o) => expect(titles(interview(o))).toContain(CACHE),
	"tags-nested-object.md": (o) => {
		const iv = interview(o);
		expect(warningText(iv)).toMatch(/'tags' holds a nested object/);
		expect(warningText(iv)).toMatch(/date '\(a list\)' is not a date/);
		expect(warningText(iv)).not.toMatch(/object Object/);
		expect(iv.struggles).toHaveLength(2);
	},
	"tags-list-of-5000-objects": (o) => expect(interview(o).warnings).toEqual(["Front matter 'tags' holds a nested object; only text tags are read"]),
	"unclosed-front-matter.md": (o) => {
		const iv = interview(o);
		expect(warningText(iv)).toMatch(/not closed/);
		expect(iv.struggles.map((s) => s.line)).toEqual([7, 8]);
	},
	"unclosed-code-fence.md": (o) => {
		const iv = interview(o);
		expect(titles(iv)).toEqual(["Before the fence"]);
		expect(iv.actionItems).toEqual([]);
		expect(warningText(iv)).toMatch(/No 'Action Items' section/);
	},
	"utf8-bom.md": (o) => {
		const iv = interview(o);
		expect(iv.company).toBe("Acme");
		expect(iv.struggles[0]?.line).toBe(7);
	},
	"utf16le-bom.md": (o) => {
		const iv = interview(o);
		expect(warningText(iv)).toMatch(/UTF-16/);
		expect(iv.struggles[0]).toMatchObject({ title: CACHE, line: 3 });
	},
	"cr-only.md": (o) => {
		const iv = interview(o);
		expect(iv.struggles.map((s) => s.line)).toEqual([6, 7]);
		expect(iv.actionItems[0]?.steps.map((s) => s.line)).toEqual([11, 12]);
	},
	"nul-bytes.md": (o) => expect(o.kind).toBe("binary"),
	"control-bytes.md": (o) => {
		const iv = interview(o);
		expect(iv.struggles).toHaveLength(2);
		expect(iv.actionItems[0]?.title).toBe("\u0001\u0002 Start\u0003");
	},
	"invalid-utf8.md": (o) => {
		const iv = interview(o);
		expect(warningText(iv)).toMatch(/not valid UTF-8/);
		expect(titles(iv)).toEqual(["Caf\uFFFD latin-1 byte", "Truncated \uFFFD euro", "Overlong \uFFFD\uFFFD slash"]);
		expect(iv.actionItems[0]?.title).toBe("Lone \uFFFD byte");
	},
	"emoji-rtl-titles.md": (o) => {
		const iv = interview(o);
		expect(titles(iv)).toEqual(["Pairing on the 🔥 incident", "שאלות על מערכות מבוזרות", "\u202eevil override\u202c text", "مقابلة 🇯🇵 日本語"]);
		expect(iv.actionItems.map((a) => a.title)).toEqual(["Review \u200fRTL\u200f mark", "Family emoji"]);
	},
	"windows-illegal file name": (o) => {
		const iv = interview(o);
		expect(iv.path).toBe('Bad/Q: why <not>? "quoted" | star* back\\slash.md');
		expect(iv.title).toBe('Q: why <not>? "quoted" | star* back\\slash');
	},
	"front-matter-300KB": (o) => expect(warningText(interview(o))).toMatch(/too large/),
	"5MB-note": (o) => {
		const iv = interview(o);
		expect(iv.struggles.length).toBeGreaterThan(13_000);
		expect(iv.actionItems.length).toBe(iv.struggles.length);
		expect(iv.actionItems[0]?.steps).toHaveLength(1);
	},
	"20000-headings": (o) => {
		const iv = interview(o);
		expect(iv.struggles).toHaveLength(20_000);
		expect(iv.struggles[19_999]).toMatchObject({ title: "Struggle 19999 #t49", line: 20_002, tags: ["t49"] });
	},
	"200000-headings": (o) => expect(interview(o).struggles).toHaveLength(200_000),
	"list-1000-deep-spaces": (o) => {
		const [item, ...rest] = interview(o).actionItems;
		expect(rest).toEqual([]);
		expect(item?.steps.map((s) => s.text)).toEqual(["level 1"]);
		expect(item?.line).toBe(3);
	},
	"list-1000-deep-tabs": (o) => expect(interview(o).actionItems[0]?.steps.map((s) => s.line)).toEqual([4]),
	"line-100k-prose": (o) => expect(interview(o).struggles[0]?.title.length).toBeGreaterThan(99_000),
	"line-100k-spaces": (o) => expect(titles(interview(o))).toEqual([CACHE]),
	"line-100k-spaces-in-titles": (o) => {
		const iv = interview(o);
		expect(titles(iv)).toEqual(["a b"]);
		expect(iv.actionItems[0]).toMatchObject({ title: "f", blockId: "id" });
	},
	"line-100k-backticks": (o) => {
		const iv = interview(o);
		expect(iv.struggles).toHaveLength(1);
		expect(iv.actionItems).toEqual([]);
	},
	"line-100k-hashes": (o) => expect(titles(interview(o))).toEqual([CACHE]),
	"line-100k-star-underscore": (o) => expect(titles(interview(o))[0]).toMatch(/^a(\*_)+a$/),
	"line-1MB-wikilinks-and-tags": (o) => {
		const iv = interview(o);
		expect(iv.struggles).toHaveLength(1);
		expect(iv.struggles[0]?.tags).toEqual(["t"]);
		expect(iv.actionItems).toHaveLength(1);
	},
	"line-8MB-percent-pairs": (o) => {
		const iv = interview(o);
		expect(titles(iv)).toEqual([CACHE]);
		expect(iv.actionItems).toHaveLength(1);
	},
	"line-2MB-html-comments": (o) => expect(titles(interview(o))).toEqual([CACHE]),
	"line-1MB-unclosed-backtick-runs": (o) => expect(interview(o).actionItems).toHaveLength(1),
	"line-100k-comment-openers": (o) => {
		const iv = interview(o);
		expect(titles(iv)).toEqual([CACHE]);
		expect(iv.actionItems).toHaveLength(1);
	},
	"line-100k-inline-tags": (o) => expect(titles(interview(o))).toEqual([CACHE]),
	"date-100k": (o) => {
		const iv = interview(o);
		expect(iv.date).toBeNull();
		const dateWarning = iv.warnings.find((w) => w.startsWith("Front matter date"));
		expect(dateWarning?.length).toBeLessThan(200);
	},
};

const timings: { name: string; ms: number; size: number; outcome: string }[] = [];

afterAll(() => {
	const rows = [...timings].sort((a, b) => b.ms - a.ms);
	const table = rows.map((r) => `${r.ms.toFixed(1).padStart(8)} ms  ${(r.size / 1024).toFixed(0).padStart(6)} KB  ${r.outcome.padEnd(13)} ${r.name}`);
	console.log(`Bad-input parse times (decode + index), slowest first:\n${table.join("\n")}\nSlowest: ${rows[0]?.name} ${rows[0]?.ms.toFixed(1)} ms`);
});

describe("bad-input corpus", () => {
	it("has an expectation for every input and an input for every expectation", () => {
		expect(BAD_INPUTS.map((i) => i.name).sort()).toEqual(Object.keys(EXPECT).sort());
	});

	it.each(BAD_INPUTS.map((i) => [i.name, i] as const))("%s: does not throw and keeps what it can", (name, input) => {
		const size = input.bytes().length;
		const started = performance.now();
		const outcome = run(input);
		timings.push({ name, ms: performance.now() - started, size, outcome: outcome.kind });
		EXPECT[name]?.(outcome);
	}, 30_000);
});
