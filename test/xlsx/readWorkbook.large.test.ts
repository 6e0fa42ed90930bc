import { describe, expect, it } from "vitest";
import { readWorkbookTables } from "../../src/xlsx/readWorkbook";
import { cell, handmadeXlsx, row } from "./fixtures/handmadeXlsx";

const ROWS = 100_000;
const CODES = ["NI 59", "NI 60", "NI 62", "NI 63", "NI 64"];

/** Row i (0-based): a code, a month (date serial from 1 Apr 2008), a value, a hidden flag every 10,000th row. */
function dataRow(i: number): string {
  const r = i + 2;
  const serial = 39539 + (i % 60) * 30;
  return row(
    r,
    [cell.text(`A${r}`, CODES[i % CODES.length]!), cell.num(`B${r}`, serial, 1), cell.num(`C${r}`, i / 4)],
    i % 10_000 === 0,
  );
}

describe("readWorkbookTables: a large table", () => {
  it("reads 100,000 data rows", async () => {
    const rows = [row(1, [cell.text("A1", "Code"), cell.text("B1", "Period"), cell.text("C1", "Value")])];
    for (let i = 0; i < ROWS; i++) rows.push(dataRow(i));
    const bytes = await handmadeXlsx([
      {
        name: "IndicatorData",
        tables: [{ name: "IndicatorData", ref: `A1:C${ROWS + 1}`, columns: ["Code", "Period", "Value"] }],
        rows,
      },
    ]);

    const table = (await readWorkbookTables(bytes)).get("indicatordata");
    expect(table?.rows).toHaveLength(ROWS);
    expect(table?.rows[76_543]).toEqual([
      "NI 63",
      new Date(Date.UTC(2008, 3, 1) + (76_543 % 60) * 30 * 86_400_000),
      76_543 / 4,
    ]);
    expect(table?.rows[ROWS - 1]).toEqual(["NI 64", expect.any(Date), (ROWS - 1) / 4]);
    expect(table?.hiddenRows).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000, 70_000, 80_000, 90_000]);
  });
});
