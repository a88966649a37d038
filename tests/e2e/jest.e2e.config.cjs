/* global module -- CommonJS config file read by jest */
/** End-to-end tests: the built plugin in Chromium. Run after `npm run build` (see `npm run test:e2e`). */
/** @type {import('jest').Config} */
module.exports = {
	rootDir: "../..",
	testEnvironment: "node",
	roots: ["<rootDir>/tests/e2e"],
	testMatch: ["**/*.e2e.test.ts"],
	testTimeout: 60_000,
	// Functions passed to page.evaluate are serialized: keep them untranspiled (no helpers).
	transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2021" } }] },
};
