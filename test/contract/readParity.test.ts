/**
 * The two shells read the same workbook the same way: the command line from
 * the .xlsx file, the add-in through Office.js (here the strict fake). Each
 * case builds one workbook twice — as file bytes and as a fake — and compares
 * what each shell hands the domain.
 */
import { describe, expect, it } from "vitest";
import type { RawTable, WorkbookTables } from "../../src/domain/types";
import { readWorkbookTables as readOffice } from "../../src/excel/readTables";
import { readWorkbookTables as readFile } from "../../src/xlsx/readWorkbook";
import { createFakeExcel, type FakeWorkbookSpec } from "../fakes/fakeExcel";
import { cell, handmadeXlsx, type HandmadeSheet, row } from "../xlsx/fixtures/handmadeXlsx";

/** What both shells promise (the adjacent cell is the Office.js shell's alone for now). */
function shared(table: RawTable | undefined): unknown {
  if (!table) return undefined;
  const { name, sheet, origin, headers, rows, source, hiddenRows, mergedAreas } = table;
  return { name, sheet, origin, headers, rows, source, hiddenRows, mergedAreas };
}

async function bothShells(file: HandmadeSheet[], fake: FakeWorkbookSpec): Promise<{ office: WorkbookTables; xlsx: WorkbookTables }> {
  const office = await readOffice(createFakeExcel(fake).excelContext, { isSetSupported: () => true });
  const xlsx = await readFile(await handmadeXlsx(file));
  return { office, xlsx };
}

describe("both shells read the same tables", () => {
  it("leave a table's total row out of its data (a Budget total row is not a budget line)", async () => {
    const { office, xlsx } = await bothShells(
      [
        {
          name: "Money",
          tables: [{ name: "Budget", ref: "A1:B4", columns: ["Line", "Amount"], totalsRowCount: 1 }],
          rows: [
            row(1, [cell.text("A1", "Line"), cell.text("B1", "Amount")]),
            row(2, [cell.text("A2", "Agency staff"), cell.num("B2", 120000)]),
            row(3, [cell.text("A3", "Training"), cell.num("B3", 30000)]),
            row(4, [cell.text("A4", "Total"), cell.formula("B4", "SUBTOTAL(109,[Amount])", 150000)]),
          ],
        },
      ],
      {
        sheets: [
          {
            name: "Money",
            tables: [{ name: "Budget", address: "A1", values: [["Line", "Amount"], ["Agency staff", 120000], ["Training", 30000]], totals: ["Total", 150000] }],
          },
        ],
      },
    );
    expect(office.get("budget")!.rows).toEqual([
      ["Agency staff", 120000],
      ["Training", 30000],
    ]);
    expect(shared(office.get("budget"))).toEqual(shared(xlsx.get("budget")));
  });

  it("read a sheet named like a table when there is no such Excel table", async () => {
    const file: HandmadeSheet[] = [
      { name: "Budget", rows: [row(2, [cell.text("B2", "Line "), cell.text("C2", "Amount")]), row(3, [cell.text("B3", "Agency staff"), cell.num("C3", 120000)])] },
      { name: "Actions", rows: [] },
    ];
    const { office, xlsx } = await bothShells(file, {
      sheets: [{ name: "Budget", cells: [[null], [null, "Line ", "Amount"], [null, "Agency staff", 120000]] }, { name: "Actions" }],
    });
    expect(office.get("budget")).toMatchObject({ source: "sheet", origin: { row: 2, column: 2 }, headers: ["Line", "Amount"], rows: [["Agency staff", 120000]] });
    for (const key of ["budget", "actions"]) expect(shared(office.get(key))).toEqual(shared(xlsx.get(key)));
    expect(office.get("actions")).toMatchObject({ headers: [], rows: [] });
  });

  it("the add-in also reads sheets named Areas and Settings (the file shell's list gains them in its own branch)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Areas", cells: [["Area"], ["North"]] }, { name: "SETTINGS", cells: [["Setting", "Value"], ["Months shown", 13]] }] });
    const office = await readOffice(fake.excelContext);
    expect(office.get("areas")).toMatchObject({ name: "Areas", rows: [["North"]] });
    expect(office.get("settings")).toMatchObject({ name: "SETTINGS", headers: ["Setting", "Value"], rows: [["Months shown", 13]] });
  });

  it("report hidden rows and merged areas in the data the same way", async () => {
    const header = ["Code", "Period", "Value"];
    const { office, xlsx } = await bothShells(
      [
        {
          name: "Data",
          tables: [{ name: "IndicatorData", ref: "A1:C4", columns: header }],
          mergeCells: ["A3:B3"],
          rows: [
            row(1, header.map((h, i) => cell.text(`${"ABC"[i]}1`, h))),
            row(2, [cell.text("A2", "NI 59"), cell.num("B2", 41183), cell.num("C2", 0.7)]),
            row(3, [cell.text("A3", "NI 59"), cell.num("C3", 0.72)], true),
            row(4, [cell.text("A4", "NI 60"), cell.num("B4", 41183), cell.num("C4", 0.8)]),
          ],
        },
      ],
      {
        sheets: [
          {
            name: "Data",
            hiddenRows: [3],
            merges: ["A3:B3"],
            tables: [{ name: "IndicatorData", address: "A1", values: [header, ["NI 59", 41183, 0.7], ["NI 59", null, 0.72], ["NI 60", 41183, 0.8]] }],
          },
        ],
      },
    );
    expect(office.get("indicatordata")).toMatchObject({ hiddenRows: [1], mergedAreas: ["A3:B3"] });
    expect(shared(office.get("indicatordata"))).toEqual(shared(xlsx.get("indicatordata")));
  });
});
