import type { ActionItem, Interview, Struggle } from "../../../src/core/model";

/** Small builders for theme tests: only the fields the theme engine reads matter. */
export function struggle(line: number, title: string, body = "", tags: string[] = []): Struggle {
	return { title, line, body, tags };
}

export function item(line: number, title: string, done: boolean, steps: string[] = [], body = ""): ActionItem {
	return {
		title,
		line,
		kind: "heading",
		checked: null,
		status: null,
		done,
		steps: steps.map((text, i) => ({ text, line: line + 1 + i, checked: done, status: done ? "x" : " ", blockId: null })),
		body,
		blockId: null,
	};
}

export function interview(path: string, date: string | null, struggles: Struggle[], actionItems: ActionItem[] = [], company: string | null = null): Interview {
	return { path, title: path.replace(/^.*\//, "").replace(/\.md$/, ""), date, company, role: null, meta: {}, struggles, actionItems, warnings: [] };
}
