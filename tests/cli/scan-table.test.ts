import { columns, renderScanTable } from "../../src/cli/scan-table";
import { interview } from "../core/themes/theme-builders";

describe("scan table with wide characters", () => {
	const rows = [
		{ ...interview("面试/2025-11-23 字节跳动.md", "2025-11-23", []), company: "字节跳动", role: "后端工程师" },
		{ ...interview("Interviews/2025-11-24 Grab.md", "2025-11-24", []), company: "Grab", role: "Backend" },
		{ ...interview("면접/2025-11-25 카카오.md", "2025-11-25", []), company: "카카오뱅크 주식회사 본사 플랫폼팀", role: "백엔드 개발자" },
		{ ...interview("Phỏng vấn/2025-11-26 Tiki.md", "2025-11-26", []), company: "Tiki", role: "Kỹ sư phần mềm".normalize("NFD") },
	];

	test("the NOTE column starts at the same terminal column on every row, long names cut to fit", () => {
		const lines = renderScanTable("vault", "real-interview", rows, []).split("\n");
		const header = lines.find((l) => l.startsWith("DATE")) ?? "";
		const noteAt = columns(header.slice(0, header.indexOf("NOTE")));
		for (const iv of rows) {
			const line = lines.find((l) => l.endsWith(iv.path)) ?? "";
			expect([iv.path, columns(line.slice(0, line.length - iv.path.length))]).toEqual([iv.path, noteAt]);
		}
		expect(lines.find((l) => l.includes("카카오"))).toContain("카카오뱅크 주…");
	});

	test("columns: wide characters count two, combining marks none", () => {
		expect(columns("Grab")).toBe(4);
		expect(columns("字节跳动")).toBe(8);
		expect(columns("Kỹ".normalize("NFD"))).toBe(2);
		expect(columns("ＡＢ")).toBe(4);
	});
});
