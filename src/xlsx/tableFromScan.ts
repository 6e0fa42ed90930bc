/** Turns a scanned sheet into RawTables: an Excel table's area, or a sheet's used range. */
import { a1 } from "../domain/a1";
import type { CellValue, RawTable } from "../domain/types";
import type { Rect } from "./rangeRect";
import type { TablePart } from "./readTableParts";
import type { ScannedSheet } from "./scanSheet";

/** The value at (row, column), null when empty; `left` is the scan window's left column. */
function valueAt(scan: ScannedSheet, left: number, row: number, column: number): CellValue {
  return scan.rows[row]?.[column - left] ?? null;
}

function rowValues(scan: ScannedSheet, left: number, row: number, from: number, to: number): CellValue[] {
  const cells = scan.rows[row];
  const values = new Array<CellValue>(to - from + 1);
  for (let c = from; c <= to; c++) values[c - from] = cells?.[c - left] ?? null;
  return values;
}

/**
 * A row's values as the table's row: the scan's own array, cut to the area's
 * width with its holes filled, when the scan is the table's alone (no copy of
 * 100,000 rows); else a copy.
 */
function tableRow(scan: ScannedSheet, left: number, row: number, area: Rect, own: boolean): CellValue[] {
  const cells = scan.rows[row];
  if (!own || !cells || area.left !== left) return rowValues(scan, left, row, area.left, area.right);
  const width = area.right - area.left + 1;
  cells.length = width;
  for (let i = 0; i < width; i++) cells[i] ??= null;
  return cells;
}

/**
 * Data rows, merges and hidden rows of one area; trailing blank rows dropped,
 * blank rows between kept. `own`: the scan is read for this area alone, so its
 * rows may become the table's.
 */
function block(scan: ScannedSheet, left: number, area: Rect, own = false): Pick<RawTable, "rows" | "mergedAreas" | "hiddenRows"> {
  const rows: CellValue[][] = [];
  for (let r = area.top; r <= area.bottom; r++) rows.push(tableRow(scan, left, r, area, own));
  while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
  const lastRow = area.top + rows.length - 1;
  const hiddenRows: number[] = [];
  for (let r = area.top; r <= lastRow; r++) if (scan.hiddenRows.has(r)) hiddenRows.push(r - area.top);
  const mergedAreas = scan.merges
    .filter((m) => m.top <= lastRow && m.bottom >= area.top && m.left <= area.right && m.right >= area.left)
    .sort((x, y) => x.top - y.top || x.left - y.left)
    .map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  return { rows, mergedAreas, hiddenRows };
}

/** A header cell as text; a date or blank header falls back to the table's column name. */
function headerText(value: CellValue, columnName: string | undefined): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return (columnName ?? "").trim();
}

/** The first value touching the table from below (within its columns), else from the right (within its rows). */
function adjacentCell(scan: ScannedSheet, left: number, ref: Rect): RawTable["adjacentCell"] {
  for (let c = ref.left; c <= ref.right; c++) {
    if (valueAt(scan, left, ref.bottom + 1, c) !== null) return { cell: a1(ref.bottom + 1, c), side: "below" };
  }
  for (let r = ref.top; r <= ref.bottom; r++) {
    if (valueAt(scan, left, r, ref.right + 1) !== null) return { cell: a1(r, ref.right + 1), side: "right" };
  }
  return undefined;
}

/**
 * An Excel table as a RawTable. A table without a header row gets its column
 * names as headers and an origin one row above its first data row, so data
 * cell addresses still come out right; totals rows are not data. Pass `own`
 * when the scan was made for this table alone: its rows are then used, not
 * copied, and the scan must not be read again.
 */
export function tableFromScan(scan: ScannedSheet, left: number, sheet: string, table: TablePart, own = false): RawTable {
  const { ref } = table;
  const hasHeader = table.headerRows > 0;
  const originRow = hasHeader ? ref.top : ref.top - 1;
  const headerValues = hasHeader ? rowValues(scan, left, ref.top, ref.left, ref.right) : new Array<CellValue>(ref.right - ref.left + 1).fill(null);
  // The neighbours are looked at before the rows may be cut to the table's width.
  const adjacent = adjacentCell(scan, left, ref);
  const content = block(scan, left, { top: originRow + 1, bottom: ref.bottom - table.totalsRows, left: ref.left, right: ref.right }, own);
  return {
    name: table.name,
    sheet,
    origin: { row: originRow, column: ref.left },
    headers: headerValues.map((v, i) => headerText(v, table.columnNames[i])),
    ...content,
    source: "table",
    ...(adjacent ? { adjacentCell: adjacent } : {}),
  };
}

/** The bounding box of the cells that hold a value (formatting alone does not count). */
function usedRange(scan: ScannedSheet, left: number): Rect | undefined {
  let range: Rect | undefined;
  scan.rows.forEach((values, row) => {
    values.forEach((v, i) => {
      if (v === null || v === undefined) return;
      const column = left + i;
      if (!range) range = { top: row, bottom: row, left: column, right: column };
      range.top = Math.min(range.top, row);
      range.bottom = Math.max(range.bottom, row);
      range.left = Math.min(range.left, column);
      range.right = Math.max(range.right, column);
    });
  });
  return range;
}

/** A sheet with no Excel table read as one: its first non-empty row is the header (`source: "sheet"`). */
export function sheetRangeFromScan(scan: ScannedSheet, left: number, sheet: string): RawTable {
  const range = usedRange(scan, left);
  if (!range) return { name: sheet, sheet, origin: { row: 1, column: 1 }, headers: [], rows: [], source: "sheet", mergedAreas: [], hiddenRows: [] };
  const headers = rowValues(scan, left, range.top, range.left, range.right).map((v) =>
    v === null ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim(),
  );
  return {
    name: sheet,
    sheet,
    origin: { row: range.top, column: range.left },
    headers,
    ...block(scan, left, { top: range.top + 1, bottom: range.bottom, left: range.left, right: range.right }),
    source: "sheet",
  };
}
