import { describe, expect, it } from "vitest";
import { readWorkbookTables } from "../../src/xlsx/readWorkbook";
import { excelWorkbook } from "./fixtures/excelWorkbook";
import { cell, handmadeXlsx, row } from "./fixtures/handmadeXlsx";

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe("readWorkbookTables: cell values", () => {
  it("keeps headers as typed, trimmed, and keys the table by its lower-cased name", async () => {
    const bytes = await excelWorkbook((wb) => {
      wb.addWorksheet("Data").addTable({
        name: "IndicatorData",
        ref: "A1",
        headerRow: true,
        columns: [{ name: " CODE " }, { name: "period  " }, { name: "Value" }],
        rows: [["NI 62", utc(2012, 10, 1), 230]],
      });
    });
    const table = (await readWorkbookTables(bytes)).get("indicatordata");
    expect(table?.name).toBe("IndicatorData");
    expect(table?.source).toBe("table");
    expect(table?.headers).toEqual(["CODE", "period", "Value"]);
    expect(table?.rows).toEqual([["NI 62", utc(2012, 10, 1), 230]]);
  });

  it("flattens formulas, errors, rich text and hyperlinks written by excelts", async () => {
    const bytes = await excelWorkbook((wb) => {
      wb.addWorksheet("S").addTable({
        name: "Budget",
        ref: "A1",
        headerRow: true,
        columns: ["Formula", "FormulaError", "Error", "Rich", "Link", "Flag"].map((name) => ({ name })),
        rows: [
          [
            { formula: "2*3", result: 6 },
            { formula: "1/0", result: { error: "#DIV/0!" } },
            { error: "#N/A" },
            { richText: [{ text: "Looked " }, { text: "after", font: { bold: true } }] },
            { text: "guidance", hyperlink: "https://example.org/guidance" },
            true,
          ],
        ],
      });
    });
    const table = (await readWorkbookTables(bytes)).get("budget");
    expect(table?.rows).toEqual([[6, "#DIV/0!", "#N/A", "Looked after", "guidance", true]]);
  });

  it("reads Excel-shaped XML: cached results of plain, shared and text formulas, error cells, date styles", async () => {
    const bytes = await handmadeXlsx([
      {
        name: "Data",
        tables: [{ name: "Benchmarks", ref: "A1:F3", columns: ["A", "B", "C", "D", "E", "F"] }],
        rows: [
          row(
            1,
            ["A", "B", "C", "D", "E", "F"].map((h, i) => cell.text(`${"ABCDEF"[i]}1`, h)),
          ),
          row(2, [
            cell.num("A2", 41000, 1), // 1 April 2012, date-formatted serial
            cell.num("B2", 41000),
            cell.sharedFormula("C2", 0, 20, { f: "B2/2050", range: "C2:C3" }),
            cell.formula("D2", 'IF(B2>0,"yes","no")', "yes", "str"),
            cell.formula("E2", "1/0", "#DIV/0!", "e"),
            cell.error("F2", "#N/A"),
          ]),
          row(3, [
            cell.num("A3", 41000.5, 1),
            cell.num("B3", 4100),
            cell.sharedFormula("C3", 0, 2),
            cell.bool("D3", false),
            cell.text("E3", "  padded  "),
            cell.text("F3", ""),
          ]),
        ],
      },
    ]);
    const table = (await readWorkbookTables(bytes)).get("benchmarks");
    expect(table?.rows).toEqual([
      [utc(2012, 4, 1), 41000, 20, "yes", "#DIV/0!", "#N/A"],
      [new Date(Date.UTC(2012, 3, 1, 12)), 4100, 2, false, "  padded  ", null],
    ]);
  });
});
