/** The data model the engine extracts from one interview note. Plain data, JSON-safe. */

/** One checkable line beneath an action item. */
export interface Step {
	/** Text after the list marker and checkbox, trimmed, without a trailing block id. */
	text: string;
	/** 1-based line in the file. */
	line: number;
	/** True for a task with status `x`/`X`; false for any other task or a plain bullet. */
	checked: boolean;
	/** Raw status character of a task, `null` for a plain bullet. */
	status: string | null;
	/** Block id at the end of the line (`^abc` → `abc`), used to keep prep-note copies linked. */
	blockId: string | null;
}

/** How an action item is written in the note. */
export type ActionItemKind = "heading" | "task" | "bullet";

export interface ActionItem {
	title: string;
	line: number;
	kind: ActionItemKind;
	/** `null` when the item is a heading. */
	checked: boolean | null;
	/** Raw status character for a task item, `null` for a heading or plain bullet. */
	status: string | null;
	/** Checked task without steps, or every step checked. */
	done: boolean;
	steps: Step[];
	/** Prose beneath the item (its list lines excluded), trimmed: e.g. "Examples:" above the steps. */
	body: string;
	blockId: string | null;
}

export interface Struggle {
	title: string;
	line: number;
	/** Text beneath the struggle's title, trimmed. */
	body: string;
	/** Inline tags inside the struggle's title or body, lower-cased, without `#`. */
	tags: string[];
}

export interface Interview {
	/** Vault-relative, `/`-separated. */
	path: string;
	title: string;
	/** `YYYY-MM-DD` or null. */
	date: string | null;
	company: string | null;
	role: string | null;
	/** Other simple properties (front matter scalars and `Meta` bullets), keys lower-cased. */
	meta: Record<string, string>;
	struggles: Struggle[];
	actionItems: ActionItem[];
	warnings: string[];
}
