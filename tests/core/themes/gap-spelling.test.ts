import { computeThemes } from "../../../src/core/themes/compute-themes";
import { parseGapDictionary } from "../../../src/core/themes/gap-dictionary-text";
import { gapTags } from "../../../src/core/themes/gap-tags";
import { parseNote } from "../../../src/core/parse-note";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { NoteBuilder } from "../../fakes/note-builder";

/** Folding is for comparing words: ids and names keep the letters the user wrote (ı, ß). */
describe("gap ids and names keep their spelling", () => {
	test("custom gap ids with ı and ß are accepted", () => {
		expect(parseGapDictionary("yazılım | Yazılım | kod*\nstraße | Straße | verkehr").problems).toEqual([]);
	});
	test("#gap/yazılım names the gap yazılım", () => {
		expect(gapTags(["gap/yazılım"], "gap").map((g) => g.id)).toEqual(["yazılım"]);
	});
	test("an automatic theme's name keeps ß", () => {
		const ivs = [1, 2, 3].map((i) => parseNote(`I/${i}.md`, new NoteBuilder(`I/${i}.md`).date(`2026-01-0${i}`).struggle(`Straße Verkehr ${i}`).build().text, DEFAULT_SETTINGS));
		expect(computeThemes(ivs.filter((iv) => iv !== null), DEFAULT_SETTINGS).themes.map((t) => t.name)).toEqual(["Straße, verkehr"]);
	});
});
