import { splitBlockId } from "../clean-title";
import { extractActionItems } from "../extract-actions";
import { readFrontMatter } from "../front-matter";
import { scanMarkdown } from "../markdown-scan";
import type { ActionItem, Step } from "../model";
import { findSections } from "../sections";
import type { EngineSettings } from "../settings";

/** The settings the toggle needs: which headings open the action-item sections. */
export type SectionSettings = Pick<EngineSettings, "struggleHeadings" | "actionHeadings" | "metaHeadings">;

/**
 * A line the pane can tick: an action item (heading, task or bullet) or one of its steps, as the
 * parser reads it now. Built from the same scanner and section finder as the index, so the toggle
 * and the pane never disagree about what is a step.
 */
export interface Checkable {
	/** 1-based line. */
	line: number;
	role: "item" | "step";
	/** Heading items tick through their steps; list lines tick themselves. */
	kind: "heading" | "list";
	/** The action item this line is, or belongs to. */
	item: ActionItem;
	/** The step, when `role` is `"step"`. */
	step: Step | null;
	/** Texts a caller may name this line by: raw line, text as in `Step.text`, item title. */
	keys: string[];
	/** Index of the action section holding the line (0 for the note's first one). */
	section: number;
}

/** Every checkable line of a note's action sections, in line order. Never throws. */
export function findCheckables(lines: readonly string[], settings: SectionSettings): Checkable[] {
	const fm = readFrontMatter(lines);
	const note = scanMarkdown(lines, fm.bodyStart);
	const sections = findSections(note, {
		struggles: settings.struggleHeadings,
		actions: settings.actionHeadings,
		meta: settings.metaHeadings,
	}).filter((s) => s.kind === "actions");
	const out: Checkable[] = [];
	sections.forEach((section, index) => {
		for (const item of extractActionItems(note, section)) {
			const raw = lines[item.line - 1] ?? "";
			const listText = item.kind === "heading" ? null : (note.lists.get(item.line - 1)?.content ?? null);
			const keys = unique([raw, item.title, listText === null ? null : splitBlockId(listText).text]);
			out.push({ line: item.line, role: "item", kind: item.kind === "heading" ? "heading" : "list", item, step: null, keys, section: index });
			for (const step of item.steps) {
				const stepKeys = unique([lines[step.line - 1] ?? "", step.text]);
				out.push({ line: step.line, role: "step", kind: "list", item, step, keys: stepKeys, section: index });
			}
		}
	});
	return out.sort((a, b) => a.line - b.line);
}

function unique(values: (string | null)[]): string[] {
	return [...new Set(values.filter((v): v is string => v !== null && v.length > 0))];
}
