/** One table's values, as Excel hands them over, turned into the RawTable both shells produce. */
import type { CellValue, RawTable } from "../domain/types";
import { adjacentCellOf, type ExtraReads, hiddenDataRows, mergedAreasIn } from "./tableExtras";

/** A wanted table found in the workbook: an Excel table, or a sheet of that name read as one. */
export interface Found {
  name: string;
  source: "table" | "sheet";
  showHeaders: boolean;
  showTotals: boolean;
  /** The table's whole range, or the sheet's used range (values only). */
  range(): Excel.Range;
  worksheet(): Excel.Worksheet;
}

/** Where a found table sits, once read. */
export interface Located {
  found: Found;
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** True for the error a response over the host's cap gives. */
export function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";
}

/** Excel hands blank cells over as ""; the domain expects null. Dates stay serial numbers. */
function toCell(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

const isBlankRow = (row: readonly CellValue[]): boolean => row.every((v) => v === null);

/** A table from its whole range's values (header, data, total row) and its extras. */
export function toRawTable(at: Located, values: readonly unknown[][], extras: ExtraReads): RawTable {
  const { found } = at;
  const headerRow = found.showHeaders ? values[0] ?? [] : [];
  const body = values.slice(found.showHeaders ? 1 : 0, found.showTotals ? Math.max(0, values.length - 1) : values.length);
  const rows = body.map((row) => row.map(toCell));
  // A new Excel table keeps one empty row; a used range may end in blanks: neither is data.
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]!)) rows.pop();
  const headers = headerRow.map((h) => (h === null || h === undefined ? "" : String(h).trim()));
  const blankSheet = found.source === "sheet" && rows.length === 0 && headers.every((h) => h === "");
  // 1-based sheet row of the header row (or where it would sit); data starts on the next.
  const originRow = found.showHeaders ? at.rowIndex + 1 : at.rowIndex;
  const firstDataRow = originRow + 1;
  const table: RawTable = {
    name: found.source === "sheet" ? at.sheet : found.name,
    sheet: at.sheet,
    origin: blankSheet ? { row: 1, column: 1 } : { row: originRow, column: at.columnIndex + 1 },
    headers: blankSheet ? [] : headers,
    rows,
    source: found.source,
    hiddenRows: hiddenDataRows(extras, firstDataRow, rows.length),
  };
  const merged = mergedAreasIn(extras, firstDataRow, firstDataRow + rows.length - 1);
  if (merged) table.mergedAreas = merged;
  if (found.source === "table") {
    const adjacent = adjacentCellOf(extras, { row: at.rowIndex, column: at.columnIndex, rows: at.rowCount, columns: at.columnCount });
    if (adjacent) table.adjacentCell = adjacent;
  }
  return table;
}
