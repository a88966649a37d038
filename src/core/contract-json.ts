import type { Interview } from "./model";
import { byPath } from "./vault-paths";

/** The `scan --json` document exactly as docs/CONTRACT.md names its fields: nothing more, nothing less. */
export interface ScanJson {
	vault: string;
	tag: string;
	interviews: InterviewJson[];
	themes: ThemeJson[];
}

export interface InterviewJson {
	path: string;
	title: string;
	date: string | null;
	company: string | null;
	role: string | null;
	struggles: { title: string; line: number; themes: string[] }[];
	actionItems: {
		title: string;
		line: number;
		checked: boolean | null;
		status: string | null;
		done: boolean;
		steps: { text: string; line: number; checked: boolean; status: string | null }[];
	}[];
	warnings: string[];
}

export interface ThemeJson {
	name: string;
	struggles: { path: string; line: number }[];
}

/** Looks up the theme names of a struggle; the theme engine supplies it. */
export type ThemeLookup = (path: string, line: number) => string[];

export function toScanJson(vault: string, tag: string, interviews: readonly Interview[], themes: ThemeJson[] = [], themesOf: ThemeLookup = () => []): ScanJson {
	return {
		vault,
		tag,
		interviews: [...interviews].sort(byPath).map((iv) => interviewJson(iv, themesOf)),
		themes,
	};
}

function interviewJson(iv: Interview, themesOf: ThemeLookup): InterviewJson {
	return {
		path: iv.path,
		title: iv.title,
		date: iv.date,
		company: iv.company,
		role: iv.role,
		struggles: iv.struggles.map((s) => ({ title: s.title, line: s.line, themes: themesOf(iv.path, s.line) })),
		actionItems: iv.actionItems.map((a) => ({
			title: a.title,
			line: a.line,
			checked: a.checked,
			status: a.status,
			done: a.done,
			steps: a.steps.map((s) => ({ text: s.text, line: s.line, checked: s.checked, status: s.status })),
		})),
		warnings: [...iv.warnings],
	};
}
