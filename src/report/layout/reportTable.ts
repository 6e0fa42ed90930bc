/**
 * A table on a report sheet: a header row, then data rows with each column's
 * format, alignment and wrapping, a light rule under every row, and row
 * heights sized to the wrapped text (the shells do not autofit).
 */
import { HEADER_STYLE, PALETTE } from "./palette";
import type { PlanValue } from "../plan/plan";
import { colLetter, tableRowRange, type ReportColumn } from "./reportColumns";
import type { SheetParts } from "./sheetParts";
import { emptyParts } from "./sheetParts";
import { wrapHeight } from "./wordWrap";

/** Data rows are at least this tall (points), a little above Excel's 15 so the rules breathe. */
export const REPORT_ROW_HEIGHT = 18;

/** The header row's style: bold on the dashboard's header fill, with a dark rule under it. */
export function headerStyleParts(columns: readonly ReportColumn[], row: number, parts: SheetParts): void {
  parts.styles.push({
    range: tableRowRange(columns, row),
    style: HEADER_STYLE,
  });
  columns.forEach((c, i) => {
    if (c.align && c.align !== "left") parts.styles.push({ range: `${colLetter(i)}${row}`, style: { horizontalAlignment: c.align } });
  });
  const tallest = Math.max(...columns.map((c) => wrapHeight(c.header, c.width, { bold: true, min: 20 })));
  parts.rowHeights[row] = tallest;
}

/** The height a row needs for its wrapped text, at least `min`. */
export function rowHeightFor(columns: readonly ReportColumn[], values: readonly PlanValue[], min = REPORT_ROW_HEIGHT): number {
  let height = min;
  values.forEach((v, i) => {
    const column = columns[i];
    if (typeof v !== "string" || !column?.wrap) return;
    height = Math.max(height, wrapHeight(v, column.width, { min }));
  });
  return height;
}

export interface ReportTableOptions {
  /** Leave the header row out (a continuation of a table above). */
  noHeader?: boolean;
  /** Least height of a data row, in points. */
  minRowHeight?: number;
}

/**
 * The table with its header at `startRow` (data from the next row), or its
 * data at `startRow` with `noHeader`. Returns its parts and its last row.
 */
export function reportTable(
  columns: readonly ReportColumn[],
  startRow: number,
  rows: readonly PlanValue[][],
  options: ReportTableOptions = {},
): { parts: SheetParts; lastRow: number; firstDataRow: number } {
  const parts = emptyParts();
  let first = startRow;
  if (!options.noHeader) {
    parts.blocks.push({ address: `${colLetter(0)}${startRow}`, values: [columns.map((c) => c.header)] });
    headerStyleParts(columns, startRow, parts);
    first = startRow + 1;
  }
  if (rows.length === 0) return { parts, lastRow: first - 1, firstDataRow: first };
  const last = first + rows.length - 1;
  parts.blocks.push({ address: `${colLetter(0)}${first}`, values: rows.map((r) => [...r]) });
  parts.styles.push({
    range: `${colLetter(0)}${first}:${colLetter(columns.length - 1)}${last}`,
    style: { verticalAlignment: "center", border: { bottom: true, color: PALETTE.lightRule } },
  });
  columns.forEach((c, i) => {
    const style = {
      ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
      ...(c.align && c.align !== "left" ? { horizontalAlignment: c.align } : {}),
      ...(c.wrap ? { wrapText: true } : {}),
    };
    if (Object.keys(style).length > 0) parts.styles.push({ range: `${colLetter(i)}${first}:${colLetter(i)}${last}`, style });
  });
  rows.forEach((values, r) => {
    parts.rowHeights[first + r] = rowHeightFor(columns, values, options.minRowHeight);
  });
  return { parts, lastRow: last, firstDataRow: first };
}

/** One italic, muted line across the table (e.g. "No actions are overdue."), merged. */
export function noteRow(columns: readonly ReportColumn[], row: number, text: string): SheetParts {
  const parts = emptyParts();
  parts.blocks.push({ address: `${colLetter(0)}${row}`, values: [[text]] });
  parts.merges.push(tableRowRange(columns, row));
  parts.styles.push({ range: tableRowRange(columns, row), style: { italic: true, fontColor: PALETTE.muted, wrapText: true, verticalAlignment: "top" } });
  parts.rowHeights[row] = wrapHeight(text, columns.reduce((s, c) => s + c.width, 0), { min: REPORT_ROW_HEIGHT });
  return parts;
}

/** A section heading across the table: bold, larger, on the dashboard's section fill. */
export function sectionHeading(columns: readonly ReportColumn[], row: number, text: string): SheetParts {
  const parts = emptyParts();
  parts.blocks.push({ address: `${colLetter(0)}${row}`, values: [[text]] });
  parts.merges.push(tableRowRange(columns, row));
  parts.styles.push({
    range: tableRowRange(columns, row),
    style: { bold: true, fontSize: 13, fill: PALETTE.sectionFill, verticalAlignment: "center", border: { bottom: true, color: PALETTE.rule } },
  });
  parts.rowHeights[row] = 22;
  return parts;
}
