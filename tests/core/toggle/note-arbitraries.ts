import fc from "fast-check";

/** Text a line may hold: tabs, spaces, emoji, brackets, carets, colons, but never a line break. */
export const lineText = fc.string({
	unit: fc.constantFrom("a", "b", "Z", "1", " ", "\t", "[", "]", "^", ":", "(", ")", "🚀", "é", "`", "*", "_", "#", "-", "x"),
	maxLength: 24,
});

export const eol = fc.constantFrom("\n", "\r\n", "\r");

/** One task or bullet line in any of the shapes notes use, with text that is never empty. */
export const taskLine = fc
	.record({
		indent: fc.constantFrom("", "  ", "    ", "\t", "\t\t"),
		quote: fc.constantFrom("", "", "", "> ", ">"),
		marker: fc.constantFrom("-", "*", "+", "1.", "2)", "10."),
		gap: fc.constantFrom(" ", " ", "  ", "\t"),
		box: fc.constantFrom<string | null>(null, " ", "x", "X", "/", "-", "🔥"),
		word: fc.constantFrom("Practise", "Mentoring", "gRPC", "🚀 ship", "Read DDIA"),
		text: lineText,
		tail: fc.constantFrom("", "  ", " ^abc-1", " [due:: 2026-01-01]", "\t", " ^igt-k3x9q2 "),
	})
	.map(({ indent, quote, marker, gap, box, word, text, tail }) => {
		const check = box === null ? "" : `[${box}] `;
		return `${quote}${indent}${marker}${gap}${check}${word}${text.replace(/^\s+/, "")}${tail}`;
	});

/** Lines around the action section: prose, struggles, headings of lower rank, blank lines. */
export const fillerLine = fc.oneof(
	lineText.map((t) => `Prose ${t}`),
	fc.constant(""),
	lineText.map((t) => `- struggle ${t}`),
	fc.constant("### Sub heading"),
);

export interface GeneratedNote {
	text: string;
	/** 1-based line numbers of the generated task lines. */
	taskLines: number[];
}

/** A whole note: optional BOM, mixed line endings, filler, `## Action Items` with the task lines, filler. */
export const noteWithTasks = fc
	.record({
		bom: fc.boolean(),
		before: fc.array(fillerLine, { maxLength: 6 }),
		tasks: fc.array(taskLine, { minLength: 1, maxLength: 8 }),
		after: fc.array(fillerLine, { maxLength: 4 }),
		finalEol: fc.boolean(),
	})
	.chain((parts) => {
		const lines = ["#real-interview", ...parts.before, "## Action Items", ...parts.tasks, "## Result", ...parts.after];
		return fc.array(eol, { minLength: lines.length, maxLength: lines.length }).map((eols): GeneratedNote => {
			let text = parts.bom ? "\uFEFF" : "";
			lines.forEach((l, i) => {
				text += l;
				if (i === lines.length - 1 && !parts.finalEol) return;
				// "\r" + "" + "\n" would read as one CRLF and swallow a line.
				const end = eols[i] ?? "\n";
				text += l === "" && text.endsWith("\r") && end.startsWith("\n") ? "\r" : end;
			});
			const first = parts.before.length + 3;
			return { text, taskLines: parts.tasks.map((_, i) => first + i) };
		});
	});
