import { UserError } from "./errors";

export interface ParsedArgs {
	positionals: string[];
	options: Map<string, string | true>;
}

/**
 * Minimal `--flag`, `--key value` and `--key=value` parsing. `valued` lists the options that take
 * a value; anything not in `valued` or `flags` is refused so typos do not pass silently.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
	const positionals: string[] = [];
	const options = new Map<string, string | true>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? "";
		if (arg === "--") {
			positionals.push(...argv.slice(i + 1));
			break;
		}
		if (!arg.startsWith("--") || arg === "--") {
			positionals.push(arg);
			continue;
		}
		const eq = arg.indexOf("=");
		const name = arg.slice(2, eq < 0 ? undefined : eq);
		if (valued.includes(name)) {
			const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
			if (value === undefined || (eq < 0 && value.startsWith("--"))) throw new UserError(`option --${name} needs a value`);
			options.set(name, value);
		} else if (flags.includes(name)) {
			if (eq >= 0) throw new UserError(`option --${name} takes no value`);
			options.set(name, true);
		} else {
			throw new UserError(`unknown option --${name} (see --help)`);
		}
	}
	return { positionals, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
	const v = args.options.get(name);
	return typeof v === "string" ? v : undefined;
}
