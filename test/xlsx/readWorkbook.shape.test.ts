import { describe, expect, it } from "vitest";
import { readWorkbookTables } from "../../src/xlsx/readWorkbook";
import { excelWorkbook } from "./fixtures/excelWorkbook";
import { cell, handmadeXlsx, row } from "./fixtures/handmadeXlsx";

const texts = (r: number, values: string[], from = 0): string[] =>
  values.map((v, i) => cell.text(`${"ABCDEFGH"[from + i]}${r}`, v));

describe("readWorkbookTables: where tables are and what is in them", () => {
  it("gives the origin of a table that does not start at A1", async () => {
    const bytes = await excelWorkbook((wb) => {
      const sheet = wb.addWorksheet("Budget lines");
      sheet.getCell("A1").value = "Improvement budget 2012-13";
      sheet.addTable({
        name: "Budget",
        ref: "C5",
        headerRow: true,
        columns: [{ name: "Line" }, { name: "Amount" }],
        rows: [["Social workers", 120000]],
      });
    });
    const table = (await readWorkbookTables(bytes)).get("budget");
    expect(table).toMatchObject({ sheet: "Budget lines", origin: { row: 5, column: 3 }, headers: ["Line", "Amount"] });
    expect(table?.rows).toEqual([["Social workers", 120000]]);
  });

  it("reports merged areas that overlap data rows (as blanks after the first cell) and ignores others", async () => {
    const bytes = await excelWorkbook((wb) => {
      const sheet = wb.addWorksheet("Data");
      sheet.addTable({
        name: "Actions",
        ref: "B3",
        headerRow: true,
        columns: [{ name: "Action" }, { name: "Owner" }, { name: "Due" }],
        rows: [
          ["Recruit", "HR", "Jun"],
          ["Audit", "QA", "Jul"],
          ["Train", "L&D", "Aug"],
        ],
      });
      sheet.mergeCells("A1:D1"); // a title above the table: not the table's business
      sheet.mergeCells("C5:D5");
    });
    const table = (await readWorkbookTables(bytes)).get("actions");
    expect(table?.mergedAreas).toEqual(["C5:D5"]);
    expect(table?.rows[1]).toEqual(["Audit", "QA", null]);
  });

  it("reports hidden (or filtered-out) rows by data-row index", async () => {
    const bytes = await excelWorkbook((wb) => {
      const sheet = wb.addWorksheet("Data");
      sheet.addTable({ name: "Budget", ref: "A1", headerRow: true, columns: [{ name: "N" }], rows: [[1], [2], [3], [4]] });
      sheet.getRow(3).hidden = true;
      sheet.getRow(5).hidden = true;
    });
    const table = (await readWorkbookTables(bytes)).get("budget");
    expect(table?.hiddenRows).toEqual([1, 3]);
    expect(table?.rows).toHaveLength(4);
  });

  it("reads a sheet named like a known table when there is no such Excel table", async () => {
    const bytes = await excelWorkbook((wb) => {
      const sheet = wb.addWorksheet("INDICATORS");
      sheet.getCell("B3").value = " Code";
      sheet.getCell("C3").value = "Indicator ";
      sheet.getCell("B4").value = "NI 62";
      sheet.getCell("C4").value = "Stability of placements";
      sheet.getCell("B6").value = "NI 63";
      wb.addWorksheet("Notes").getCell("A1").value = "not a table";
    });
    const tables = await readWorkbookTables(bytes);
    expect([...tables.keys()]).toEqual(["indicators"]);
    expect(tables.get("indicators")).toEqual({
      name: "INDICATORS",
      sheet: "INDICATORS",
      origin: { row: 3, column: 2 },
      headers: ["Code", "Indicator"],
      rows: [
        ["NI 62", "Stability of placements"],
        [null, null],
        ["NI 63", null],
      ],
      source: "sheet",
      mergedAreas: [],
      hiddenRows: [],
    });
  });

  it("prefers an Excel table over a sheet of the same name", async () => {
    const bytes = await excelWorkbook((wb) => {
      wb.addWorksheet("Indicators").getCell("A1").value = "Read me first";
      wb.addWorksheet("Catalogue").addTable({
        name: "Indicators",
        ref: "A1",
        headerRow: true,
        columns: [{ name: "Code" }],
        rows: [["NI 62"]],
      });
    });
    const table = (await readWorkbookTables(bytes)).get("indicators");
    expect(table).toMatchObject({ source: "table", sheet: "Catalogue", rows: [["NI 62"]] });
  });

  it("gives no rows for an empty table (Excel's one blank row) and for a headers-only table", async () => {
    const bytes = await handmadeXlsx([
      {
        name: "A",
        tables: [{ name: "Budget", ref: "A1:B2", columns: ["Line", "Amount"] }],
        rows: [row(1, texts(1, ["Line", "Amount"]))],
      },
      {
        name: "B",
        tables: [{ name: "Benchmarks", ref: "C2:D2", columns: ["Code", "Value"] }],
        rows: [row(2, texts(2, ["Code", "Value"], 2))],
      },
    ]);
    const tables = await readWorkbookTables(bytes);
    expect(tables.get("budget")).toMatchObject({
      headers: ["Line", "Amount"],
      rows: [],
      mergedAreas: [],
      hiddenRows: [],
    });
    expect(tables.get("benchmarks")).toMatchObject({
      origin: { row: 2, column: 3 },
      headers: ["Code", "Value"],
      rows: [],
    });
  });

  it("leaves out a totals row, and places a table without a header row one row above its data", async () => {
    const bytes = await handmadeXlsx([
      {
        name: "S",
        tables: [
          { name: "Budget", ref: "A1:A4", columns: ["Amount"], totalsRowCount: 1 },
          { name: "Actions", ref: "C1:C2", columns: ["Code"], headerRowCount: 0 },
        ],
        rows: [
          row(1, [cell.text("A1", "Amount"), cell.text("C1", "NI 62")]),
          row(2, [cell.num("A2", 5), cell.text("C2", "NI 63")]),
          row(3, [cell.num("A3", 7)]),
          row(4, [cell.formula("A4", "SUBTOTAL(109,[Amount])", 12)]),
        ],
      },
    ]);
    const tables = await readWorkbookTables(bytes);
    expect(tables.get("budget")?.rows).toEqual([[5], [7]]);
    expect(tables.get("actions")).toMatchObject({
      origin: { row: 0, column: 3 },
      headers: ["Code"],
      rows: [["NI 62"], ["NI 63"]],
    });
  });
});
