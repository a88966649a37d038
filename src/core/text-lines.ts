/** Splitting note text into lines the way Obsidian numbers them: CRLF, LF and lone CR all end a line. */

const BOM = "\uFEFF";

export function stripBom(text: string): string {
	return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Lines of `text` without their terminators; a leading BOM is dropped so line 1 stays line 1. */
export function splitLines(text: string): string[] {
	const t = stripBom(text);
	// Plain "\n" splitting is several times faster than the regex; most notes have no "\r" at all.
	return t.indexOf("\r") < 0 ? t.split("\n") : t.split(/\r\n|\r|\n/);
}

/** Column width of leading whitespace, tabs advancing to the next multiple of 4 (as CommonMark). */
export function indentWidth(line: string): number {
	let col = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 32) col++;
		else if (c === 9) col += 4 - (col % 4);
		else break;
	}
	return col;
}

export function isBlank(line: string): boolean {
	return line.trim().length === 0;
}
