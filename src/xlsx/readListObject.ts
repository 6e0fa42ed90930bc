/** Reads one Excel table (ListObject) into a RawTable. */
import { parseA1 } from "../domain/a1";
import type { CellValue, RawTable } from "../domain/types";
import type { Table, Worksheet } from "./excelts";
import { readBlock, readRowValues } from "./readBlock";

/** "B5:F7" (or a single cell "B5") → 1-based bounds. */
function parseRef(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = ref.split(":") as [string, string?];
  const a = parseA1(from);
  const b = parseA1(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** A header cell as text; a date or blank header falls back to the table's column name. */
function headerText(value: CellValue, columnName: string | undefined): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return (columnName ?? "").trim();
}

/**
 * The table's header and data rows. A table without a header row gets its
 * column names as headers and an origin one row above its first data row, so
 * data cell addresses still come out right. A totals row is not data.
 */
export function readListObject(sheet: Worksheet, table: Table): RawTable {
  const bounds = parseRef(table.ref);
  const hasHeader = table.headerRow !== false;
  const originRow = hasHeader ? bounds.top : bounds.top - 1;
  const lastRow = table.totalsRow ? bounds.bottom - 1 : bounds.bottom;
  const columnNames = table.table.columns.map((c) => c.name);
  const headerValues = hasHeader
    ? readRowValues(sheet, bounds.top, bounds.left, bounds.right)
    : new Array<CellValue>(bounds.right - bounds.left + 1).fill(null);
  const content = readBlock(sheet, { firstRow: originRow + 1, lastRow, left: bounds.left, right: bounds.right });
  return {
    name: table.displayName || table.name,
    sheet: sheet.name,
    origin: { row: originRow, column: bounds.left },
    headers: headerValues.map((v, i) => headerText(v, columnNames[i])),
    rows: content.rows,
    source: "table",
    mergedAreas: content.mergedAreas,
    hiddenRows: content.hiddenRows,
  };
}
