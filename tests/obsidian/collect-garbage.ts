/** A full garbage collection from inside jest, for tests that check what a pending callback keeps alive. */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
// A fresh context sees the flag; the test's own global was made before it was set.
const gc = runInNewContext("gc") as () => void;

/** Collects after a turn of the event loop: a WeakRef's target is kept until the job that made it ends. */
export async function collectGarbage(): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, 0));
	gc();
	gc();
}
