import { existsSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Approved-output check: `<name>.approved.md` beside the test is the spec, read and signed off by
 * a person. A different output writes `<name>.received.md` to diff against and fails until the
 * received file is reviewed and renamed over the approved one.
 */
export function expectApproved(dir: string, name: string, actual: string): void {
	const approved = join(dir, `${name}.approved.md`);
	const received = join(dir, `${name}.received.md`);
	const expected = existsSync(approved) ? readFileSync(approved, "utf8") : null;
	if (expected === actual) {
		if (existsSync(received)) unlinkSync(received);
		return;
	}
	writeFileSync(received, actual);
	expect(`${name}: ${expected === null ? "no approved output yet" : "output changed"}; review ${received}`).toBe(`${name}: approved`);
}
