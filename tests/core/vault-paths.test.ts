import { indexNotes } from "../../src/core/build-index";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/core/settings";
import { isIndexablePath, normalizeVaultPath } from "../../src/core/vault-paths";

describe("vault paths", () => {
	it.each([
		[".obsidian/plugins/x/README.md", false],
		[".trash/Old interview.md", false],
		["Interviews/.git/notes.md", false],
		["Interviews/2025 Grab.md", true],
		["Interviews/.hidden note.md", true],
		["Interviews/image.png", false],
		["README.MD", true],
	])("%s indexable: %s", (path, expected) => {
		expect(isIndexablePath(path)).toBe(expected);
	});

	it("skips excluded folders but not folders that only share a prefix", () => {
		expect(isIndexablePath("Templates/Interview.md", ["Templates"])).toBe(false);
		expect(isIndexablePath("Templates/sub/Interview.md", ["Templates/"])).toBe(false);
		expect(isIndexablePath("Templates2/Interview.md", ["Templates"])).toBe(true);
	});

	it("normalises separators", () => {
		expect(normalizeVaultPath("./a\\b\\c.md")).toBe("a/b/c.md");
	});

	it("indexes only interviews, sorted by path, and carries read warnings", () => {
		const tagged = "#real-interview\n## Where I Struggled\n- s\n## Action Items\n- a";
		const out = indexNotes(
			[
				{ path: "b.md", text: tagged },
				{ path: ".trash/a.md", text: tagged },
				{ path: "a.md", text: tagged, warnings: ["Note is not valid UTF-8"] },
				{ path: "c.md", text: "no tag" },
			],
			DEFAULT_ENGINE_SETTINGS,
		);
		expect(out.map((i) => i.path)).toEqual(["a.md", "b.md"]);
		expect(out[0]?.warnings).toEqual(["Note is not valid UTF-8"]);
	});
});
