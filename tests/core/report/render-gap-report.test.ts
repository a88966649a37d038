import { renderGapReport } from "../../../src/core/report/render-gap-report";
import { expectApproved } from "../prep/approval";
import { exampleInterviews, handThemes } from "../prep/example-vault";

const interviews = exampleInterviews();

describe("renderGapReport on the example vault", () => {
	it("matches the approved report with themes", () => {
		expectApproved(__dirname, "report-themes", renderGapReport(interviews, handThemes(interviews), { generated: "2026-11-01" }));
	});

	it("matches the approved report without themes (struggles by interview instead)", () => {
		expectApproved(__dirname, "report-no-themes", renderGapReport(interviews, undefined, { generated: "2026-11-01" }));
	});

	it("ranks gaps in the themes' order and lists only open linked items", () => {
		const report = renderGapReport(interviews, handThemes(interviews), { generated: "2026-11-01" });
		expect(report.split("\n").filter((l) => l.startsWith("### ") && /^### \d/.test(l))).toEqual([
			"### 1. Business impact & metrics",
			'### 2. "What would you do differently?"',
			"### 3. Listening",
			"### 4. Clarify requirements first",
		]);
		const impact = report.split("### 1. ")[1]?.split("### 2. ")[0] ?? "";
		expect(impact).toContain("- Occurrences: 6 struggles in 5 interviews\n- Seen: 2025-09-18 to 2026-10-08\n");
		expect(impact).not.toContain("Write a one-line impact statement");
		expect(impact.match(/^\t- /gm)).toHaveLength(5);
	});

	it("lists open items by interview, newest first, without done or cancelled ones", () => {
		const report = renderGapReport(interviews, undefined, { generated: "2026-11-01" });
		const open = report.split("## Open action items by interview\n")[1] ?? "";
		const headings = open.split("\n").filter((l) => l.startsWith("### "));
		expect(headings[0]).toBe("### [[Journal/2026-10-08 Canva team match|2026-10-08 Canva team match]] (2026-10-08, Canva)");
		expect(headings).toHaveLength(8);
		expect(open).not.toContain("Learn Pulumi");
		expect(open).not.toContain("Shopee promotion team hiring manager");
	});

	it("says so for an empty vault", () => {
		expect(renderGapReport([], undefined, { generated: "2026-11-01", title: "Gaps" })).toBe(
			"# Gaps\n\n_Generated 2026-11-01 from 0 interviews: 0 struggles, 0 open and 0 done action items._\n\n## Struggles by interview, newest first\n\n_No struggles recorded yet._\n\n## Open action items by interview\n\n_No open action items._\n",
		);
	});
});
