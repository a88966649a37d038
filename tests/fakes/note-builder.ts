/**
 * Fluent builder for interview notes, with defaults that make a valid tagged note, so a test
 * states only what it is about: `new NoteBuilder("Interviews/a.md").company("Acme").build()`.
 */

interface ActionSpec {
	title: string;
	done: boolean;
	steps: { text: string; done: boolean }[];
}

export class NoteBuilder {
	private props: Record<string, string> = { date: "2026-01-10", company: "Acme", role: "Backend Engineer" };
	private tags: string[] = ["real-interview"];
	private inlineTag: string | null = null;
	private struggles: { title: string; body: string }[] = [];
	private actions: ActionSpec[] = [];
	private extra: string[] = [];
	private struggleHeading: string | null = "Where I Struggled";
	private actionHeading: string | null = "Action Items";

	constructor(readonly path: string) {}

	company(name: string): this {
		this.props.company = name;
		return this;
	}
	role(name: string): this {
		this.props.role = name;
		return this;
	}
	date(iso: string): this {
		this.props.date = iso;
		return this;
	}
	/** Replaces the front matter tags (empty: untagged, unless `withInlineTag`). */
	withTags(...tags: string[]): this {
		this.tags = tags;
		return this;
	}
	/** Tags the note in the body instead of (or as well as) front matter. */
	withInlineTag(tag: string): this {
		this.inlineTag = tag;
		return this;
	}
	struggle(title: string, body = ""): this {
		this.struggles.push({ title, body });
		return this;
	}
	/** An action item as a task; `steps` prefixed with `[x] ` are ticked. */
	action(title: string, steps: string[] = [], done = false): this {
		this.actions.push({ title, done, steps: steps.map((s) => ({ done: s.startsWith("[x] "), text: s.replace(/^\[x\] /, "") })) });
		return this;
	}
	withoutStruggleSection(): this {
		this.struggleHeading = null;
		return this;
	}
	withoutActionSection(): this {
		this.actionHeading = null;
		return this;
	}
	/** Free Markdown appended at the end. */
	append(markdown: string): this {
		this.extra.push(markdown);
		return this;
	}

	text(): string {
		const out: string[] = ["---"];
		if (this.tags.length) out.push("tags:", ...this.tags.map((t) => `  - ${t}`));
		for (const [k, v] of Object.entries(this.props)) out.push(`${k}: ${v}`);
		out.push("---", `# ${this.path.split("/").pop()?.replace(/\.md$/, "") ?? ""}`, "");
		if (this.inlineTag) out.push(`#${this.inlineTag}`, "");
		if (this.struggleHeading) {
			out.push(`## ${this.struggleHeading}`, "");
			for (const s of this.struggles) out.push(`### ${s.title}`, ...(s.body ? [s.body] : []), "");
		}
		if (this.actionHeading) {
			out.push(`## ${this.actionHeading}`, "");
			for (const a of this.actions) {
				out.push(`- [${a.done ? "x" : " "}] ${a.title}`);
				for (const s of a.steps) out.push(`  - [${s.done ? "x" : " "}] ${s.text}`);
			}
			out.push("");
		}
		out.push(...this.extra);
		return out.join("\n");
	}

	build(): { path: string; text: string } {
		return { path: this.path, text: this.text() };
	}
}
