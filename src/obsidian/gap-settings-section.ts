import { effectiveDictionary } from "../core/themes/dictionary-match";
import { BUILTIN_GAPS } from "../core/themes/gap-dictionary";
import { checkTagName, describeDictionaryProblem, readGapDictionary } from "../core/themes/validate-patterns";
import type { GapTrackerSettings } from "../core/settings";
import { splitList } from "../core/settings-normalize";
import { refuse, type FieldGroup } from "./settings-fields";

/** Problems listed in the Notice before "and N more"; the tab row lists them all. */
const NOTICE_PROBLEMS = 3;

/**
 * The "Recurring gaps" part of the settings tab: the gap tag prefix and the disabled gaps are
 * edited here; the custom dictionary lives in data.json (`gapDictionary`) and is only checked,
 * so a pattern the matcher skips is named instead of silently matching nothing.
 */
export function gapSettings(current: () => GapTrackerSettings): FieldGroup {
	return {
		heading: "Recurring gaps",
		rows: [
			{
				kind: "text",
				name: "Gap tag prefix",
				desc: "A struggle tagged #<prefix>/<name> (e.g. #gap/business-impact) belongs to that gap, whatever its words.",
				value: () => current().gapTagPrefix,
				toPatch: (raw) => {
					const checked = checkTagName(raw);
					if (!checked.ok) return refuse(`The gap tag prefix ${checked.reason}; still using #${current().gapTagPrefix}.`);
					return { gapTagPrefix: checked.tag };
				},
			},
			{
				kind: "text",
				name: "Disabled gaps",
				desc: `Comma-separated ids of gaps that never match. Built in: ${BUILTIN_GAPS.map((g) => g.id).join(", ")}.`,
				value: () => current().disabledGapIds.join(", "),
				toPatch: (raw) => {
					const ids = splitList(raw).map((s) => s.toLowerCase());
					const known = new Set(effectiveDictionary({ gapDictionary: current().gapDictionary, disabledGapIds: [] }).map((g) => g.id));
					const unknown = ids.filter((id) => !known.has(id));
					if (unknown.length > 0) return refuse(`No gap has the id ${unknown.map((id) => `"${id}"`).join(", ")}; still using "${current().disabledGapIds.join(", ")}".`);
					return { disabledGapIds: ids };
				},
			},
			{ kind: "info", name: "Custom gaps", desc: () => dictionarySummary(current()) },
		],
	};
}

/** One line on the custom dictionary: how many gaps, and every pattern the matcher skips and why. */
export function dictionarySummary(settings: GapTrackerSettings): string {
	const { entries, problems } = readGapDictionary(settings.gapDictionary);
	const head = `${entries.length} custom gap${entries.length === 1 ? "" : "s"} in data.json (gapDictionary).`;
	if (problems.length === 0) return head;
	return `${head} Skipped: ${problems.map(describeDictionaryProblem).join("; ")}.`;
}

/** The Notice text for a dictionary with unusable patterns, or null when every pattern is used. */
export function dictionaryNotice(settings: GapTrackerSettings): string | null {
	const { problems } = readGapDictionary(settings.gapDictionary);
	if (problems.length === 0) return null;
	const shown = problems.slice(0, NOTICE_PROBLEMS).map(describeDictionaryProblem);
	const more = problems.length > NOTICE_PROBLEMS ? ` (and ${problems.length - NOTICE_PROBLEMS} more, listed in the settings)` : "";
	return `Interview Gap Tracker skips ${problems.length} gap pattern${problems.length === 1 ? "" : "s"}: ${shown.join("; ")}${more}.`;
}
