import { effectiveDictionary } from "../core/themes/dictionary-match";
import { BUILTIN_GAPS } from "../core/themes/gap-dictionary";
import { formatGapDictionary, parseGapDictionary } from "../core/themes/gap-dictionary-text";
import { checkTagName, describeDictionaryProblem, readGapDictionary } from "../core/themes/validate-patterns";
import type { GapTrackerSettings } from "../core/settings";
import { firstProblems, NUMBER_RANGES } from "../core/settings-checks";
import { otherGapFields, splitList } from "../core/settings-normalize";
import { refuse, type FieldGroup } from "./settings-fields";

/** Two lines a user can copy: a new gap, and a built-in gap whose patterns are replaced. */
const DICTIONARY_EXAMPLE = "salary-negotiation | Salary negotiation | salary, negotiat*, compensation\ncoding | | = leetcode, data structure*";

const DICTIONARY_DESC =
	"One gap a line: id | Name | pattern, pattern. " +
	"A new id adds a gap; a built-in id adds the patterns to that gap, or replaces its patterns when they start with =, and an empty name keeps its name. " +
	'In a pattern, * stands for one to three words and negotiat* for any word starting with "negotiat". Lines starting with # are skipped and not saved. ' +
	"Example: salary-negotiation | Salary negotiation | salary, negotiat*, compensation";

/**
 * The "Recurring gaps" part of the settings tab: everything the theme engine reads. A value that
 * cannot be used is refused with a Notice and the old one stays in use, so a typo never makes a
 * gap silently match nothing.
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
				kind: "textarea",
				name: "Custom gaps",
				desc: DICTIONARY_DESC,
				rows: 8,
				placeholder: DICTIONARY_EXAMPLE,
				value: () => formatGapDictionary(current().gapDictionary),
				toPatch: (raw) => dictionaryPatch(raw, current().gapDictionary),
			},
			{
				kind: "text",
				name: "Disabled gaps",
				desc: `Comma-separated ids of gaps that never match. Built in: ${BUILTIN_GAPS.map((g) => g.id).join(", ")}.`,
				value: () => current().disabledGapIds.join(", "),
				toPatch: (raw) => {
					const ids = splitList(raw).map((s) => s.toLowerCase());
					const known = knownGapIds(current().gapDictionary);
					// An id saved before its custom gap was removed is harmless, and comes back into force with the gap.
					const unknown = ids.filter((id) => !known.has(id) && !current().disabledGapIds.includes(id));
					if (unknown.length > 0) return refuse(`No gap has the id ${unknown.map((id) => `"${id}"`).join(", ")}; still using "${current().disabledGapIds.join(", ")}".`);
					return { disabledGapIds: ids };
				},
			},
			{
				kind: "number",
				name: "Similarity threshold",
				desc: "How alike (0.05 to 0.95) two struggles that match no gap must be to form an automatic theme. Higher gives fewer, tighter themes.",
				...NUMBER_RANGES.similarityThreshold,
				value: () => current().similarityThreshold,
				toPatch: (similarityThreshold) => ({ similarityThreshold }),
			},
			{
				kind: "number",
				name: "Improving after N interviews",
				desc: "A gap counts as improving once it has not come up in this many of your latest interviews (1 to 20).",
				...NUMBER_RANGES.improvingAfterInterviews,
				value: () => current().improvingAfterInterviews,
				toPatch: (improvingAfterInterviews) => ({ improvingAfterInterviews }),
			},
			{
				kind: "number",
				name: "Ranking half-life",
				desc: "How many interviews it takes for an old occurrence of a gap to weigh half as much as one in your latest interview (1 to 50). Lower favours recent gaps.",
				...NUMBER_RANGES.scoreHalfLifeInterviews,
				value: () => current().scoreHalfLifeInterviews,
				toPatch: (scoreHalfLifeInterviews) => ({ scoreHalfLifeInterviews }),
			},
		],
	};
}

/**
 * The patch for the "Custom gaps" text, or null (after a Notice naming the first problems) when
 * any line is wrong: saving the good lines alone would silently drop the user's other gaps.
 * A stored gap's fields the text cannot show (a newer version's) stay with it while its id does.
 */
export function dictionaryPatch(raw: string, stored: GapTrackerSettings["gapDictionary"] = []): Partial<GapTrackerSettings> | null {
	const { entries, problems } = parseGapDictionary(raw);
	if (problems.length > 0) return refuse(`Custom gaps not saved, ${problems.length} problem${problems.length === 1 ? "" : "s"}: ${firstProblems(problems)}`);
	return { gapDictionary: entries.map((e) => ({ ...otherGapFields(stored.find((s) => s.id.toLowerCase() === e.id)), ...e })) };
}

function knownGapIds(gapDictionary: GapTrackerSettings["gapDictionary"]): Set<string> {
	return new Set(effectiveDictionary({ gapDictionary, disabledGapIds: [] }).map((g) => g.id));
}

/** The Notice text for a stored dictionary with unusable patterns (hand-edited data.json), or null when every pattern is used. */
export function dictionaryNotice(settings: GapTrackerSettings): string | null {
	const { problems } = readGapDictionary(settings.gapDictionary);
	if (problems.length === 0) return null;
	return `Interview Gap Tracker skips ${problems.length} gap pattern${problems.length === 1 ? "" : "s"}: ${firstProblems(problems.map(describeDictionaryProblem))}`;
}
