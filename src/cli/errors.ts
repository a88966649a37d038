/** A mistake the user can fix (bad argument, missing path): printed as one line, exit code 1. */
export class UserError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "UserError";
	}
}
