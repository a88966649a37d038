/** The CLI's view of a vault (`node dist/cli.js scan <vault> --json`), the reference the pane must agree with. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./bundle";

export interface ScanInterview {
	path: string;
	title: string;
	date: string | null;
	company: string | null;
	struggles: { title: string; line: number }[];
	actionItems: { title: string; line: number; done: boolean; steps: { text: string; line: number; status: string | null }[] }[];
}

export function cliScan(vault = join(ROOT, "examples", "vault")): ScanInterview[] {
	const out = execFileSync(process.execPath, [join(ROOT, "dist", "cli.js"), "scan", vault, "--json"], { encoding: "utf8" });
	return (JSON.parse(out) as { interviews: ScanInterview[] }).interviews;
}
