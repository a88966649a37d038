import type { GapDictionaryEntry } from "./theme-settings";

/**
 * The built-in gaps people keep hitting in interviews. Patterns are phrases, not single
 * generic words, wherever a single word would also show up in unrelated struggles: the
 * struggle title needs one phrase, the body several (see dictionary-match.ts), so a long
 * body that mentions "scale" once does not drag a struggle into system design.
 * Syntax: words are stemmed; `*` = one to three words; `quantif*` = a word starting with it.
 */
export const BUILTIN_GAPS: readonly GapDictionaryEntry[] = [
	{
		id: "business-impact",
		name: "Business impact & metrics",
		patterns: [
			"business impact", "business value", "impact", "impact statement", "quantif*", "metric", "kpi", "roi",
			"revenue", "no numbers", "no number", "numbers for", "real numbers", "no figure", "dollar figure", "no data",
			"no actual data", "cost saved", "how much * saved", "saved money", "cost numbers", "adoption", "conversion",
			"drop off", "activation rate", "how would we know * worked", "what did it change", "who used", "measure",
			"success stories", "order of magnitude", "what * was worth", "moved the needle", "outcome for the business",
			"put a number", "a number on", "outcome of my", "outcome for the", "the savings", "cost savings",
			"savings from", "what * achieved", "what changed",
		],
	},
	{
		id: "concrete-examples",
		name: "Concrete examples & depth",
		patterns: [
			"concrete example", "concrete examples", "specific example", "real example", "one concrete", "concrete bug",
			"too abstract", "abstract", "shallow", "surface level", "high level", "generic", "generalities",
			"in general terms", "vague", "deep dive", "deep slice", "10 000 feet", "10000 feet", "what exactly broke",
			"walk me through one", "real incident", "no specific", "specific bug", "in theory", "down to the bug", "depth",
		],
	},
	{
		id: "decision-reasoning",
		name: "Technical decision reasoning",
		patterns: [
			"why * over", "why * and not", "why * instead of", "why not", "why use", "why we chose", "why i chose",
			"why * chose", "vs", "versus", "justif*", "trade off", "tradeoff", "pros and cons", "reasoning for",
			"reasoning behind", "insufficient reasoning", "defend the choice", "choice of", "chose", "picked it",
			"compare the alternatives", "problem first tool second", "instead of the problem", "team preference",
			"told to use it",
		],
	},
	{
		id: "system-design",
		name: "System design & scaling",
		patterns: [
			"system design", "design the", "design a", "design for", "scal*", "at scale", "10x", "shard*", "partition*",
			"replicat*", "throughput", "millions of", "hot key", "hot keys", "hot account", "hot row", "cache it",
			"read model", "consistency", "multi region", "region outage", "fan out", "load balanc*", "back of the envelope",
			"estimat*", "capacity", "queue and workers", "add more workers", "single point of failure", "architecture",
			"design of the", "design of a", "back of envelope", "envelope math", "across machines", "forgot caching",
			"no caching", "caching layer", "share of the traffic", "split the data across", "celebrity user*",
			"celebrity account*", "celebrity merchant*", "skewed traffic", "data skew", "traffic skew", "read replica*",
			"outgrew",
		],
	},
	{
		id: "coding",
		name: "Coding & algorithms",
		patterns: [
			"coding", "algorithm*", "data structure", "leetcode", "off by one", "edge case", "test case", "dry run",
			"dry ran", "complexity", "big o", "o n", "dynamic programming", "recursion", "recurrence", "memoi*", "greedy",
			"graph problem", "dijkstra", "bfs", "dfs", "binary search", "two pointer", "sliding window", "heap", "interval",
			"linked list", "hash map", "pseudo code", "pseudocode", "ran out of time", "bug in my code", "loop condition",
			"base case", "dp", "empty input", "empty array", "negative numbers", "corner case*",
		],
	},
	{
		id: "structured-communication",
		name: "Structured communication (STAR)",
		patterns: [
			"star", "situation task action result", "rambl*", "no structure", "meander*", "ran long", "wall of words",
			"without a point", "signpost", "short version", "behavioural story", "behavioral story", "conflict story",
			"leadership story", "beginning middle or end", "whole history", "cut me off", "concise", "rambling",
			"all over the place", "structured answer*", "structured way", "structure my answer*", "structure of my answer*",
			"unstructured", "no summary", "too much context", "too much background", "setting the scene", "set the scene",
			"history of the project", "too long on context", "too long on the background", "too long on background",
			"summaris* my answer*", "summariz* my answer*", "summaris* my story", "summariz* my story", "get to the point",
			"getting to the point", "lead with the result", "went on way too long", "went on too long",
		],
	},
	{
		id: "reflection",
		name: "Reflection & \"what would you do differently\"",
		patterns: [
			"do differently", "done differently", "do it again", "redo the project", "in hindsight", "lessons learned",
			"lesson learned", "what i learned", "what i'd change", "what would i change", "biggest failure", "reflect*",
			"retrospective", "looking back", "tool swaps", "tech swaps", "blamed",
		],
	},
	{
		id: "composure-listening",
		name: "Composure & listening",
		patterns: [
			"nerv*", "anxious", "anxiety", "panic*", "froze", "blank", "blanked", "stress", "shaking", "heart racing",
			"rushed", "spoke too fast", "listen*", "zoned out", "zone out", "mind drifted", "mind went blank",
			"wasn't listening", "not listening", "already covered", "just answered", "ignored the hint", "ignored it",
			"breath*", "reset ritual", "lost the thread", "repeat back", "lost my calm", "not calm", "flustered", "sweaty",
			"second guess*",
		],
	},
	{
		id: "domain-knowledge",
		name: "Domain knowledge",
		patterns: [
			"domain", "domain knowledge", "how * actually work", "how * work", "basics of", "the basics",
			"basic product knowledge", "basic", "double entry", "bookkeeping", "accounting", "ledger", "settlement",
			"underwriting", "credit risk", "fx", "currency", "payments knowledge", "promotions domain", "business rules",
			"industry", "didn't know how", "didn't understand", "no idea how", "should know", "should understand",
		],
	},
	{
		id: "clarifying-requirements",
		name: "Clarifying questions & requirements",
		patterns: [
			"clarif*", "requirement", "requirements", "without asking", "before asking", "asking anything", "never asked",
			"didn't ask", "missed asking", "didn't clarify", "assumption", "assumptions", "assumed", "made assumptions",
			"jumped straight", "jumped into", "started drawing", "before confirming", "input format", "constraints",
			"who the users are", "clarify first",
		],
	},
	{
		id: "company-research",
		name: "Company research",
		patterns: [
			"research", "researched", "their product", "why do you want to work here", "why * want to work",
			"what do you know about", "engineering blog", "landing page", "pricing page", "handbook", "their values",
			"company values", "competitors", "funding", "product launches", "read about the company",
			"know about the company", "used the product", "look up the company", "looked up the company", "what they sell",
		],
	},
	{
		id: "questions-for-interviewer",
		name: "Questions for the interviewer",
		patterns: [
			"questions for the interviewer", "questions for the recruiter", "questions for the hiring manager",
			"questions for the manager", "questions for them", "questions at the end", "questions prepared",
			"questions ready", "zero questions", "my questions", "my own questions", "questions to ask them",
			"questions about the team", "reverse questions",
		],
	},
];
