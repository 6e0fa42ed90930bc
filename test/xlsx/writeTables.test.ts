import { describe, expect, it } from "vitest";
import { newWorkbook } from "../../src/xlsx/excelts";
import { readWorkbookTables } from "../../src/xlsx/readWorkbook";
import { writeTablesWorkbook } from "../../src/xlsx/writeTables";
import { partText } from "./fixtures/zipParts";

const oct2012 = new Date(Date.UTC(2012, 9, 1));

const indicatorData = {
  sheet: "IndicatorData",
  table: "IndicatorData",
  headers: ["Code", "Period", "Value", "Note"],
  rows: [
    ["NI 62", oct2012, 0.125, "=SUM(A1:A2)"],
    ["NI 63", oct2012, 0.5, "+44 1234 567890"],
    ["NI 64", oct2012, null, "-5 on last month"],
    ["NI 65", oct2012, 7, "@risk"],
  ],
  numberFormats: { " value ": "0.0%" },
};

async function sheetXml(bytes: Uint8Array, sheetNumber: number): Promise<string> {
  return partText(bytes, `xl/worksheets/sheet${sheetNumber}.xml`);
}

describe("writeTablesWorkbook", () => {
  it("writes each table as a real Excel table that reads back unchanged", async () => {
    const bytes = await writeTablesWorkbook([
      { sheet: "Indicators", table: "Indicators", headers: ["Code", "Unit"], rows: [["NI 62", "percent"]] },
      indicatorData,
    ]);
    const tables = await readWorkbookTables(bytes);
    expect(tables.get("indicators")).toMatchObject({
      source: "table",
      sheet: "Indicators",
      origin: { row: 1, column: 1 },
      headers: ["Code", "Unit"],
      rows: [["NI 62", "percent"]],
    });
    expect(tables.get("indicatordata")).toMatchObject({
      source: "table",
      headers: indicatorData.headers,
      rows: indicatorData.rows,
    });
  });

  it("stores text that starts with = + - @ as text, never as a formula", async () => {
    const bytes = await writeTablesWorkbook([indicatorData]);
    const xml = await sheetXml(bytes, 1);
    expect(xml).not.toContain("<f>");
    const workbook = newWorkbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.getWorksheet("IndicatorData")!;
    for (const address of ["D2", "D3", "D4", "D5"]) {
      expect(sheet.getCell(address).formula, address).toBeUndefined();
      expect(typeof sheet.getCell(address).value, address).toBe("string");
      expect(sheet.getCell(address).numFmt, address).toBe("@");
    }
  });

  it("uses a light table style, freezes the header row and formats data cells by header", async () => {
    const bytes = await writeTablesWorkbook([indicatorData]);
    expect(await partText(bytes, "xl/tables/table1.xml")).toMatch(
      /<tableStyleInfo name="TableStyleLight9"[^>]*showRowStripes="1"/,
    );
    expect(await sheetXml(bytes, 1)).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    const workbook = newWorkbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.getWorksheet("IndicatorData")!;
    expect(sheet.getCell("C2").numFmt).toBe("0.0%");
    expect(sheet.getCell("C1").numFmt).toBeUndefined();
  });

  it("sizes columns to their content unless widths are given", async () => {
    const long = "Stability of placements of looked after children: number of moves";
    const bytes = await writeTablesWorkbook([
      { sheet: "Fitted", table: "Fitted", headers: ["Code", "Indicator"], rows: [["NI 62", long]] },
      {
        sheet: "Given",
        table: "Given",
        headers: ["Code", "Indicator"],
        rows: [["NI 62", long]],
        columnWidths: [10, 30],
      },
    ]);
    const workbook = newWorkbook();
    await workbook.xlsx.load(bytes);
    const fitted = workbook.getWorksheet("Fitted")!;
    expect(fitted.getColumn(1).width).toBeGreaterThanOrEqual(8);
    expect(fitted.getColumn(1).width).toBeLessThan(15);
    expect(fitted.getColumn(2).width).toBeGreaterThan(40);
    expect(fitted.getColumn(2).width).toBeLessThanOrEqual(60);
    const given = workbook.getWorksheet("Given")!;
    expect([given.getColumn(1).width, given.getColumn(2).width]).toEqual([10, 30]);
  });

  it("writes an empty table with Excel's one blank row, which reads back as no rows", async () => {
    const bytes = await writeTablesWorkbook([
      { sheet: "Budget", table: "Budget", headers: ["Line", "Amount"], rows: [] },
    ]);
    expect(await partText(bytes, "xl/tables/table1.xml")).toContain('ref="A1:B2"');
    expect((await readWorkbookTables(bytes)).get("budget")).toMatchObject({ headers: ["Line", "Amount"], rows: [] });
  });
});
