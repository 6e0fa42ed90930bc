/**
 * A future `build` loads the user's workbook, rewrites it and saves it: the
 * native charts already in it (last month's dashboard) must come through.
 */
import { describe, expect, it } from "vitest";
import { newWorkbook, type Workbook } from "../../src/xlsx/excelts";
import { readWorkbookTables } from "../../src/xlsx/readWorkbook";
import { partNames, partText } from "./fixtures/zipParts";

const SHEET = "Member Dashboard";
const ref = (range: string): string => `'${SHEET}'!${range}`;

function addDashboard(workbook: Workbook): void {
  workbook
    .addWorksheet("Data")
    .addTable({
      name: "IndicatorData",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "Code" }, { name: "Value" }],
      rows: [["NI 62", 0.11]],
    });
  const sheet = workbook.addWorksheet(SHEET);
  sheet.addRows([
    ["Month", "Value", "Target", "Internal target"],
    ["Apr 2012", 0.14, 0.12, 0.11],
    ["May 2012", 0.13, 0.12, 0.11],
    ["Jun 2012", 0.11, 0.12, 0.11],
  ]);
  const categories = ref("$A$2:$A$4");
  sheet.addLineChart(
    {
      title: "NI 62 Stability of placements",
      series: [
        {
          name: { formula: ref("$B$1") },
          categories,
          values: ref("$B$2:$B$4"),
          line: "1F4E79",
          lineWidth: 2.25,
          marker: { symbol: "circle", size: 5 },
        },
        {
          name: { formula: ref("$C$1") },
          categories,
          values: ref("$C$2:$C$4"),
          line: "C00000",
          lineDash: "dash",
          marker: { symbol: "none" },
        },
        {
          name: { formula: ref("$D$1") },
          categories,
          values: ref("$D$2:$D$4"),
          line: "ED7D31",
          lineDash: "sysDot",
          marker: { symbol: "none" },
        },
      ],
      categoryAxis: { title: "Month" },
      valueAxis: { title: "Children with 3+ moves", numFmt: "0%", numFmtLinked: false },
      legendPosition: "b",
    },
    "F2:N18",
  );
}

/** The chart parts reached from the sheet through its relationships, as Excel finds them. */
async function chartOf(
  bytes: Uint8Array,
  sheetPath: string,
): Promise<{ drawing: string; chartPath: string; chartXml: string }> {
  const sheetRels = await partText(bytes, sheetPath.replace(/([^/]+)$/, "_rels/$1.rels"));
  const drawingTarget = /Type="[^"]*\/drawing" Target="([^"]+)"/.exec(sheetRels)?.[1];
  expect(drawingTarget, "sheet → drawing relationship").toBeDefined();
  const drawing = new URL(drawingTarget!, `file:///${sheetPath}`).pathname.slice(1);
  const drawingRels = await partText(bytes, drawing.replace(/([^/]+)$/, "_rels/$1.rels"));
  const chartTarget = /Type="[^"]*\/chart" Target="([^"]+)"/.exec(drawingRels)?.[1];
  expect(chartTarget, "drawing → chart relationship").toBeDefined();
  const chartPath = new URL(chartTarget!, `file:///${drawing}`).pathname.slice(1);
  return { drawing, chartPath, chartXml: await partText(bytes, chartPath) };
}

describe("a native chart on a load → save round trip", () => {
  it("keeps the chart, its drawing and their relationships", async () => {
    const first = newWorkbook();
    addDashboard(first);
    const original = await first.xlsx.writeBuffer();

    // What `build` does: read the tables, load the workbook, change it, save it.
    expect((await readWorkbookTables(original)).get("indicatordata")?.rows).toEqual([["NI 62", 0.11]]);
    const loaded = newWorkbook();
    await loaded.xlsx.load(original);
    expect(loaded.getWorksheet(SHEET)!.getCharts()).toHaveLength(1);
    loaded.getWorksheet("Data")!.getCell("B2").value = 0.1;
    loaded.addWorksheet("Commentary").getCell("A1").value = "Placements improved in June.";
    const rewritten = await loaded.xlsx.writeBuffer();

    const before = await chartOf(original, "xl/worksheets/sheet2.xml");
    const after = await chartOf(rewritten, "xl/worksheets/sheet2.xml");
    expect(await partNames(rewritten)).toEqual(expect.arrayContaining([after.drawing, after.chartPath]));
    expect(after.chartPath).toMatch(/^xl\/charts\/chart\d+\.xml$/);
    expect(await partText(rewritten, "xl/worksheets/sheet2.xml")).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(await partText(rewritten, "[Content_Types].xml")).toContain(`PartName="/${after.chartPath}"`);

    expect(after.chartXml).toBe(before.chartXml);
    expect(after.chartXml.match(/<c:ser>/g)).toHaveLength(3);
    expect(after.chartXml).toContain('<a:prstDash val="dash"/>');
    expect(after.chartXml).toContain('formatCode="0%"');
    expect(after.chartXml).toContain("Children with 3+ moves");

    const reloaded = newWorkbook();
    await reloaded.xlsx.load(rewritten);
    const [chart] = reloaded.getWorksheet(SHEET)!.getCharts();
    expect(chart?.title).toBe("NI 62 Stability of placements");
    expect(chart?.totalSeriesCount).toBe(3);
  });
});
