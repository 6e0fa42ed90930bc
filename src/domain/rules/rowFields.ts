/**
 * The optional columns of one IndicatorData row: Numerator, Denominator, As at
 * and Note, with the checks that need only that row.
 */
import { describeNotNumber, isBlankCell, readCellNumber } from "../cellNumbers";
import { cellText, quoteCellText } from "../cellText";
import { issue } from "./issue";
import { monthKey, monthLabel, parseDay, dayLabel } from "../periods";
import { dataCell } from "../tableCells";
import type { CellValue, CellRef, Indicator, MonthIndex, RawTable, ValidationIssue } from "../types";
import { cellPlace } from "./cellPlace";

/**
 * One cell of a row, by column index, with its address. The address is worked
 * out only when asked for (an issue or the Value cell): making an A1 string for
 * every cell of a large table was a good part of the validation time.
 */
export class RowCell {
  private address: CellRef | undefined;
  constructor(
    readonly value: CellValue | undefined,
    private readonly table: RawTable,
    private readonly row: number,
    private readonly column: number,
  ) {}

  get at(): CellRef {
    return (this.address ??= dataCell(this.table, this.row, this.column));
  }
}

export function rowCell(table: RawTable, row: number, column: number | undefined): RowCell | undefined {
  if (column === undefined) return undefined;
  return new RowCell(table.rows[row]?.[column], table, row, column);
}

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

/** A Numerator or Denominator: a number, or undefined when blank or unreadable (reported). */
export function readCount(
  table: RawTable,
  cell: RowCell | undefined,
  column: "Numerator" | "Denominator",
  issues: ValidationIssue[],
): number | undefined {
  if (!cell) return undefined;
  const read = readCellNumber(cell.value);
  if (read.kind === "number") return read.value;
  if (read.kind !== "blank") {
    const rule = column === "Numerator" ? "bad-numerator" : "bad-denominator";
    issues.push(
      issue(
        rule,
        cell.at,
        `${cellPlace(table.name, column, cell.at)} ${describeNotNumber(read)}. Enter the ${column.toLowerCase()} as a number or leave it blank.`,
      ),
    );
  }
  return undefined;
}

/** `zero-denominator` and `numerator-above-denominator`. */
export function checkCountPair(
  table: RawTable,
  indicator: Indicator,
  numerator: { n: number; cell: RowCell } | undefined,
  denominator: { d: number; cell: RowCell } | undefined,
  issues: ValidationIssue[],
): void {
  if (!numerator || !denominator) return;
  const { n } = numerator;
  const { d, cell } = denominator;
  if (d === 0) {
    issues.push(
      issue(
        "zero-denominator",
        cell.at,
        `${cellPlace(table.name, "Denominator", cell.at)} is 0 while the numerator is ${n}; a rate cannot be worked out from a zero denominator.`,
      ),
    );
    return;
  }
  if (indicator.unit === "percent" && d > 0 && n > d) {
    const at = numerator.cell.at;
    issues.push(
      issue(
        "numerator-above-denominator",
        at,
        `${cellPlace(table.name, "Numerator", at)} is ${n}, more than the denominator ${d}, so ${indicator.code} would be over 100%.`,
      ),
    );
  }
}

/** The As at extract date as ISO, with `bad-as-at` and `as-at-before-period`. */
export function readAsAt(
  table: RawTable,
  cell: RowCell | undefined,
  month: MonthIndex | undefined,
  issues: ValidationIssue[],
  readDay: (value: CellValue) => string | undefined = parseDay,
): string | undefined {
  if (!cell || isBlankCell(cell.value)) return undefined;
  const day = readDay(cell.value ?? null);
  if (day === undefined) {
    const shown = cell.value instanceof Date ? "an invalid date" : quoteCellText(String(cell.value));
    issues.push(
      issue(
        "bad-as-at",
        cell.at,
        `${cellPlace(table.name, "As at", cell.at)} holds ${shown}, which is not a date. Write the extract date as a date, e.g. 13/03/2011.`,
      ),
    );
    return undefined;
  }
  if (month !== undefined && day < monthStart(month)) {
    issues.push(
      issue(
        "as-at-before-period",
        cell.at,
        `${cellPlace(table.name, "As at", cell.at)} says the figures were extracted on ${dayLabel(day)}, before ${monthLabel(month)} began. Check the Period or the extract date.`,
      ),
    );
  }
  return day;
}

/** The Note as trimmed text; undefined when blank. */
export function readNote(cell: RowCell | undefined): string | undefined {
  if (!cell || isBlankCell(cell.value)) return undefined;
  return cellText(cell.value) || undefined;
}
