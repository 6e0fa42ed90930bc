/**
 * Rectangles of cells and their A1 addresses, for the shell's own bookkeeping
 * (block shapes, chunks, used ranges). 1-based rows and columns.
 */
import { a1, columnLetters, parseA1 } from "../domain/a1";

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** "B4:H6" or "C7" (an optional "Sheet!" prefix is ignored) → its rectangle. */
export function parseRange(address: string): Rect {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, second] = local.split(":");
  const start = parseA1(first ?? "");
  const end = second === undefined ? start : parseA1(second);
  const row = Math.min(start.row, end.row);
  const column = Math.min(start.column, end.column);
  return { row, column, rows: Math.abs(end.row - start.row) + 1, columns: Math.abs(end.column - start.column) + 1 };
}

/** The A1 address of a rectangle ("B4:H6", or "C7" for one cell). */
export function rectAddress(rect: Rect): string {
  const start = a1(rect.row, rect.column);
  if (rect.rows === 1 && rect.columns === 1) return start;
  return `${start}:${a1(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
}

/** The rectangle a 2-D block of values covers when its top-left is `topLeft`. */
export function blockRect(topLeft: string, values: readonly (readonly unknown[])[]): Rect {
  const start = parseRange(topLeft);
  return { row: start.row, column: start.column, rows: values.length, columns: values[0]?.length ?? 0 };
}

/** A whole column ("C:C") for widths and hiding. */
export function columnAddress(column: number): string {
  const letters = columnLetters(column);
  return `${letters}:${letters}`;
}

/** A whole row ("5:5") for heights. */
export function rowAddress(row: number): string {
  return `${row}:${row}`;
}

/** Whether two rectangles share a cell. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}
