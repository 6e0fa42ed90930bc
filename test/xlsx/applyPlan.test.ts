/** One build onto a workbook that has no dashboard yet: what lands in the file. */
import { beforeAll, describe, expect, it } from "vitest";
import { markerText } from "../../src/report/plan/preserve";
import { applyPlanToWorkbook } from "../../src/xlsx/applyPlan";
import { newWorkbook, type Workbook, type Worksheet } from "../../src/xlsx/excelts";
import { readWorkbookTables } from "../../src/xlsx/readWorkbook";
import { WorkbookUnreadableError } from "../../src/xlsx/WorkbookUnreadableError";
import { writeTablesWorkbook } from "../../src/xlsx/writeTables";
import { allChartParts, chartPartsOf, sheetPath, tabNames } from "./fixtures/packageSheets";
import { DASHBOARD, DATA, PLACEHOLDER, smallPlan } from "./fixtures/smallPlan";
import { partNames, partText } from "./fixtures/zipParts";

let input: Uint8Array;
let inputCopy: Uint8Array;
let output: Uint8Array;
let report: Awaited<ReturnType<typeof applyPlanToWorkbook>>["report"];
let book: Workbook;
let dash: Worksheet;
let data: Worksheet;

beforeAll(async () => {
  input = await writeTablesWorkbook([
    { sheet: "Data", table: "IndicatorData", headers: ["Code", "Value"], rows: [["NI 62", 0.11]] },
  ]);
  inputCopy = input.slice();
  ({ bytes: output, report } = await applyPlanToWorkbook(input, smallPlan()));
  book = newWorkbook();
  await book.xlsx.load(output);
  dash = book.getWorksheet(DASHBOARD)!;
  data = book.getWorksheet(DATA)!;
});

describe("applyPlanToWorkbook: a first build", () => {
  it("leaves the input bytes as they were", () => {
    expect(input).toEqual(inputCopy);
  });

  it("appends the plan's sheets after the person's and reports them", async () => {
    expect(await tabNames(output)).toEqual(["Data", DASHBOARD, DATA]);
    expect(report).toEqual({ written: [DASHBOARD, DATA], renamed: [], activated: true, skipped: [] });
  });

  it("writes numbers as numbers and text as text, with the marker, and the placeholder as a note, never a value", () => {
    expect(dash.getCell("B1").value).toBe("Member Dashboard");
    expect(dash.getCell("D2").value).toBe(3.5);
    expect(dash.getCell("C2").value).toBeNull();
    expect(dash.getCell("A1").value).toBe(markerText("member-dashboard"));
    expect(dash.getCell("F8").value).toBeNull();
    expect(JSON.stringify(dash.getCell("F8").note)).toContain(PLACEHOLDER.replace(/\.$/, ""));
    expect(dash.getCell("A8").value).toBe("input:commentary:NI62@F");
    expect(data.getCell("A1").value).toBe(markerText("dashboard-data"));
    expect(data.getCell("C4").value).toBe(0.14);
    expect(data.getCell("E4").value).toBeNull();
  });

  it("stores text that looks like a formula as text, never as a formula", async () => {
    for (const [address, text] of [
      ["B4", "=1+2"],
      ["C4", "@SUM(A1)"],
      ["D4", "+44 1234"],
      ["E4", "-5 on last month"],
    ] as const) {
      expect(dash.getCell(address).value, address).toBe(text);
      expect(dash.getCell(address).numFmt, address).toBe("@");
    }
    const xml = await partText(output, await sheetPath(output, DASHBOARD));
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it("applies number formats, fonts, solid fills and merges", () => {
    expect(dash.getCell("D2").numFmt).toBe("0.0");
    expect(data.getCell("D5").numFmt).toBe("0.0%");
    expect(dash.getCell("B1").font).toMatchObject({ bold: true, size: 16, color: { argb: "FF1F4E79" } });
    expect(dash.getCell("B6").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(dash.mergedRegions).toEqual(
      expect.arrayContaining([
        { top: 1, left: 2, bottom: 1, right: 9 },
        { top: 8, left: 6, bottom: 9, right: 9 },
      ]),
    );
  });

  it("combines styles on a cell and draws a range's borders on its outline", () => {
    expect(dash.getCell("F8").font).toMatchObject({ italic: true });
    expect(dash.getCell("F8").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(Object.keys(dash.getCell("F8").border ?? {}).sort()).toEqual(["left", "top"]);
    expect(Object.keys(dash.getCell("G9").border ?? {}).sort()).toEqual(["bottom"]);
    expect(Object.keys(dash.getCell("I9").border ?? {}).sort()).toEqual(["bottom", "right"]);
    expect(dash.getCell("C6").border?.bottom).toMatchObject({ style: "thin", color: { argb: "FF1F4E79" } });
  });

  it("hides the key column and sizes columns and rows", () => {
    expect(dash.getColumn(1).hidden).toBe(true);
    expect(dash.getColumn(2).width).toBe(36);
    expect(data.getColumn(3).width).toBeCloseTo(9.01);
    expect(dash.getRow(8).height).toBe(60);
  });

  it("freezes panes, hides gridlines, colours the tab and sets up the printed page", () => {
    expect(dash.views[0]).toMatchObject({
      state: "frozen",
      ySplit: 3,
      xSplit: 0,
      topLeftCell: "A4",
      showGridLines: false,
    });
    expect(data.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(dash.properties.tabColor).toEqual({ argb: "FF1F4E79" });
    expect(dash.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:3",
    });
    expect(dash.pageSetup.printArea).toMatch(/^\$?B\$?1:\$?I\$?30$/);
    expect(dash.rowBreaks).toEqual([expect.objectContaining({ id: 19, man: 1 })]);
  });

  it("opens on the dashboard, the only selected tab", async () => {
    expect(book.views[0]?.activeTab).toBe(1);
    const selected = await Promise.all(
      (await tabNames(output)).map(async (name) =>
        /tabSelected="1"/.test(await partText(output, await sheetPath(output, name))),
      ),
    );
    expect(selected).toEqual([false, true, false]);
  });

  it("draws each planned chart as a native line chart over the data sheet's ranges", async () => {
    const charts = await chartPartsOf(output, DASHBOARD);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatch(/^xl\/charts\/chart\d+\.xml$/);
    expect((await partNames(output)).some((n) => n.startsWith("xl/media/"))).toBe(false);
    const xml = (await partText(output, charts[0]!)).replace(/&apos;/g, "'");
    expect(xml).toContain("<c:lineChart>");
    expect(xml.match(/<c:ser>/g)).toHaveLength(3);
    for (const column of ["C", "D", "E"])
      expect(xml).toContain(`<c:f>'Dashboard Data'!$${column}$4:$${column}$6</c:f>`);
    expect(xml).toContain("<c:f>'Dashboard Data'!$B$4:$B$6</c:f>");
    expect(xml.match(/<a:prstDash val="dash"\/>/g)).toHaveLength(2);
    expect(xml.match(/<c:symbol val="none"\/>/g)).toHaveLength(2);
    expect(xml).toContain('<c:symbol val="circle"/>');
    expect(xml).toContain('<c:legendPos val="b"/>');
    expect(xml).toContain('formatCode="0%"');
    expect(xml).toContain("Children with 3+ moves (%)");
    expect(xml).toContain("Placement stability");
    // Cached values, for viewers that draw without recalculating.
    expect(xml).toMatch(/<c:numCache>.*<c:ptCount val="3"\/>.*<c:v>0.14<\/c:v>/);
    expect(await allChartParts(output)).toHaveLength(1);
  });

  it("opens again with readWorkbookTables and excelts", async () => {
    const tables = await readWorkbookTables(output);
    expect(tables.get("indicatordata")?.rows).toEqual([["NI 62", 0.11]]);
    const again = newWorkbook();
    await again.xlsx.load(output);
    expect(again.getWorksheet(DASHBOARD)?.getCharts()).toHaveLength(1);
  });

  it("rejects bytes that are not a workbook with WorkbookUnreadableError", async () => {
    const notXlsx = new TextEncoder().encode("Code,Value\nNI 62,0.11\n");
    await expect(applyPlanToWorkbook(notXlsx, smallPlan())).rejects.toBeInstanceOf(WorkbookUnreadableError);
  });
});
