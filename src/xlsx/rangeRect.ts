/** A1 ranges on a plan sheet as row/column rectangles, and absolute references to them. */
import { columnLetters, parseA1 } from "../domain/a1";

/** 1-based, inclusive bounds of a range. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B4:H6" or "C7" → its rectangle; the corners may come in either order. */
export function rangeRect(range: string): Rect {
  const [first, second = first] = range.split(":");
  const a = parseA1(first ?? "");
  const b = parseA1(second ?? "");
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** A sheet name as a formula wants it: always quoted, inner quotes doubled. */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "C5:C17" on "Dashboard Data" → "'Dashboard Data'!$C$5:$C$17". */
export function absoluteRef(sheet: string, range: string): string {
  const { top, left, bottom, right } = rangeRect(range);
  const corner = (row: number, column: number): string => `$${columnLetters(column)}$${row}`;
  const end = top === bottom && left === right ? "" : `:${corner(bottom, right)}`;
  return `${quoteSheetName(sheet)}!${corner(top, left)}${end}`;
}
