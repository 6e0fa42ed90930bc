/** Reads a rectangle of data rows from a sheet, with the merges and hidden rows inside it. */
import { a1 } from "../domain/a1";
import type { CellValue } from "../domain/types";
import type { Worksheet } from "./excelts";
import { toCellValue } from "./toCellValue";

/** 1-based, inclusive bounds of a table's data rows. */
export interface DataArea {
  firstRow: number;
  lastRow: number;
  left: number;
  right: number;
}

export interface BlockContent {
  rows: CellValue[][];
  mergedAreas: string[];
  hiddenRows: number[];
}

/** One row's values across the area; missing cells are null. */
export function readRowValues(sheet: Worksheet, rowNumber: number, left: number, right: number): CellValue[] {
  const values: CellValue[] = new Array<CellValue>(right - left + 1).fill(null);
  const row = sheet.findRow(rowNumber);
  if (!row) return values;
  for (let column = left; column <= right; column++) {
    const cell = row.findCell(column);
    if (cell) values[column - left] = toCellValue(cell);
  }
  return values;
}

const isBlank = (values: CellValue[]): boolean => values.every((v) => v === null);

/**
 * The area's rows as plain values. Trailing blank rows are dropped (a new
 * Excel table keeps one empty row; a sheet's used range may end in formatted
 * blanks), blank rows between data are kept so row indexes match the sheet.
 */
export function readBlock(sheet: Worksheet, area: DataArea): BlockContent {
  const rows: CellValue[][] = [];
  for (let r = area.firstRow; r <= area.lastRow; r++) rows.push(readRowValues(sheet, r, area.left, area.right));
  while (rows.length > 0 && isBlank(rows[rows.length - 1]!)) rows.pop();

  const lastRow = area.firstRow + rows.length - 1;
  const hiddenRows: number[] = [];
  for (let r = area.firstRow; r <= lastRow; r++) if (sheet.findRow(r)?.hidden) hiddenRows.push(r - area.firstRow);

  const mergedAreas = sheet.mergedRegions
    .filter((m) => m.top <= lastRow && m.bottom >= area.firstRow && m.left <= area.right && m.right >= area.left)
    .slice()
    .sort((x, y) => x.top - y.top || x.left - y.left)
    .map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);

  return { rows, mergedAreas, hiddenRows };
}
