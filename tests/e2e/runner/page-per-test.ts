import { E2eEnv, type HarnessPage, type PageOptions } from "./harness-page";

/** Opens a fresh page of the harness for the current test. */
export type OpenPage = (options?: PageOptions) => Promise<HarnessPage>;

/**
 * Registers the hooks every e2e file needs: one browser and server for the file, one page per
 * test, and after each test the check that the page logged no error (and, with `noNotices`,
 * showed no Notice). The page a test opened last is closed even when the test failed before
 * keeping it, so a failure never leaks a page into the next test.
 */
export function pagePerTest(checks: { noNotices?: boolean } = {}): OpenPage {
	let env: E2eEnv | undefined;
	let page: HarnessPage | undefined;
	beforeAll(async () => {
		env = await E2eEnv.start();
	});
	afterAll(async () => {
		await env?.close();
	});
	afterEach(async () => {
		const hp = page;
		page = undefined;
		if (!hp) return;
		try {
			expect(hp.errors).toEqual([]);
			if (checks.noNotices) expect(await hp.notices()).toEqual([]);
		} finally {
			await hp.close();
		}
	});
	return async (options) => {
		if (!env) throw new Error("the e2e environment did not start");
		page = await env.open(options);
		return page;
	};
}
