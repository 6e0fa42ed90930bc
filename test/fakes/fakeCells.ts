/**
 * What Excel does to cells when a range's values or number formats are set:
 * shape checks, null meaning "leave as is", "" clearing, and strings re-read
 * as if typed unless the cell's number format is text ("@").
 */
import { FakeOfficeError } from "./fakeErrors";
import type { FakeRect } from "./fakeAddress";
import type { CellState, SheetState, Stored } from "./fakeState";

const MAX_CELL_OPS = 2_000_000;
/** Excel holds at most this many characters (UTF-16 units) in a cell. */
export const FAKE_CELL_TEXT_LIMIT = 32_767;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function checkShape(rect: FakeRect, grid: unknown, what: string): asserts grid is unknown[][] {
  const ok = Array.isArray(grid) && grid.length === rect.rows && grid.every((row) => Array.isArray(row) && row.length === rect.columns);
  if (!ok) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array for ${what} doesn't match the size or dimensions of the range (${rect.rows}×${rect.columns}).`,
    );
  }
}

/** Excel serial of the first of a month (1900 date system, after Feb 1900). */
function monthSerial(year: number, monthIndex: number): number {
  return Math.round((Date.UTC(year, monthIndex, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** How Excel stores a string typed into a General cell. */
export function interpretTyped(text: string): { value?: Stored; formula?: string; numberFormat?: string } {
  if (text.startsWith("=")) return { formula: text };
  const trimmed = text.trim();
  if (trimmed !== "" && Number.isFinite(Number(trimmed))) return { value: Number(trimmed) };
  if (/^[+\-@]/.test(text)) return { formula: `=${text}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const m = /^([a-z]{3})[a-z]*\s+(\d{4})$/i.exec(trimmed);
  const month = m ? MONTHS.indexOf(m[1]!.toLowerCase()) : -1;
  if (m && month >= 0) return { value: monthSerial(Number(m[2]), month), numberFormat: "mmm-yy" };
  return { value: text };
}

function forEachCell(rect: FakeRect, fn: (row: number, column: number, r: number, c: number) => void): void {
  if (rect.rows * rect.columns > MAX_CELL_OPS) throw new FakeOfficeError("InvalidArgument", "Fake: cell-level operation on a range too large to simulate.");
  for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.columns; c++) fn(rect.row + r, rect.column + c, r, c);
}

export function writeValues(sheet: SheetState, rect: FakeRect, grid: unknown): void {
  checkShape(rect, grid, "values");
  sheet.guardWritable("change values");
  // Excel refuses the whole write, changing nothing, when one string is longer than a cell holds.
  for (const row of grid) {
    for (const v of row) {
      if (typeof v === "string" && v.length > FAKE_CELL_TEXT_LIMIT) {
        throw new FakeOfficeError("InvalidArgument", `The argument is invalid: text of ${v.length} characters is longer than a cell holds.`);
      }
    }
  }
  forEachCell(rect, (row, column, r, c) => {
    const v = grid[r]![c];
    if (v === null || v === undefined) return;
    const cell = sheet.ensure(row, column);
    delete cell.formula;
    delete cell.value;
    if (v === "") return;
    if (typeof v === "number" || typeof v === "boolean") {
      cell.value = v;
      return;
    }
    if (typeof v !== "string") throw new FakeOfficeError("InvalidArgument", `Fake: unsupported cell value ${JSON.stringify(v)}.`);
    if (cell.numberFormat === "@") {
      cell.value = v;
      return;
    }
    const typed = interpretTyped(v);
    if (typed.formula !== undefined) cell.formula = typed.formula;
    if (typed.value !== undefined) cell.value = typed.value;
    if (typed.numberFormat !== undefined && (cell.numberFormat === undefined || cell.numberFormat === "General")) cell.numberFormat = typed.numberFormat;
  });
}

export function writeNumberFormats(sheet: SheetState, rect: FakeRect, grid: unknown): void {
  // As documented for Range.numberFormat: a single value (a 1×1 array) applies to every cell of the range.
  const single = Array.isArray(grid) && grid.length === 1 && Array.isArray(grid[0]) && grid[0].length === 1;
  if (!single) checkShape(rect, grid, "numberFormat");
  const formats = grid as unknown[][];
  sheet.guardWritable("change number formats");
  forEachCell(rect, (row, column, r, c) => {
    const f = single ? formats[0]![0] : formats[r]![c];
    if (f === null || f === undefined) return;
    if (typeof f !== "string") throw new FakeOfficeError("InvalidArgument", "Number formats must be strings.");
    sheet.ensure(row, column).numberFormat = f;
  });
}

/** Apply a cell-format change to every cell of the rectangle. */
export function formatCells(sheet: SheetState, rect: FakeRect, change: (cell: CellState) => void): void {
  sheet.guardWritable("change formats");
  forEachCell(rect, (row, column) => change(sheet.ensure(row, column)));
}

export function readValues(sheet: SheetState, rect: FakeRect): Stored[][] {
  const out: Stored[][] = [];
  forEachCell(rect, (row, column, r) => {
    const cell = sheet.cell(row, column);
    (out[r] ??= []).push(cell?.formula ?? cell?.value ?? "");
  });
  return out;
}

export function readNumberFormats(sheet: SheetState, rect: FakeRect): string[][] {
  const out: string[][] = [];
  forEachCell(rect, (row, column, r) => (out[r] ??= []).push(sheet.cell(row, column)?.numberFormat ?? "General"));
  return out;
}

function overlaps(a: FakeRect, b: FakeRect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

/** Merging keeps the top-left value and clears the rest, as Excel does. */
export function mergeCells(sheet: SheetState, rect: FakeRect): void {
  sheet.guardWritable("merge cells");
  if (sheet.merges.some((m) => overlaps(m, rect))) throw new FakeOfficeError("InvalidOperation", "Cannot merge a range that overlaps a merged area.");
  forEachCell(rect, (row, column, r, c) => {
    if (r === 0 && c === 0) return;
    const cell = sheet.cell(row, column);
    if (cell) {
      delete cell.value;
      delete cell.formula;
    }
  });
  sheet.merges.push(rect);
}
