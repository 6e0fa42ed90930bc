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

/** Error values Excel recognises when they are typed. */
const ERROR_LITERALS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);

function daySerial(year: number, monthIndex: number, day: number): number {
  return Math.round((Date.UTC(year, monthIndex, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** What a typed string becomes in a cell. */
export interface Typed {
  value?: Stored;
  formula?: string;
  /** A number format Excel picks for what it recognised (a date, a time, a fraction). */
  numberFormat?: string;
  error?: true;
}

/**
 * How Excel stores a string typed into a cell — or assigned to `Range.values`,
 * which Excel reads the same way — whose number format is `format`.
 * A text format ("@") keeps most strings as they are, but not all: a leading
 * apostrophe is still taken as the "this is text" mark and dropped, and an
 * error literal still becomes that error.
 */
export function interpretTyped(text: string, format = "General"): Typed {
  if (text.startsWith("'")) return { value: text.slice(1) };
  const trimmed = text.trim();
  if (ERROR_LITERALS.has(trimmed.toUpperCase())) return { value: trimmed.toUpperCase(), error: true };
  if (format === "@") return { value: text };
  if (text.startsWith("=")) return { formula: text };
  if (trimmed !== "" && Number.isFinite(Number(trimmed))) return { value: Number(trimmed) };
  if (/^[+\-@]/.test(text)) return { formula: `=${text}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const monthYear = /^([a-z]{3})[a-z]*\s+(\d{4})$/i.exec(trimmed);
  const month = monthYear ? MONTHS.indexOf(monthYear[1]!.toLowerCase()) : -1;
  if (monthYear && month >= 0) return { value: daySerial(Number(monthYear[2]), month, 1), numberFormat: "mmm-yy" };
  const dayMonth = /^(\d{1,2})[\s-]([a-z]{3})[a-z]*$/i.exec(trimmed);
  const dm = dayMonth ? MONTHS.indexOf(dayMonth[2]!.toLowerCase()) : -1;
  if (dayMonth && dm >= 0) return { value: daySerial(new Date().getUTCFullYear(), dm, Number(dayMonth[1])), numberFormat: "d-mmm" };
  const time = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]m)?$/i.exec(trimmed);
  if (time && (time[2] !== undefined || time[4] !== undefined)) {
    const hour = (Number(time[1]) % (time[4] ? 12 : 24)) + (time[4]?.toLowerCase() === "pm" ? 12 : 0);
    return { value: (hour * 3600 + Number(time[2] ?? 0) * 60 + Number(time[3] ?? 0)) / 86_400, numberFormat: time[4] ? "h:mm AM/PM" : "h:mm" };
  }
  const fraction = /^(-?\d+)\s+(\d+)\/(\d+)$/.exec(trimmed);
  if (fraction && Number(fraction[3]) !== 0) {
    const whole = Number(fraction[1]);
    const part = Number(fraction[2]) / Number(fraction[3]);
    return { value: whole < 0 ? whole - part : whole + part, numberFormat: "# ?/?" };
  }
  const date = /^(\d{1,4})[/-](\d{1,2})(?:[/-](\d{1,4}))?$/.exec(trimmed);
  if (date) {
    // Day first, as on a UK host; ISO when the year leads.
    const [a, b, c] = [Number(date[1]), Number(date[2]), date[3] === undefined ? undefined : Number(date[3])];
    const iso = date[1]!.length === 4;
    const [year, mon, day] = iso ? [a, b, c ?? 1] : [c === undefined ? new Date().getUTCFullYear() : c < 100 ? 2000 + c : c, b, a];
    if (mon >= 1 && mon <= 12 && day >= 1 && day <= 31) return { value: daySerial(year, mon - 1, day), numberFormat: "dd/mm/yyyy" };
  }
  return { value: text };
}

/** Store what `text` becomes in `cell`; a recognised format is applied only to a General cell. */
export function storeTyped(cell: CellState, text: string): void {
  delete cell.formula;
  delete cell.value;
  delete cell.error;
  const typed = interpretTyped(text, cell.numberFormat ?? "General");
  if (typed.formula !== undefined) cell.formula = typed.formula;
  if (typed.value !== undefined) cell.value = typed.value;
  if (typed.error) cell.error = true;
  if (typed.numberFormat !== undefined && (cell.numberFormat === undefined || cell.numberFormat === "General")) cell.numberFormat = typed.numberFormat;
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
    delete cell.error;
    if (v === "") return;
    if (typeof v === "number" || typeof v === "boolean") {
      cell.value = v;
      return;
    }
    if (typeof v !== "string") throw new FakeOfficeError("InvalidArgument", `Fake: unsupported cell value ${JSON.stringify(v)}.`);
    storeTyped(cell, v);
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

/** Excel's RangeValueType of each cell: Empty, Double, String, Boolean or Error. */
export function readValueTypes(sheet: SheetState, rect: FakeRect): string[][] {
  const out: string[][] = [];
  forEachCell(rect, (row, column, r) => {
    const cell = sheet.cell(row, column);
    const v = cell?.value;
    const type = cell?.error ? "Error" : v === undefined && cell?.formula === undefined ? "Empty" : typeof v === "boolean" ? "Boolean" : typeof v === "string" ? "String" : "Double";
    (out[r] ??= []).push(type);
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
