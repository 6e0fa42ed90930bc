/**
 * The optional columns of one IndicatorData row: Numerator, Denominator, As at
 * and Note, with the checks that need only that row.
 *
 * Cells are passed as their value and their place (0-based data row and
 * column), and an address is made only when an issue is reported: a large
 * table has hundreds of thousands of cells and almost none of them has an issue.
 */
import { describeNotNumber, isBlankCell, plainFigure, readCellNumber } from "../cellNumbers";
import { cellText, quoteCellText } from "../cellText";
import { issue } from "./issue";
import { monthKey, monthLabel, parseDay, dayLabel } from "../periods";
import { dataCell } from "../tableCells";
import type { CellValue, Indicator, MonthIndex, RawTable, ValidationIssue } from "../types";
import { cellPlace } from "./cellPlace";

/**
 * A parser that remembers its answer for each text or number it has seen:
 * Period and As at repeat on thousands of rows, and parsing dates is costly.
 * Dates are parsed every time (each is its own object).
 */
export function remembering<V extends CellValue | undefined, T>(parse: (value: V) => T): (value: V) => T {
  const seen = new Map<string | number, T>();
  return (value) => {
    if (typeof value !== "string" && typeof value !== "number") return parse(value);
    if (seen.has(value)) return seen.get(value) as T;
    const parsed = parse(value);
    seen.set(value, parsed);
    return parsed;
  };
}

/** `remembering` for functions of text only. */
export function rememberingText<T>(parse: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text) as T;
    const parsed = parse(text);
    seen.set(text, parsed);
    return parsed;
  };
}

const monthStarts = new Map<MonthIndex, string>();

/** "2012-10-01": the first day of a month as ISO text, kept per month. */
function monthStart(month: MonthIndex): string {
  let text = monthStarts.get(month);
  if (text === undefined) monthStarts.set(month, (text = `${monthKey(month)}-01`));
  return text;
}

/**
 * A Numerator or Denominator: a number, or undefined when blank or unreadable (reported).
 * Blank cells and plain numbers, nearly every cell, are answered without reading them as text.
 */
export function readCount(
  table: RawTable,
  value: CellValue | undefined,
  row: number,
  columnIndex: number,
  column: "Numerator" | "Denominator",
  issues: ValidationIssue[],
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const plain = plainFigure(value);
  if (plain !== undefined) return plain;
  const read = readCellNumber(value);
  if (read.kind === "number") return read.value;
  if (read.kind !== "blank") {
    const rule = column === "Numerator" ? "bad-numerator" : "bad-denominator";
    const ref = dataCell(table, row, columnIndex);
    issues.push(
      issue(
        rule,
        ref,
        `${cellPlace(table.name, column, ref)} ${describeNotNumber(read)}. Enter the ${column.toLowerCase()} as a number or leave it blank.`,
      ),
    );
  }
  return undefined;
}

/**
 * `zero-denominator` and `numerator-above-denominator`, for data row `row` (0-based)
 * that gives both counts, `n` and `d`, in the table's Numerator and Denominator
 * `columns`. Plain numbers, not objects: it runs on every row of a large table.
 */
export function checkCountPair(
  table: RawTable,
  indicator: Indicator,
  row: number,
  n: number,
  d: number,
  columns: { numerator?: number; denominator?: number },
  issues: ValidationIssue[],
): void {
  if (d === 0) {
    const ref = dataCell(table, row, columns.denominator!);
    issues.push(
      issue(
        "zero-denominator",
        ref,
        `${cellPlace(table.name, "Denominator", ref)} is 0 while the numerator is ${n}; a rate cannot be worked out from a zero denominator.`,
      ),
    );
    return;
  }
  if (indicator.unit === "percent" && d > 0 && n > d) {
    const ref = dataCell(table, row, columns.numerator!);
    issues.push(
      issue(
        "numerator-above-denominator",
        ref,
        `${cellPlace(table.name, "Numerator", ref)} is ${n}, more than the denominator ${d}, so ${indicator.code} would be over 100%.`,
      ),
    );
  }
}

/** The As at extract date as ISO, with `bad-as-at` and `as-at-before-period`. */
export function readAsAt(
  table: RawTable,
  value: CellValue | undefined,
  row: number,
  column: number,
  month: MonthIndex | undefined,
  issues: ValidationIssue[],
  readDay: (value: CellValue) => string | undefined = parseDay,
): string | undefined {
  if (isBlankCell(value)) return undefined;
  const day = readDay(value ?? null);
  if (day === undefined) {
    const shown = value instanceof Date ? "an invalid date" : quoteCellText(String(value));
    const ref = dataCell(table, row, column);
    issues.push(
      issue(
        "bad-as-at",
        ref,
        `${cellPlace(table.name, "As at", ref)} holds ${shown}, which is not a date. Write the extract date as a date, e.g. 13/03/2011.`,
      ),
    );
    return undefined;
  }
  if (month !== undefined && day < monthStart(month)) {
    const ref = dataCell(table, row, column);
    issues.push(
      issue(
        "as-at-before-period",
        ref,
        `${cellPlace(table.name, "As at", ref)} says the figures were extracted on ${dayLabel(day)}, before ${monthLabel(month)} began. Check the Period or the extract date.`,
      ),
    );
  }
  return day;
}

/** The Note as trimmed text; undefined when blank. */
export function readNote(value: CellValue | undefined): string | undefined {
  if (isBlankCell(value)) return undefined;
  return cellText(value) || undefined;
}
