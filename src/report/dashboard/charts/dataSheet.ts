/**
 * The "Dashboard Data" sheet: the numbers behind each chart, one block per
 * indicator, so the charts are native Excel charts over real cells. It prints
 * on A4 portrait, one page wide, with no block split across pages.
 */
import type { IndicatorResult } from "../../../domain/results";
import { monthLabel } from "../../../domain/periods";
import type { MonthIndex } from "../../../domain/types";
import { chartRows } from "./chartRows";
import type { ChartFigures } from "./indicatorChart";
import type { Band } from "../../layout/pageBreaks";
import { pageBreaks } from "../../layout/pageBreaks";
import type { CellBlock, PlanValue, RangeStyle, SheetPlan } from "../../plan/plan";
import { PRINT_MARGINS, printFooter } from "../../layout/printFooter";
import { toSheetNumber, unitFormat } from "../../layout/unitFormat";

export const DATA_SHEET_KEY = "dashboard-data";
export const DATA_SHEET_NAME = "Dashboard Data";
export const DATA_NOTE = "Chart data for the Member Dashboard, generated — edits here are overwritten on refresh.";
export const DATA_HEADERS = [
  "Month",
  "Value",
  "Statutory target",
  "Path to statutory target",
  "Internal target",
  "April: year-to-date restarts",
  "Series break",
] as const;

/** Where one indicator's chart data sit on the data sheet (A1 ranges, no sheet name). */
export interface ChartRanges {
  categories: string;
  value: string;
  statutory: string;
  path: string;
  internal: string;
  restart: string;
  seriesBreak: string;
}

// Blocks start on row 3: row 1 holds the note (and the hidden marker in A1).
const FIRST_BLOCK_ROW = 3;
const ROW_HEIGHT = 15;
/** Printable height of A4 portrait in points with the report margins, less the repeated note row. */
const PORTRAIT_PAGE_HEIGHT = 842 - 72 * (PRINT_MARGINS.top + PRINT_MARGINS.bottom) - 40;

/**
 * The data sheet and, by indicator code, the ranges its chart reads and the
 * figures written there. Each block: the indicator's name, a header row, then
 * one row per month shown.
 */
export function dataSheet(
  results: readonly IndicatorResult[],
  month: MonthIndex,
  monthsShown: number,
  name: string,
): { sheet: SheetPlan; ranges: Map<string, ChartRanges>; figures: Map<string, ChartFigures> } {
  const blocks: CellBlock[] = [{ address: "B1", values: [[DATA_NOTE]] }];
  const styles: RangeStyle[] = [{ range: "B1", style: { italic: true, fontColor: "#595959" } }];
  const ranges = new Map<string, ChartRanges>();
  const figures = new Map<string, ChartFigures>();
  const bands: Band[] = [];
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
        [result.indicator.name, null, null, null, null, null, null],
        [...DATA_HEADERS],
        ...data.map((d) => [monthLabel(d.month), num(d.value), num(d.statutory), num(d.path), num(d.internal), num(d.restart), num(d.seriesBreak)]),
      ],
    });
    styles.push(
      { range: `B${row}`, style: { bold: true } },
      { range: `B${row + 1}:H${row + 1}`, style: { bold: true, wrapText: true, verticalAlignment: "bottom", border: { bottom: true } } },
      { range: `C${first}:H${last}`, style: { numberFormat: unitFormat(unit) } },
    );
    const column = (c: "B" | "C" | "D" | "E" | "F" | "G" | "H"): string => `${c}${first}:${c}${last}`;
    ranges.set(result.code, {
      categories: column("B"),
      value: column("C"),
      statutory: column("D"),
      path: column("E"),
      internal: column("F"),
      restart: column("G"),
      seriesBreak: column("H"),
    });
    figures.set(result.code, {
      months: data.map((d) => d.month),
      value: data.map((d) => d.value),
      statutory: data.map((d) => d.statutory),
      path: data.map((d) => d.path),
      internal: data.map((d) => d.internal),
      restart: data.map((d) => d.restart),
      seriesBreak: data.map((d) => d.seriesBreak),
    });
    // Name, two-line header, the months and the blank row after.
    bands.push({ startRow: row, height: ROW_HEIGHT * (data.length + 2) + 44 });
    row = last + 2;
  }
  const rowHeights: Record<number, number> = {};
  for (const r of ranges.values()) rowHeights[Number(/\d+/.exec(r.categories)![0]) - 1] = 44;
  const lastRow = Math.max(1, row - 2);
  const breaks = pageBreaks(bands, PORTRAIT_PAGE_HEIGHT, ROW_HEIGHT * 2);
  const sheet: SheetPlan = {
    key: DATA_SHEET_KEY,
    name,
    blocks,
    styles,
    merges: [],
    columnWidths: { 1: 0, 2: 12, 3: 11, 4: 12, 5: 14, 6: 12, 7: 14, 8: 11 },
    rowHeights,
    freeze: { rows: 1, columns: 0 },
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToPagesWide: 1,
      titleRows: { first: 1, last: 1 },
      area: `B1:H${lastRow}`,
      ...(breaks.length > 0 ? { rowBreaks: breaks } : {}),
      footer: printFooter(month),
      margins: PRINT_MARGINS,
    },
    charts: [],
    inputs: [],
    tabColor: "#7F7F7F",
  };
  return { sheet, ranges, figures };
}
