/** Addresses of cells inside a RawTable, so every issue can point at its cell. */
import { a1 } from "./a1";
import type { CellRef, RawTable } from "./types";

/** The header cell of a column (0-based column index within the table). */
export function headerCell(table: RawTable, columnIndex: number): CellRef {
  return { sheet: table.sheet, cell: a1(table.origin.row, table.origin.column + columnIndex) };
}

/** A data cell (0-based data row and column indexes within the table). */
export function dataCell(table: RawTable, rowIndex: number, columnIndex: number): CellRef {
  return { sheet: table.sheet, cell: a1(table.origin.row + 1 + rowIndex, table.origin.column + columnIndex) };
}

/** The table's top-left cell, for issues about the table as a whole. */
export function tableCell(table: RawTable): CellRef {
  return headerCell(table, 0);
}
