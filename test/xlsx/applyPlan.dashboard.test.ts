/** The real Member Dashboard plan, applied to a file: every chart lands as a native chart over the data sheet. */
import { describe, expect, it } from "vitest";
import { buildDashboardPlan } from "../../src/report/dashboard/buildDashboardPlan";
import { markerText } from "../../src/report/plan/preserve";
import { applyPlanToWorkbook } from "../../src/xlsx/applyPlan";
import { newWorkbook } from "../../src/xlsx/excelts";
import { readWorkbookTables } from "../../src/xlsx/readWorkbook";
import { writeTablesWorkbook } from "../../src/xlsx/writeTables";
import { OCT_2012, indicator, result, target } from "../report/fixtures";
import { chartPartsOf, tabNames } from "./fixtures/packageSheets";
import { partText } from "./fixtures/zipParts";

const RESULTS = [
  result(
    indicator("UNALLOC28", {
      name: "Unallocated cases over 28 days",
      targets: [target("statutory", 105), target("internal", 90)],
    }),
    {
      values: [150, 140, 130, 120, 110, 100],
      rag: "amber",
      gap: -5,
      direction: "improving",
      asAt: "2012-11-10",
    },
  ),
  result(indicator("NI59", { unit: "percent", polarity: "higher", targets: [target("statutory", 80)] }), {
    values: [76, 78.5, 81],
    rag: "green",
    gap: 1,
  }),
  result(indicator("CIN", { name: "Children in need" }), { values: [1200, null, 1240] }),
];

describe("applyPlanToWorkbook with buildDashboardPlan", () => {
  it("writes the dashboard, its data sheet and one native chart per indicator", async () => {
    const plan = buildDashboardPlan({ results: RESULTS, month: OCT_2012 });
    const input = await writeTablesWorkbook([
      { sheet: "Data", table: "IndicatorData", headers: ["Code", "Value"], rows: [["CIN", 1240]] },
    ]);
    const { bytes, report } = await applyPlanToWorkbook(input, plan);

    expect(report.written).toEqual(["Member Dashboard", "Dashboard Data"]);
    expect(await tabNames(bytes)).toEqual(["Data", "Member Dashboard", "Dashboard Data"]);
    const planned = plan.sheets[0]!.charts;
    const charts = await chartPartsOf(bytes, "Member Dashboard");
    expect(charts).toHaveLength(planned.length);
    for (const [i, path] of charts.entries()) {
      const xml = (await partText(bytes, path)).replace(/&apos;/g, "'");
      const refs = [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]);
      expect(refs.length).toBeGreaterThan(0);
      expect(refs.every((ref) => ref?.startsWith("'Dashboard Data'!$"))).toBe(true);
      expect(xml.match(/<c:ser>/g)).toHaveLength(planned[i]!.series.length);
    }

    const workbook = newWorkbook();
    await workbook.xlsx.load(bytes);
    expect(workbook.getWorksheet("Member Dashboard")!.getCell("A1").value).toBe(markerText("member-dashboard"));
    expect(workbook.getWorksheet("Member Dashboard")!.rowBreaks).toHaveLength(
      plan.sheets[0]!.print?.rowBreaks?.length ?? 0,
    );
    expect((await readWorkbookTables(bytes)).get("indicatordata")?.rows).toEqual([["CIN", 1240]]);
  });

  it("writes every series unsmoothed, the target lines dashed and labelled, and the sheets' footers and notes", async () => {
    const plan = buildDashboardPlan({ results: RESULTS, month: OCT_2012 });
    const input = await writeTablesWorkbook([{ sheet: "Data", table: "IndicatorData", headers: ["Code", "Value"], rows: [["CIN", 1240]] }]);
    const { bytes } = await applyPlanToWorkbook(input, plan);
    for (const path of await chartPartsOf(bytes, "Member Dashboard")) {
      const xml = await partText(bytes, path);
      const series = [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
      expect(series.length).toBeGreaterThan(0);
      // No renderer may curve a line between two figures.
      for (const ser of series) expect(ser).toContain('<c:smooth val="0"/>');
    }
    const first = await partText(bytes, (await chartPartsOf(bytes, "Member Dashboard"))[0]!);
    expect(first).toContain('<a:prstDash val="lgDash"/>');
    expect(first).toContain('<a:prstDash val="sysDot"/>');
    expect(first).toMatch(/<c:dLbls>[\s\S]*<c:showVal val="1"\/>/);
    const workbook = newWorkbook();
    await workbook.xlsx.load(bytes);
    for (const name of ["Member Dashboard", "Dashboard Data"]) {
      expect(workbook.getWorksheet(name)!.headerFooter.oddFooter, name).toBe("&L&8&A&C&8Reporting month: October 2012&R&8Page &P of &N");
    }
    const dash = workbook.getWorksheet("Member Dashboard")!;
    const input0 = plan.sheets[0]!.inputs[0]!;
    // The prompt is a note; the cell holds the labelled draft.
    expect(JSON.stringify(dash.getCell(input0.address).note)).toContain("Commentary for Members");
    expect(String(dash.getCell(input0.address).value)).toMatch(/^Draft: /);
  });
});
