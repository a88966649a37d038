/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/tests"],
	testMatch: ["**/*.test.ts"],
	testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
	transform: { "^.+\\.(t|j)sx?$": ["@swc/jest"] },
	moduleNameMapper: { "^obsidian$": "<rootDir>/tests/fakes/obsidian.ts" },
};
