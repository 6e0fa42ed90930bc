import { describe, expect, it } from "vitest";
import { ExcelShellError } from "../../src/excel/errors";
import { readWorkbookTables } from "../../src/excel/readTables";
import { dataCell } from "../../src/domain/tableCells";
import { createFakeExcel } from "../fakes/fakeExcel";

const indicators = [
  ["Code", "Indicator", "Target"],
  ["NI 59", "Initial assessments within 7 days", 0.8],
  ["NI 60", "Core assessments within 35 days", ""],
];
const data = [
  ["Code", "Period", "Value"],
  ["NI 59", 41183, 0.72],
  ["NI 60", 41214, 0.81],
];

function workbook() {
  return createFakeExcel({
    sheets: [
      { name: "Notes", cells: [["Read me"]] },
      { name: "Catalogue", tables: [{ name: "INDICATORS", address: "B3", values: indicators }] },
      {
        name: "Monthly data",
        tables: [
          { name: "IndicatorData", address: "A1", values: data },
          { name: "MyScratch", address: "H1", values: [["x"], [1]] },
        ],
      },
    ],
  });
}

describe("readWorkbookTables", () => {
  it("reads the wanted tables with their sheet, origin, headers and rows in 2 syncs", async () => {
    const fake = workbook();

    const tables = await readWorkbookTables(fake.excelContext);

    expect([...tables.keys()].sort()).toEqual(["indicatordata", "indicators"]);
    const catalogue = tables.get("indicators")!;
    expect(catalogue).toMatchObject({ name: "INDICATORS", sheet: "Catalogue", origin: { row: 3, column: 2 }, source: "table" });
    expect(catalogue.headers).toEqual(["Code", "Indicator", "Target"]);
    expect(catalogue.rows).toEqual([
      ["NI 59", "Initial assessments within 7 days", 0.8],
      ["NI 60", "Core assessments within 35 days", null],
    ]);
    expect(dataCell(catalogue, 1, 2)).toEqual({ sheet: "Catalogue", cell: "D5" });
    // Dates stay Excel serial numbers; the domain parses them.
    expect(tables.get("indicatordata")!.rows[0]).toEqual(["NI 59", 41183, 0.72]);
    expect(tables.get("indicatordata")!.origin).toEqual({ row: 1, column: 1 });
    expect(fake.syncCount).toBe(2);
  });

  it("takes 1 sync and returns nothing when no wanted table exists", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", cells: [["Code"]] }] });
    const tables = await readWorkbookTables(fake.excelContext);
    expect(tables.size).toBe(0);
    expect(fake.syncCount).toBe(1);
  });

  it("places the origin on the row above the data when a table hides its headers", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", tables: [{ name: "Budget", address: "C5", values: [["Line", 10]], showHeaders: false }] }] });
    const budget = (await readWorkbookTables(fake.excelContext)).get("budget")!;
    expect(budget.headers).toEqual([]);
    expect(dataCell(budget, 0, 1)).toEqual({ sheet: "S", cell: "D5" });
  });

  it("reads in row chunks when one response would be too large, with the same result", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ["NI 59", 41183 + i, i / 7]);
    const spec = { sheets: [{ name: "Data", tables: [{ name: "IndicatorData", address: "B2", values: [["Code", "Period", "Value"], ...rows] }] }] };
    const whole = await readWorkbookTables(createFakeExcel(spec, { responseLimit: null }).excelContext);
    const fake = createFakeExcel(spec, { responseLimit: 40_000 });

    const chunked = await readWorkbookTables(fake.excelContext, { responseBudget: 30_000 });

    expect(chunked).toEqual(whole);
    expect(fake.syncCount).toBeGreaterThan(4);
  });

  it("maps Excel's errors to ExcelShellError", async () => {
    const fake = workbook();
    fake.failOn({ sync: 1, code: "InvalidOperationInCellEditMode" });
    const error = await readWorkbookTables(fake.excelContext).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelShellError);
    expect(error).toMatchObject({ code: "EXCEL_CELL_EDIT_MODE", excelCode: "InvalidOperationInCellEditMode", phase: "read" });
  });

  it("leaves a table's total row out of its rows (an IndicatorData total row is not an unknown code)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data", tables: [{ name: "IndicatorData", address: "A1", values: data, totals: ["Total", null, 1.53] }] }] });
    const read = (await readWorkbookTables(fake.excelContext)).get("indicatordata")!;
    expect(read.rows).toEqual([
      ["NI 59", 41183, 0.72],
      ["NI 60", 41214, 0.81],
    ]);
    expect(fake.syncCount).toBe(2);
  });

  it("names the first filled cell touching a table from below, else from the right, in the same 2 syncs", async () => {
    const below = createFakeExcel({ sheets: [{ name: "D", cells: [[], [], [], [null, null, 0.9]], tables: [{ name: "IndicatorData", address: "A1", values: data }] }] });
    expect((await readWorkbookTables(below.excelContext)).get("indicatordata")!.adjacentCell).toEqual({ cell: "C4", side: "below" });
    expect(below.syncCount).toBe(2);
    const right = createFakeExcel({ sheets: [{ name: "D", cells: [[], [null, null, null, "Nov 2012"]], tables: [{ name: "IndicatorData", address: "A1", values: data }] }] });
    expect((await readWorkbookTables(right.excelContext)).get("indicatordata")!.adjacentCell).toEqual({ cell: "D2", side: "right" });
    const none = await readWorkbookTables(workbook().excelContext);
    expect(none.get("indicators")!.adjacentCell).toBeUndefined();
  });

  it("reads merged areas only where the host has ExcelApi 1.13, and hidden rows everywhere", async () => {
    const spec = { sheets: [{ name: "D", hiddenRows: [2], merges: ["A3:B3"], tables: [{ name: "IndicatorData", address: "A1", values: data }] }] };
    const old = (await readWorkbookTables(createFakeExcel(spec, { apiVersion: "1.7" }).excelContext)).get("indicatordata")!;
    expect(old.mergedAreas).toBeUndefined();
    expect(old.hiddenRows).toEqual([0]);
    const current = (await readWorkbookTables(createFakeExcel(spec).excelContext, { isSetSupported: () => true })).get("indicatordata")!;
    expect(current.mergedAreas).toEqual(["A3:B3"]);
  });

  it("reads long text in chunks sized from the responses, retrying smaller when Excel refuses one", async () => {
    // Definitions of 2,000 characters: far more than a guess per cell allows for.
    const long = (i: number): string => `Definition ${i} `.padEnd(2000, "x");
    const rows = Array.from({ length: 300 }, (_, i) => [`NI ${i}`, long(i), i]);
    const spec = { sheets: [{ name: "Catalogue", tables: [{ name: "Indicators", address: "A1", values: [["Code", "Definition", "Target"], ...rows] }] }] };
    const whole = await readWorkbookTables(createFakeExcel(spec, { responseLimit: null }).excelContext);
    const fake = createFakeExcel(spec, { responseLimit: 200_000 });

    const chunked = await readWorkbookTables(fake.excelContext);

    expect(chunked).toEqual(whole);
    expect(chunked.get("indicators")!.rows).toHaveLength(300);
    // 600 kB of text under a 200 kB cap: at least 3 chunks, and far fewer than one per row.
    expect(fake.syncCount).toBeGreaterThan(4);
    expect(fake.syncCount).toBeLessThan(30);
  });
});
