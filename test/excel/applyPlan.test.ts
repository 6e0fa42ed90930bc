import { describe, expect, it } from "vitest";
import { applyPlan } from "../../src/excel/applyPlan";
import { charsToPoints } from "../../src/excel/writeSheet";
import { markerText } from "../../src/report/plan/preserve";
import { createFakeExcel } from "../fakes/fakeExcel";
import { code, DASHBOARD, DATA, dashboardPlan, headlineRow, PLACEHOLDER, supportsUpTo } from "./planFixtures";

const ALL = supportsUpTo("1.17");

function freshWorkbook() {
  return createFakeExcel({ sheets: [{ name: "Data", cells: [["Code", "Value"]] }] });
}

describe("applyPlan writes the plan", () => {
  it("writes values, formats, sizes, panes and the ownership markers", async () => {
    const fake = freshWorkbook();
    const report = await applyPlan(fake.excelContext, dashboardPlan({ indicators: 3, months: 13 }), ALL);

    expect(report.written).toEqual([DASHBOARD, DATA]);
    expect(fake.sheetNames()).toEqual(["Data", DASHBOARD, DATA]);
    expect(fake.activeSheetName).toBe(DASHBOARD);
    const sheet = fake.sheet(DASHBOARD);
    expect(sheet.cell("A1").value).toBe(markerText("member-dashboard"));
    expect(sheet.cell("B1").value).toBe("Member Dashboard");
    expect(sheet.cell("B5").value).toBe(code(1));
    expect(sheet.cell("E6").value).toBe(92);
    expect(sheet.cell("E6").numberFormat).toBe("#,##0");
    expect(sheet.cell("C3").format).toMatchObject({ bold: true, fill: "#D9E1F2", borders: { EdgeBottom: { style: "Continuous", color: "#808080" } } });
    expect(sheet.cell("E4").format.horizontalAlignment).toBe("Right");
    expect(sheet.merges).toEqual(["B1:G1"]);
    expect(sheet.isColumnHidden(1)).toBe(true);
    expect(sheet.isColumnHidden(8)).toBe(true);
    expect(sheet.columnWidth(3)).toBe(charsToPoints(40));
    expect(sheet.rowHeight(1)).toBe(24);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
    expect(sheet.tabColor).toBe("#1F4E79");
    expect(sheet.showGridlines).toBe(false);
    // The prompt is the cell's input message, never its value (so it cannot print).
    expect(sheet.cell(`G${headlineRow(0)}`).value).toBeNull();
    expect(Object.entries(sheet.prompts).find(([address]) => address.endsWith(`G${headlineRow(0)}`))?.[1]).toMatchObject({ showPrompt: true, message: PLACEHOLDER });
    expect(sheet.cell(`A${headlineRow(0)}`).value).toBe(`input:commentary:${code(0)}@G`);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$3" });
    expect(fake.sheet(DATA).cell("A1").value).toBe(markerText("dashboard-data"));
  });

  it("draws each chart from explicit ranges on the data sheet, named and placed", async () => {
    const fake = freshWorkbook();
    await applyPlan(fake.excelContext, dashboardPlan({ indicators: 2, months: 13 }), ALL);

    const charts = fake.sheet(DASHBOARD).charts;
    expect(charts.map((c) => c.name)).toEqual(["chart-IND001", "chart-IND002"]);
    const second = charts[1]!;
    expect(second).toMatchObject({ type: "Line", seriesBy: "Columns", title: "IND002 over time", position: { from: "J26", to: "Q41" } });
    expect(second.valueAxis).toEqual({ title: "Count", numberFormat: "#,##0", minimum: 0 });
    expect(second.series).toEqual([
      { name: "Value", values: `${DATA}!E2:E14`, xValues: `${DATA}!B2:B14`, lineColor: "#1F4E79", lineWeight: 2.25, markerStyle: "Circle" },
      { name: "Target", values: `${DATA}!F2:F14`, xValues: `${DATA}!B2:B14`, lineColor: "#C00000", lineStyle: "Dash" },
    ]);
  });
});

describe("applyPlan round trips", () => {
  const shapes = [
    { indicators: 6, months: 13 },
    { indicators: 60, months: 13 },
    { indicators: 6, months: 120 },
    { indicators: 60, months: 120 },
  ];

  // Cosmetic settings ride at the end of the write request, after the swap (see applyPlan.ts).
  it.each(shapes)("a first build of $indicators indicators × $months months takes 2 syncs, a refresh 3", async (shape) => {
    const fake = freshWorkbook();
    const plan = dashboardPlan(shape);

    const first = await applyPlan(fake.excelContext, plan, ALL);
    expect(first.syncsByPhase).toEqual({ read: 1, write: 1, cosmetic: 0 });
    expect(first.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);

    const second = await applyPlan(fake.excelContext, plan, ALL);
    expect(second.syncsByPhase).toEqual({ read: 2, write: 1, cosmetic: 0 });
    expect(fake.syncCount).toBe(2 + 3);
  });
});

describe("applyPlan keeps workbook text literal", () => {
  const risky = ['=HYPERLINK("http://example.test","click")', "+1", "-1", "@x", "=1+1", "Oct 2012", "0123", "TRUE"];

  it.each(risky)("a plan string %j is written as text, not a formula or number", async (text) => {
    const fake = freshWorkbook();
    await applyPlan(fake.excelContext, dashboardPlan({ indicators: 3, months: 13, names: (i) => (i === 1 ? text : `Indicator ${i + 1}`) }), ALL);

    const cell = fake.sheet(DASHBOARD).cell(`C${headlineRow(1)}`);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(text);
    expect(cell.numberFormat).toBe("@");
    expect(fake.sheet(DASHBOARD).formulas()).toEqual({});
  });

  it("leaves ordinary text cells in the General format", async () => {
    const fake = freshWorkbook();
    await applyPlan(fake.excelContext, dashboardPlan({ indicators: 3, months: 13 }), ALL);
    expect(fake.sheet(DASHBOARD).cell(`C${headlineRow(1)}`).numberFormat).toBe("General");
  });
});
