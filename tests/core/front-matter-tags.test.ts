import fc from "fast-check";
import { frontMatterHasTag, frontMatterTags, tagMatches } from "../../src/core/tags";

const WANTED = ["real-interview", "#Real-Interview", "gap"];

// Pieces a tags value is made of in real notes, including the awkward ones.
const piece = fc.constantFrom("real-interview", "#real-interview", "REAL-INTERVIEW", "real-interview/onsite", "real-interview-prep", "job", "gap", "#gap/metrics", "", " ", ",", ", ", "##", "#", "\t");
const text = fc.array(piece, { maxLength: 5 }).map((ps) => ps.join(""));
const leaf = fc.oneof(text, fc.integer({ min: 0, max: 99 }), fc.constant(null));
const value = fc.oneof(leaf, fc.array(fc.oneof(leaf, fc.array(text, { maxLength: 2 }), fc.record({ a: text })), { maxLength: 4 }), fc.record({ tags: text }));
const key = fc.constantFrom("tags", "tag", "TAG", "Tags", "tagz", "topic");
const frontMatter = fc.dictionary(key, value, { maxKeys: 3 });

describe("frontMatterHasTag", () => {
	it.each([
		[{ tags: "job, real-interview" }, true],
		[{ TAG: ["#Real-Interview/onsite"] }, true],
		[{ tags: ["job", "real-interview-prep"] }, false],
		[{ tags: [["real-interview"]] }, false],
		[{ topic: "real-interview" }, false],
		[null, false],
	])("%j: %s", (fm, expected) => {
		expect(frontMatterHasTag(fm, "real-interview")).toBe(expected);
	});

	// It exists to be a faster frontMatterTags + tagMatches: it must give the same answer always.
	it("agrees with listing the tags and matching each", () => {
		fc.assert(
			fc.property(frontMatter, fc.constantFrom(...WANTED), (fm, wanted) => {
				expect(frontMatterHasTag(fm, wanted)).toBe(frontMatterTags(fm, []).some((t) => tagMatches(t, wanted)));
			}),
			{ numRuns: 5000 },
		);
	});
});
