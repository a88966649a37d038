import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A generated vault: the same bytes on every run, so figures compare across runs and machines. */
export interface BenchCorpus {
	/** Folder on disk holding the vault. */
	root: string;
	/** Every note of the vault (20,000). */
	notes: { path: string; text: string }[];
	/** The interview notes among them (2,000). */
	interviewPaths: string[];
}

const VERSION = 2;
export const NOTE_COUNT = 20_000;
export const INTERVIEW_COUNT = 2_000;

/** mulberry32: tiny, fast and deterministic. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const COMPANIES = ["Shopee", "Grab", "Stripe", "Canva", "Atlassian", "Ledgerly", "Sea", "GoTo", "Airwallex", "Xendit", "Tokopedia", "Agoda", "Traveloka", "Wise", "Revolut", "Datadog", "Cloudflare", "Notion", "Figma", "Linear"];
const ROLES = ["Backend Engineer", "Senior Software Engineer", "Platform Engineer", "Staff Engineer", "SRE"];
const STRUGGLES = [
	["Could not quantify the business impact", "I had no numbers for the cost dashboard and no adoption metrics."],
	["Hand-wavy business value", "When asked how much money it saved I guessed."],
	["Weak concrete examples", "My story stayed high level; no specific bug or incident."],
	["Why Kafka over SQS?", "I could not explain the trade-offs behind the choice."],
	["Insufficient reasoning for using the framework", "I said we were told to use it."],
	["Design a rate limiter at scale", "I forgot about sharding the counters and hot keys."],
	["Ran out of time on a graph problem", "BFS was right but I fumbled the visited set."],
	["Rambling answer without structure", "No STAR; I jumped between situation and result."],
	["What would you do differently?", "I had no reflection prepared."],
	["Zoned out during Q&A", "Nerves; I did not listen to the follow-up question."],
	["Did not know double-entry bookkeeping", "Payments domain knowledge was thin."],
	["Did not ask clarifying questions", "I assumed the requirements and designed the wrong thing."],
	["Unclear on consistency between cache and database", "Redis and MySQL disagree after a failover."],
	["Could not explain my on-call incident", "Forgot the timeline and the root cause."],
];
const ACTIONS = ["Prepare two business-impact stories with numbers", "Practise system design: rate limiter, feed, payments ledger", "Write STAR outlines for five projects", "Do 20 graph problems on a timer", "Prepare a redo-the-project answer", "Read about idempotency keys", "Practise asking clarifying questions", "Breathing exercise before Q&A"];
const STEPS = ["draft the story", "add real numbers", "rehearse out loud", "get feedback from a friend", "time myself", "write it down", "review with a mentor"];
const FILLER = "Lorem ipsum reflections about the day, the team, the architecture, the coffee and the commute. ".repeat(3);

function pick<T>(r: () => number, xs: readonly T[]): T {
	return xs[Math.floor(r() * xs.length)] as T;
}

function date(r: () => number): string {
	const d = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 900) * 86_400_000);
	return d.toISOString().slice(0, 10);
}

/** One interview note in one of five styles seen in real vaults. */
export function interviewNote(r: () => number, i: number): { name: string; text: string } {
	const company = pick(r, COMPANIES);
	const day = date(r);
	const style = i % 5;
	const struggles = Array.from({ length: 4 + Math.floor(r() * 8) }, () => pick(r, STRUGGLES));
	const actions = Array.from({ length: 3 + Math.floor(r() * 5) }, () => pick(r, ACTIONS));
	const steps = () => Array.from({ length: Math.floor(r() * 4) }, () => pick(r, STEPS));
	const box = () => (r() < 0.35 ? "x" : " ");
	const out: string[] = [];
	if (style === 4) out.push(`Notes from ${company} #real-interview`, "", "## Meta", `- Company: ${company}`, `- Role: ${pick(r, ROLES)}`, "");
	else if (style === 3) out.push("---", `tags: "job, real-interview"`, `company: ${company}`, `role: ${pick(r, ROLES)}`, `date: ${day}`, "---");
	else out.push("---", "tags:", `  - "#real-interview${style === 2 ? "/onsite" : ""}"`, `company: ${company}`, `role: ${pick(r, ROLES)}`, `date: ${day}`, "---");
	out.push("", "## Overview", "", FILLER, "", "## What went well", "", "- clear intro", "- good rapport", "", FILLER, "");
	if (style === 0) {
		out.push("# 3. **Where I Struggled**", "");
		struggles.forEach(([t, b], k) => out.push(`## **3.${k + 1} ${t}**`, "", b as string, "", "- detail one", "    ", "- detail two", ""));
		out.push("# 5. **Action Items (for future interviews)**", "");
		actions.forEach((a, k) => {
			out.push(`### **5.${k + 1} ${a}**`, "", "Examples:", "");
			for (const s of steps()) out.push(`- ${s}`, "    ");
		});
	} else if (style === 1 || style === 3) {
		out.push("## Where I Struggled", "");
		for (const [t, b] of struggles) out.push(`- **${t}**`, `  - ${b}`);
		out.push("", "## Action Items", "");
		for (const a of actions) {
			out.push(`- [${box()}] ${a}`);
			for (const s of steps()) out.push(`  - [${box()}] ${s}`);
		}
	} else if (style === 2) {
		out.push("### 😬 Where I struggled:", "");
		struggles.forEach(([t, b], k) => out.push(`${k + 1}. ${t}`, `   ${b}`, ""));
		out.push("## ✅ Action items:", "");
		for (const a of actions) {
			out.push(`* [${box()}] ${a}`);
			for (const s of steps()) out.push(`\t* [${box()}] ${s}`);
		}
	} else {
		out.push("## 2) __Where I Struggled__", "");
		for (const [t, b] of struggles) out.push(`**${t}**`, b as string, "");
		out.push("## 3) __Action Items__", "");
		for (const a of actions) {
			out.push(`### ${a}`);
			for (const s of steps()) out.push(`- [${box()}] ${s}`);
			out.push("");
		}
	}
	out.push("", "## Questions", "", FILLER, "");
	return { name: `${day} ${company} ${i}.md`, text: out.join(i % 7 === 0 ? "\r\n" : "\n") };
}

function ordinaryNote(r: () => number, i: number): { name: string; text: string } {
	const lines = ["---", `tags: [${pick(r, ["daily", "reading", "project", "meeting"])}]`, "---", `# Note ${i}`, ""];
	const paragraphs = 3 + Math.floor(r() * 10);
	for (let k = 0; k < paragraphs; k++) {
		lines.push(FILLER, "", `- item ${k} about interviews and #job-search`, `- [ ] todo ${k}`, "");
		if (i % 20 === 0 && k === 0) lines.push("```js", "const x = 1; // #real-interview inside code is not a tag", "```", "");
	}
	if (i % 50 === 0) lines.push("#real-interview-prep");
	return { name: `Note ${i}.md`, text: lines.join("\n") };
}

/** Generates (once, cached on disk) and loads the benchmark vault. */
export function loadCorpus(): BenchCorpus {
	const root = join(tmpdir(), `igt-bench-vault-v${VERSION}`);
	const manifest = join(root, ".bench-manifest.json");
	if (!existsSync(manifest)) generate(root, manifest);
	const index = JSON.parse(readFileSync(manifest, "utf8")) as { notes: string[]; interviews: string[] };
	const notes = index.notes.map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));
	return { root, notes, interviewPaths: index.interviews };
}

function generate(root: string, manifest: string): void {
	const r = rng(20261128);
	const notes: string[] = [];
	const interviews: string[] = [];
	const every = NOTE_COUNT / INTERVIEW_COUNT;
	for (let i = 0; i < NOTE_COUNT; i++) {
		const interview = i % every === 0;
		const folder = interview ? `Interviews/${Math.floor(i / 1000)}` : `Notes/${Math.floor(i / 500)}`;
		const note = interview ? interviewNote(r, i) : ordinaryNote(r, i);
		const path = `${folder}/${note.name}`;
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), note.text);
		notes.push(path);
		if (interview) interviews.push(path);
	}
	writeFileSync(manifest, JSON.stringify({ notes, interviews }));
}

/** A single interview note of about `bytes` bytes: many struggles and action items. */
export function bigInterviewNote(bytes: number): string {
	const r = rng(5);
	const parts: string[] = [];
	let size = 0;
	let k = 0;
	while (size < bytes) {
		const chunk = interviewNote(r, k++ * 5).text;
		parts.push(chunk);
		size += chunk.length;
	}
	return parts.join("\n");
}
