import Ajv, { type ValidateFunction } from "ajv";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The contract's `scan --json` schema, compiled once per test file (strict mode catches schema typos). */
export const SCAN_SCHEMA: unknown = JSON.parse(readFileSync(join(__dirname, "../schema/scan.schema.json"), "utf8"));

let compiled: ValidateFunction | null = null;

/** Validation errors of a scan document as readable lines; empty when it conforms. */
export function scanSchemaErrors(doc: unknown): string[] {
	if (!compiled) compiled = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(SCAN_SCHEMA as object);
	if (compiled(doc)) return [];
	return (compiled.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "invalid"} ${JSON.stringify(e.params)}`);
}
