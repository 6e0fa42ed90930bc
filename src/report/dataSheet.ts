/**
 * The "Dashboard Data" sheet: the numbers behind each chart, one block per
 * indicator, so the charts are native Excel charts over real cells.
 */
import type { IndicatorResult } from "../domain/results";
import { monthLabel } from "../domain/periods";
import type { MonthIndex } from "../domain/types";
import { chartRows } from "./chartRows";
import type { CellBlock, PlanValue, RangeStyle, SheetPlan } from "./plan";
import { toSheetNumber, unitFormat } from "./unitFormat";

export const DATA_SHEET_KEY = "dashboard-data";
export const DATA_NOTE = "Chart data for the Member Dashboard, generated — edits here are overwritten on refresh.";
export const DATA_HEADERS = ["Month", "Value", "Statutory target", "Internal target"] as const;

/** Where one indicator's chart data sit on the data sheet (A1 ranges, no sheet name). */
export interface ChartRanges {
  categories: string;
  value: string;
  statutory: string;
  internal: string;
  /** Whether any month shown has a statutory (internal) level, i.e. a line worth drawing. */
  hasStatutory: boolean;
  hasInternal: boolean;
}

// Blocks start on row 3: row 1 holds the note (and the hidden marker in A1).
const FIRST_BLOCK_ROW = 3;

/**
 * The data sheet and, by indicator code, the ranges its chart reads.
 * Each block: the indicator's name, a header row, then one row per month shown.
 */
export function dataSheet(
  results: readonly IndicatorResult[],
  month: MonthIndex,
  monthsShown: number,
  name: string,
): { sheet: SheetPlan; ranges: Map<string, ChartRanges> } {
  const blocks: CellBlock[] = [{ address: "B1", values: [[DATA_NOTE]] }];
  const styles: RangeStyle[] = [{ range: "B1", style: { italic: true, fontColor: "#595959" } }];
  const ranges = new Map<string, ChartRanges>();
  let row = FIRST_BLOCK_ROW;
  for (const result of results) {
    const { unit } = result.indicator;
    const data = chartRows(result, month, monthsShown);
    const num = (v: number | null): PlanValue => (v === null ? null : toSheetNumber(unit, v));
    const first = row + 2;
    const last = first + data.length - 1;
    blocks.push({
      address: `B${row}`,
      values: [
        [result.indicator.name, null, null, null],
        [...DATA_HEADERS],
        ...data.map((d) => [monthLabel(d.month), num(d.value), num(d.statutory), num(d.internal)]),
      ],
    });
    styles.push(
      { range: `B${row}`, style: { bold: true } },
      { range: `B${row + 1}:E${row + 1}`, style: { bold: true, border: { bottom: true } } },
      { range: `C${first}:E${last}`, style: { numberFormat: unitFormat(unit) } },
    );
    ranges.set(result.code, {
      categories: `B${first}:B${last}`,
      value: `C${first}:C${last}`,
      statutory: `D${first}:D${last}`,
      internal: `E${first}:E${last}`,
      hasStatutory: data.some((d) => d.statutory !== null),
      hasInternal: data.some((d) => d.internal !== null),
    });
    row = last + 2;
  }
  const sheet: SheetPlan = {
    key: DATA_SHEET_KEY,
    name,
    blocks,
    styles,
    merges: [],
    columnWidths: { 1: 0, 2: 14, 3: 14, 4: 17, 5: 17 },
    freeze: { rows: 1, columns: 0 },
    charts: [],
    inputs: [],
    tabColor: "#7F7F7F",
  };
  return { sheet, ranges };
}
