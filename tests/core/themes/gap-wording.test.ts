import { computeThemes } from "../../../src/core/themes/compute-themes";
import { DEFAULT_THEME_SETTINGS as S } from "../../../src/core/themes/theme-settings";
import { isStopWord, stemWord } from "../../../src/core/themes/word-stem";
import { matchIds } from "./encode-text";
import { interview, item, struggle } from "./theme-builders";

describe("built-in gaps: words that look alike but mean another gap", () => {
	it.each([
		["The design of my answer was all over the place", "system-design"],
		["Couldn't justify the folder structure of my take-home", "structured-communication"],
		["Felt calm in the system design round but forgot the read replicas", "composure-listening"],
		["Read DDIA chapter 6 again and summarise it", "structured-communication"],
		["Look up salary bands on levels.fyi before the next call", "company-research"],
		["Shaky on dynamic programming", "composure-listening"],
		["Got stuck on the celebrity problem (LeetCode 277)", "system-design"],
		["Missed the skewed tree case in the BST question", "system-design"],
		["Couldn't sum the values across nodes of the binary tree", "system-design"],
		["Spent too long on the first problem and never reached the second", "structured-communication"],
		["Weak on context switching in the OS round", "structured-communication"],
		["Got to the result only after two hints", "structured-communication"],
		["Didn't ask how many users the system must support", "business-impact"],
		["Didn't know the expected outcome of the recursion", "business-impact"],
		["Saving intermediate results: forgot memoization", "business-impact"],
		["Couldn't say how much faster the binary search is", "business-impact"],
		["Do 20 practice questions for graphs", "questions-for-interviewer"],
		["Write down the clarifying questions to ask before designing", "questions-for-interviewer"],
		["Didn't ask any questions about the input constraints", "questions-for-interviewer"],
		["Never looked into what consistent hashing does", "company-research"],
		["Summarise my notes on DDIA chapter 5", "structured-communication"],
		["Didn't split the data into train and test sets", "system-design"],
	])("%p is not %p", (title, wrong) => expect(matchIds(title)).not.toContain(wrong));
});

describe("built-in gaps: the same weakness in other words", () => {
	it.each([
		["Didn't have questions for the interviewer", "questions-for-interviewer"],
		["I had no questions ready for the hiring manager", "questions-for-interviewer"],
		["Asked zero questions at the end", "questions-for-interviewer"],
		["Couldn't put a number on the savings from the on-call automation", "business-impact"],
		["Couldn't explain the outcome of my biggest project", "business-impact"],
		["Too long on context, not enough on my own actions", "structured-communication"],
		["Talked for ages about the history of the project before getting to my part", "structured-communication"],
		["Skipped the back-of-envelope math", "system-design"],
		["Didn't think about how to split the data across machines", "system-design"],
		["The celebrity merchant problem: one merchant sending a huge share of the traffic", "system-design"],
		["Didn't consider empty input or negative numbers", "coding"],
		["15 DP problems (knapsack, coin change, LIS)", "coding"],
	])("%p → %p", (title, id) => expect(matchIds(title)).toContain(id));
});

describe("similarity ignores contractions", () => {
	it.each(["couldn't", "can't", "wasn't", "hadn't", "doesn't", "isn't", "won't", "i'm"])("%p is a stopword", (w) =>
		expect(isStopWord(w, stemWord(w))).toBe(true),
	);
	it("keeps 'id' (unique id generation), though it is also how I'd is spelt without the apostrophe", () => expect(isStopWord("id", stemWord("id"))).toBe(false));
});

describe("gap statuses", () => {
	const ramble = (line: number) => struggle(line, "Rambled on the conflict story");
	it("a one-off struggle that went quiet is not 'improving'", () => {
		const ivs = ["a", "b", "c", "d"].map((p, i) => interview(`${p}.md`, `2025-0${i + 1}-01`, i === 0 ? [ramble(3)] : [struggle(3, "Off-by-one in the loop")]));
		expect(computeThemes(ivs, S).themes.find((t) => t.id === "structured-communication")!.status).toBe("new");
	});
	it("a one-off gap that went quiet after a done plan is new, not regressed", () => {
		const ivs = [
			interview("a.md", "2025-01-01", [struggle(3, "Off-by-one in the loop")], [item(9, "Practice STAR stories out loud", true)]),
			interview("b.md", "2025-02-01", [ramble(3)]),
			...["c", "d", "e", "f"].map((p, i) => interview(`${p}.md`, `2025-0${i + 3}-01`, [struggle(3, "Off-by-one in the loop")])),
		];
		expect(computeThemes(ivs, S).themes.find((t) => t.id === "structured-communication")?.status).toBe("new");
	});
	it("regressed even when the recurrence note adds a new open item", () => {
		const ivs = [
			interview("a.md", "2025-01-01", [ramble(3)], [item(9, "Practice STAR stories out loud", true)]),
			interview("c.md", "2025-03-01", [ramble(3)], [item(9, "Record the STAR story and time it", false)]),
		];
		expect(computeThemes(ivs, S).themes.find((t) => t.id === "structured-communication")!.status).toBe("regressed");
	});
});
