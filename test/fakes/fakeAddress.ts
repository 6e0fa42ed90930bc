/**
 * The fake's own address parsing (kept apart from src/excel's so a bug there
 * cannot hide itself). 0-based rows and columns; whole columns ("C:C") and
 * whole rows ("5:5") are supported.
 */
import { columnLetters, parseA1 } from "../../src/domain/a1";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface FakeRect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

function columnNumber(letters: string): number {
  return parseA1(`${letters}1`).column;
}

/** Parses "A1", "B4:H6", "C:C", "C:E", "5:5" (a "Sheet!" prefix is ignored). */
export function parseAddress(address: string): FakeRect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a = "", b = a] = local.replace(/\$/g, "").split(":");
  if (/^[A-Za-z]+$/.test(a) && /^[A-Za-z]+$/.test(b)) {
    const c1 = columnNumber(a);
    const c2 = columnNumber(b);
    return { row: 0, column: Math.min(c1, c2) - 1, rows: MAX_ROWS, columns: Math.abs(c2 - c1) + 1 };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const r1 = Number(a);
    const r2 = Number(b);
    return { row: Math.min(r1, r2) - 1, column: 0, rows: Math.abs(r2 - r1) + 1, columns: MAX_COLUMNS };
  }
  const p = parseA1(a);
  const q = parseA1(b);
  return {
    row: Math.min(p.row, q.row) - 1,
    column: Math.min(p.column, q.column) - 1,
    rows: Math.abs(q.row - p.row) + 1,
    columns: Math.abs(q.column - p.column) + 1,
  };
}

/** "B4" or "B4:H6" for a 0-based rectangle. */
export function formatAddress(rect: FakeRect): string {
  const start = `${columnLetters(rect.column + 1)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return start;
  return `${start}:${columnLetters(rect.column + rect.columns)}${rect.row + rect.rows}`;
}

/** Excel's sheet-qualified address: quotes names that need it. */
export function qualifiedAddress(sheetName: string, rect: FakeRect): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${quoted}!${formatAddress(rect)}`;
}
