import { UserError } from "./cli/errors";
import { PREP_USAGE, prepCommand } from "./cli/prep-command";
import { REPORT_USAGE, reportCommand } from "./cli/report-command";
import { SCAN_USAGE, scanCommand } from "./cli/scan-command";
import { TOGGLE_USAGE, toggleCommand } from "./cli/toggle-command";

const HELP = `Interview Gap Tracker: read interview reflection notes from a vault folder.

Usage:
  interview-gap-tracker ${SCAN_USAGE}
  interview-gap-tracker ${PREP_USAGE}
  interview-gap-tracker ${REPORT_USAGE}
  interview-gap-tracker ${TOGGLE_USAGE}
  interview-gap-tracker --help

Commands:
  scan   list every note tagged #real-interview with its struggles and action items
         (--json prints the document described in docs/CONTRACT.md)
  prep   print a prep note for an upcoming interview (--write creates it in the prep folder)
  report print the cross-interview gap report as Markdown
  toggle tick or untick one action item or step in a note, in place
         (--expect guards against a moved line; --json prints the changed lines)

Exit codes: 0 success, 1 a problem with the arguments or the vault.
`;

type Command = (argv: readonly string[], write: (s: string) => void, warn: (s: string) => void) => void;

const COMMANDS: Record<string, Command> = {
	scan: scanCommand,
	prep: prepCommand,
	report: reportCommand,
	toggle: toggleCommand,
};

/** Runs the CLI and returns its exit code; never lets an exception escape as a stack trace. */
export function main(argv: readonly string[]): number {
	const write = (s: string) => process.stdout.write(s);
	const warn = (s: string) => process.stderr.write(s.endsWith("\n") ? s : s + "\n");
	const [name, ...rest] = argv;
	if (name === undefined) {
		write(HELP);
		warn("interview-gap-tracker: no command given (see the usage above)");
		return 1;
	}
	if (name === "--help" || name === "-h" || name === "help") {
		write(HELP);
		return 0;
	}
	const command = COMMANDS[name];
	if (!command) {
		warn(`interview-gap-tracker: unknown command '${name}' (see --help)`);
		return 1;
	}
	if (rest.includes("--help") || rest.includes("-h")) {
		write(HELP);
		return 0;
	}
	try {
		command(rest, write, warn);
		return 0;
	} catch (e) {
		const message = e instanceof UserError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
		warn(`interview-gap-tracker: ${message.split("\n")[0]}`);
		return 1;
	}
}

// A reader that stops early (`| head`) closes the pipe: that is its choice, not an error, and
// an unhandled EPIPE would print a stack trace. Any other failure to write is one line.
process.stdout.on("error", (e: Error & { code?: string }) => {
	if (e.code !== "EPIPE") process.stderr.write(`interview-gap-tracker: could not write the output (${e.message})\n`);
	process.exit(e.code === "EPIPE" ? 0 : 1);
});

process.exitCode = main(process.argv.slice(2));
