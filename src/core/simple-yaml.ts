/**
 * A fast path for the front matter nearly every note has: `key: scalar`, `key: [a, b]` and
 * `key:` followed by `  - item` lines. The `yaml` library costs about 40% of parsing an
 * interview note, so this reads the simple shapes itself and returns `undefined` for anything
 * else (anchors, nesting, block scalars, multi-line or escaped strings), which then goes to
 * `yaml`. Scalars resolve exactly as YAML 1.2's core schema does; a property test checks the
 * two agree on every shape accepted here.
 */
export function parseSimpleYaml(source: string): Record<string, unknown> | undefined {
	const out: Record<string, unknown> = {};
	const lines = source.split("\n");
	let listKey: string | null = null;
	for (const raw of lines) {
		const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
		if (line.trim() === "" || /^\s*#/.test(line)) continue;
		if (listKey !== null) {
			const item = /^(?: {1,8})?- (.*)$/.exec(line);
			if (item) {
				const value = scalar(item[1] ?? "");
				if (value === undefined) return undefined;
				(out[listKey] as unknown[]).push(value);
				continue;
			}
			if (/^\s/.test(line) || line.startsWith("-")) return undefined;
			if ((out[listKey] as unknown[]).length === 0) out[listKey] = null;
			listKey = null;
		}
		const m = /^([A-Za-z_][A-Za-z0-9_ -]*?):(?: +(.*))?$/.exec(line);
		if (!m) return undefined;
		const key = m[1] ?? "";
		const rest = stripComment(m[2] ?? "");
		if (rest === undefined) return undefined;
		if (rest === "") {
			out[key] = [];
			listKey = key;
		} else if (rest.startsWith("[")) {
			const list = flowList(rest);
			if (list === undefined) return undefined;
			out[key] = list;
		} else {
			const value = scalar(rest);
			if (value === undefined) return undefined;
			out[key] = value;
		}
	}
	if (listKey !== null && (out[listKey] as unknown[]).length === 0) out[listKey] = null;
	return out;
}

/** Drops a trailing ` # comment`; `undefined` when a `#` could belong to a quoted string. */
function stripComment(text: string): string | undefined {
	const hash = text.indexOf(" #");
	if (hash < 0) return text.trim();
	if (/["']/.test(text)) return undefined;
	return text.slice(0, hash).trim();
}

function flowList(text: string): unknown[] | undefined {
	if (!text.endsWith("]") || /[[\]{}]/.test(text.slice(1, -1))) return undefined;
	const inner = text.slice(1, -1).trim();
	if (inner === "") return [];
	const items: unknown[] = [];
	for (const part of inner.split(",")) {
		const t = part.trim();
		// Empty entries and quoted commas are rare enough to leave to the full parser.
		if (t === "" || /^["'][^"']*$/.test(t)) return undefined;
		const value = scalar(t);
		if (value === undefined) return undefined;
		items.push(value);
	}
	return items;
}

const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** One scalar as YAML 1.2 core resolves it, or `undefined` for anything not plainly simple. */
function scalar(raw: string): unknown {
	const text = raw.trim();
	if (text === "") return null;
	const q = text.charAt(0);
	if (q === '"') return /^"[^"\\]*"$/.test(text) ? text.slice(1, -1) : undefined;
	if (q === "'") return /^'(?:[^']|'')*'$/.test(text) ? text.slice(1, -1).replace(/''/g, "'") : undefined;
	// Indicators and shapes whose meaning needs the full parser.
	if (/^[-?:,[\]{}#&*!|>%@`]/.test(text) || text.includes(": ") || text.includes(" #") || text.endsWith(":")) return undefined;
	if (NULL.test(text)) return null;
	if (TRUE.test(text)) return true;
	if (FALSE.test(text)) return false;
	if (OTHER_NUMBER.test(text)) return undefined;
	if (INT.test(text) || FLOAT.test(text)) {
		const n = Number(text);
		// Integers beyond 2^53 become BigInt-ish strings in some modes: let `yaml` decide.
		return Number.isSafeInteger(n) || !INT.test(text) ? n : undefined;
	}
	return text;
}
