/** Reads a sheet with no Excel table as a table: its first non-empty row is the header. */
import type { RawTable } from "../domain/types";
import type { Worksheet } from "./excelts";
import { readBlock, readRowValues } from "./readBlock";
import { toCellValue } from "./toCellValue";

interface UsedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The bounding box of the cells that hold a value (formatting alone does not count). */
function usedRange(sheet: Worksheet): UsedRange | undefined {
  let range: UsedRange | undefined;
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, column) => {
      if (toCellValue(cell) === null) return;
      if (!range) range = { top: rowNumber, left: column, bottom: rowNumber, right: column };
      range.top = Math.min(range.top, rowNumber);
      range.bottom = Math.max(range.bottom, rowNumber);
      range.left = Math.min(range.left, column);
      range.right = Math.max(range.right, column);
    });
  });
  return range;
}

/**
 * The sheet's used range as a RawTable named after the sheet (`source:
 * "sheet"`). An empty sheet gives no headers and no rows.
 */
export function readSheetRange(sheet: Worksheet): RawTable {
  const name = sheet.name;
  const range = usedRange(sheet);
  if (!range) {
    return {
      name,
      sheet: sheet.name,
      origin: { row: 1, column: 1 },
      headers: [],
      rows: [],
      source: "sheet",
      mergedAreas: [],
      hiddenRows: [],
    };
  }
  const headers = readRowValues(sheet, range.top, range.left, range.right).map((v) =>
    v === null ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim(),
  );
  const content = readBlock(sheet, {
    firstRow: range.top + 1,
    lastRow: range.bottom,
    left: range.left,
    right: range.right,
  });
  return {
    name,
    sheet: sheet.name,
    origin: { row: range.top, column: range.left },
    headers,
    rows: content.rows,
    source: "sheet",
    mergedAreas: content.mergedAreas,
    hiddenRows: content.hiddenRows,
  };
}
