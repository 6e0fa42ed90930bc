/**
 * Sparklines for a table's rows: each row's figures written as numbers in
 * hidden columns to the right of the table (outside the print area), and a
 * sparkline in the row's trend cell drawing them. The figures sit on the same
 * sheet, so the sparkline follows its row wherever the sheet goes.
 */
import { columnLetters } from "../../domain/a1";
import type { Unit } from "../../domain/types";
import type { PlanValue, SparklinePlan } from "../plan/plan";
import type { SheetParts } from "../layout/sheetParts";
import { emptyParts } from "../layout/sheetParts";
import { toSheetNumber, unitFormat } from "../layout/unitFormat";

export interface TrendSparklinesInput {
  /** The sheet the table is on (the sparklines read from it). */
  sheet: string;
  /** Each row's figures, oldest first, in the indicator's unit; null is no figure. */
  figures: readonly (readonly (number | null)[])[];
  /** Sheet row of the first figures. */
  firstRow: number;
  /** 1-based column of the cell each sparkline is drawn in. */
  trendColumn: number;
  /** 1-based column of the first hidden figure column. */
  dataColumn: number;
  unit: Unit;
  color: string;
}

/**
 * The hidden figures (percentages as fractions, as on the dashboard's data
 * sheet, in the unit's format for anyone who unhides them) and one sparkline
 * per row over them. Rows shorter than the longest leave blanks at the end.
 */
export function trendSparklines(input: TrendSparklinesInput): { parts: SheetParts; sparklines: SparklinePlan[] } {
  const parts = emptyParts();
  const sparklines: SparklinePlan[] = [];
  const width = Math.max(0, ...input.figures.map((f) => f.length));
  if (input.figures.length === 0 || width === 0) return { parts, sparklines };
  const first = columnLetters(input.dataColumn);
  const last = columnLetters(input.dataColumn + width - 1);
  const trend = columnLetters(input.trendColumn);
  const lastRow = input.firstRow + input.figures.length - 1;
  parts.blocks.push({
    address: `${first}${input.firstRow}`,
    values: input.figures.map((row) =>
      Array.from({ length: width }, (_, i): PlanValue => {
        const v = row[i];
        return v === null || v === undefined ? null : toSheetNumber(input.unit, v);
      }),
    ),
  });
  parts.styles.push({ range: `${first}${input.firstRow}:${last}${lastRow}`, style: { numberFormat: unitFormat(input.unit) } });
  input.figures.forEach((_, i) => {
    const row = input.firstRow + i;
    // No markers: LibreOffice 7.4 prints them as stray dots outside the cell (and no line at all),
    // so a missing month is bridged instead, which keeps a figure between gaps on the line.
    sparklines.push({ location: `${trend}${row}`, dataSheet: input.sheet, dataRange: `${first}${row}:${last}${row}`, color: input.color, connectGaps: true });
  });
  return { parts, sparklines };
}

/** Zero widths (hidden columns) for `count` columns from `first` (1-based). */
export function hiddenColumns(first: number, count: number): Record<number, number> {
  const widths: Record<number, number> = {};
  for (let c = first; c < first + count; c++) widths[c] = 0;
  return widths;
}
