/**
 * Columns of the framework's report sheets (Notice tracker, area scorecards,
 * budget, plan actions). As on the dashboard, column A is the hidden key column
 * and the table starts in B; each sheet declares its columns once, and the
 * widths, header row and per-column formats all come from that declaration.
 */
import { columnLetters } from "../../domain/a1";

export interface ReportColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** Excel number format for the column's data cells. */
  numberFormat?: string;
  align?: "left" | "center" | "right";
  /** Text wraps within the column (row heights grow to fit). */
  wrap?: boolean;
}

/** The first column of every report table: B, beside the hidden key column. */
export const REPORT_FIRST_COL = 2;

/**
 * About how many characters of column width print across A4 landscape at
 * full size (Excel's default margins); wider sheets are shrunk to fit.
 */
export const PAGE_WIDTH_CHARS = 140;

/** 1-based column → width, with column A at zero width so the shells hide it. */
export function reportWidths(columns: readonly ReportColumn[]): Record<number, number> {
  const widths: Record<number, number> = { 1: 0 };
  columns.forEach((c, i) => {
    widths[REPORT_FIRST_COL + i] = c.width;
  });
  return widths;
}

/** Total width in characters of the columns from `first` to `last` (0-based indexes into `columns`). */
export function columnsWidth(columns: readonly ReportColumn[], first = 0, last = columns.length - 1): number {
  return columns.slice(first, last + 1).reduce((sum, c) => sum + c.width, 0);
}

/** Letter of the report column at 0-based index `i`: 0 → "B". */
export function colLetter(i: number): string {
  return columnLetters(REPORT_FIRST_COL + i);
}

/** "B7:M7": a whole row of the table, or the columns `first`..`last` (0-based) of it. */
export function tableRowRange(columns: readonly ReportColumn[], row: number, first = 0, last = columns.length - 1): string {
  return `${colLetter(first)}${row}:${colLetter(last)}${row}`;
}
