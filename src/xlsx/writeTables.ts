/** Writes plain tables as a new workbook, one real Excel table per sheet (used by `scorecard init`). */
import type { CellValue } from "../domain/types";
import { looksLikeFormula } from "../report/plan/textSafety";
import { newWorkbook, type Worksheet } from "./excelts";

/** One sheet holding one Excel table that starts at A1. */
export interface TableSheet {
  sheet: string;
  table: string;
  headers: string[];
  rows: CellValue[][];
  /** Column widths in characters, by column; missing ones are sized to the content. */
  columnWidths?: number[];
  /** Number formats for data cells, keyed by header (matched case- and space-insensitively). */
  numberFormats?: Record<string, string>;
}

const TABLE_STYLE = "TableStyleLight9";
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Enough rows to judge a column's width without walking a large table. */
const WIDTH_SAMPLE_ROWS = 500;

const key = (header: string): string => header.toLowerCase().replace(/\s+/g, "");

function displayLength(value: CellValue): number {
  if (value === null) return 0;
  if (value instanceof Date) return 11;
  if (typeof value === "number") return String(Math.round(value * 100) / 100).length;
  return Math.max(
    ...String(value)
      .split("\n")
      .map((line) => line.length),
  );
}

function fittedWidth(header: string, rows: CellValue[][], column: number): number {
  let longest = header.length + 3; // room for the filter button
  for (const row of rows.slice(0, WIDTH_SAMPLE_ROWS)) longest = Math.max(longest, displayLength(row[column] ?? null));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

function formatCells(sheet: Worksheet, spec: TableSheet): void {
  const formats = new Map(Object.entries(spec.numberFormats ?? {}).map(([header, format]) => [key(header), format]));
  spec.headers.forEach((header, c) => {
    const format = formats.get(key(header));
    spec.rows.forEach((row, r) => {
      const value = row[c] ?? null;
      // Text starting with "=" is already stored as text; the "@" format keeps
      // it text when someone edits the cell in Excel later.
      const cellFormat = typeof value === "string" && looksLikeFormula(value) ? "@" : format;
      if (cellFormat) sheet.getCell(r + 2, c + 1).numFmt = cellFormat;
    });
    const width = spec.columnWidths?.[c] ?? fittedWidth(header, spec.rows, c);
    // excelts treats a width of exactly 9 as "default" and drops it from the file.
    sheet.getColumn(c + 1).width = width === 9 ? 9.01 : width;
  });
}

function addTableSheet(sheet: Worksheet, spec: TableSheet): void {
  const width = spec.headers.length;
  // Excel expects a table to have at least one data row; an empty one is its own convention.
  const rows = spec.rows.length > 0 ? spec.rows : [new Array<CellValue>(width).fill(null)];
  sheet.addTable({
    name: spec.table,
    displayName: spec.table,
    ref: "A1",
    headerRow: true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: spec.headers.map((name) => ({ name, filterButton: true })),
    rows: rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null)),
  });
  sheet.views = [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "A2" }];
  formatCells(sheet, spec);
}

/**
 * A new workbook with each spec as a real Excel table at A1 of its own sheet:
 * light table style, frozen header row, columns sized to their content.
 * Strings are always stored as text, never as formulas.
 */
export async function writeTablesWorkbook(sheets: TableSheet[]): Promise<Uint8Array> {
  const workbook = newWorkbook();
  for (const spec of sheets) addTableSheet(workbook.addWorksheet(spec.sheet), spec);
  return workbook.xlsx.writeBuffer();
}
