/** A mistake the user can fix (bad argument, missing path): printed as one line, exit code 1. */
export class UserError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "UserError";
	}
}

/** The `code` of a Node fs error (`ENOENT`, `EACCES`, …) for one-line messages. */
export function errorCode(e: unknown): string {
	return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : "error";
}
