/**
 * Months, financial years (April to March), and the many ways a month is
 * written in council spreadsheets.
 * A month is a single integer (`MonthIndex`) so that series arithmetic is cheap.
 */
import type { CellValue, MonthIndex } from "./types";

const MONTH_NAMES = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];
const SHORT_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function monthIndex(year: number, month1to12: number): MonthIndex {
  return year * 12 + (month1to12 - 1);
}

export function yearOf(m: MonthIndex): number {
  return Math.floor(m / 12);
}

/** 1 to 12. */
export function monthOf(m: MonthIndex): number {
  return (m % 12) + 1;
}

/** "2012-10": the key used in the command line and JSON. */
export function monthKey(m: MonthIndex): string {
  return `${yearOf(m)}-${String(monthOf(m)).padStart(2, "0")}`;
}

/** "Oct 2012": how months are shown to people. */
export function monthLabel(m: MonthIndex): string {
  return `${SHORT_NAMES[monthOf(m) - 1]} ${yearOf(m)}`;
}

/** "October 2012". */
export function monthLongLabel(m: MonthIndex): string {
  const name = MONTH_NAMES[monthOf(m) - 1]!;
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${yearOf(m)}`;
}

/** The financial year a month falls in, named by its starting year: Oct 2012 → 2012 (2012-13). */
export function financialYearOf(m: MonthIndex): number {
  return monthOf(m) >= 4 ? yearOf(m) : yearOf(m) - 1;
}

/** First month (April) of the financial year containing `m`. */
export function financialYearStart(m: MonthIndex): MonthIndex {
  return monthIndex(financialYearOf(m), 4);
}

/** "2012-13". */
export function financialYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** Excel's day zero is 1899-12-30 once its 1900 leap-year bug is accounted for. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** Excel serial date → UTC calendar date parts. */
export function excelSerialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
}

export function dateToExcelSerial(date: Date): number {
  const utc = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((utc - EXCEL_EPOCH_UTC) / MS_PER_DAY);
}

// Serials for 1 Jan 1990 and 31 Dec 2099: a number outside these is not a plausible month.
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73415;

function monthFromName(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((name) => name.startsWith(w) || (w === "sept" && name === "september"));
  return i >= 0 ? i + 1 : undefined;
}

function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? 2000 + n : n;
}

function validMonth(year: number, month: number): MonthIndex | undefined {
  if (!Number.isInteger(year) || year < 1990 || year > 2099) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  return monthIndex(year, month);
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Reads a month from a cell: an Excel date serial, a Date, or text such as
 * `Oct 2012`, `Oct-12`, `October 2012`, `2012-10`, `2012-10-31` or `31/10/2012`
 * (UK day-first). Returns undefined when the value is not recognisably a month.
 */
export function parseMonth(value: CellValue): MonthIndex | undefined {
  if (value === null || typeof value === "boolean") return undefined;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : validMonth(value.getUTCFullYear(), value.getUTCMonth() + 1);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < SERIAL_MIN || value > SERIAL_MAX) return undefined;
    const d = excelSerialToDate(value);
    return validMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
  }
  const text = value.trim();
  let m: RegExpMatchArray | null;
  // 2012-10, 2012/10, 2012-10-31
  if ((m = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:[T ].*)?$/.exec(text))) {
    const [, y, mo, d] = m;
    if (d !== undefined && !validDay(Number(y), Number(mo), Number(d))) return undefined;
    return validMonth(Number(y), Number(mo));
  }
  // 31/10/2012, 31-10-12, 31.10.2012 (UK: day first)
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text))) {
    const [, d, mo, y] = m;
    const year = fullYear(y!);
    if (!validDay(year, Number(mo), Number(d))) return undefined;
    return validMonth(year, Number(mo));
  }
  // 10/2012 (month/year)
  if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(text))) {
    return validMonth(Number(m[2]), Number(m[1]));
  }
  // Oct 2012, Oct-12, October 2012, Oct. 2012, 1 Oct 2012, 31st October 2012
  if ((m = /^(?:(\d{1,2})(?:st|nd|rd|th)?[\s-]+)?([A-Za-z]+\.?)[\s,'-]*(\d{2}|\d{4})$/.exec(text))) {
    const [, d, name, y] = m;
    const month = monthFromName(name!);
    if (month === undefined) return undefined;
    const year = fullYear(y!);
    if (d !== undefined && !validDay(year, month, Number(d))) return undefined;
    return validMonth(year, month);
  }
  // A serial typed or exported as text.
  if (/^\d{5}(\.\d+)?$/.test(text)) return parseMonth(Number(text));
  return undefined;
}

/**
 * Reads an "as at" extract date (a full day) as ISO `yyyy-mm-dd`, from a serial,
 * a Date, `13/03/11` (UK day-first) or `2011-03-13`. Undefined when unreadable.
 */
export function parseDay(value: CellValue): string | undefined {
  let date: Date | undefined;
  if (value instanceof Date) date = Number.isNaN(value.getTime()) ? undefined : value;
  else if (typeof value === "number") date = value >= SERIAL_MIN && value <= SERIAL_MAX ? excelSerialToDate(value) : undefined;
  else if (typeof value === "string") {
    const text = value.trim();
    let m: RegExpMatchArray | null;
    if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text)) && validDay(+m[1]!, +m[2]!, +m[3]!)) {
      date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    } else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text))) {
      const year = fullYear(m[3]!);
      if (validDay(year, +m[2]!, +m[1]!)) date = new Date(Date.UTC(year, +m[2]! - 1, +m[1]!));
    }
  }
  if (!date) return undefined;
  const y = date.getUTCFullYear();
  if (y < 1990 || y > 2099) return undefined;
  return `${y}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

/** "13/03/2011" from an ISO day: how "as at" dates are shown to Members. */
export function dayLabel(isoDay: string): string {
  const [y, m, d] = isoDay.split("-");
  return `${d}/${m}/${y}`;
}

/** Parses `YYYY-MM` strictly (the command line's `--period`). */
export function parseMonthKey(key: string): MonthIndex | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(key.trim());
  return m ? validMonth(Number(m[1]), Number(m[2])) : undefined;
}
