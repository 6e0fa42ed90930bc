/**
 * Single cells as the shells could hand them over: every CellValue type, the
 * awkward numbers, Excel's error values, blanks that are not quite blank,
 * dates valid and invalid, text that looks like a number, a month or a formula,
 * and unicode that breaks naive string handling.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/domain/types";

export const SPECIAL_NUMBERS: readonly number[] = [
  Number.NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  5e-324,
  -5e-324,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  1e15,
  1e21,
  -1,
  0.1 + 0.2,
  0.999999999,
  1.0000001,
  99.99999999,
  100.0000001,
];

/** Excel date serials at and around the edges: negative, zero, the phantom 29 Feb 1900, the last day. */
export const SERIALS: readonly number[] = [
  -1, 0, 1, 59, 60, 61, 32873, 32874, 40000, 40817, 41183, 41183.75, 73415, 73416, 2958465, 2958466,
];

export const EXCEL_ERRORS: readonly string[] = [
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#n/a",
  " #N/A ",
  "#N/A!",
];

/** Cells that are blank, or look blank to a person but not to `trim()`. */
export const BLANKS: readonly CellValue[] = [null, "", " ", "\t", "\r\n", "\u00a0", "\u200b", "\u3000", "\u2028"];

/** Words that are also the names of every object's inherited properties. */
export const PROTOTYPE_WORDS: readonly string[] = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];

export const TRICKY_TEXT: readonly string[] = [
  "\u202Eevil\u202C",
  "مؤشر الأداء",
  "שלום",
  "👩‍👩‍👧‍👦",
  "🇬🇧",
  "e\u0301\u0301\u0301",
  "Z\u0334\u0321\u0322a\u0337l\u0336g\u0335o",
  "\u0000",
  "a\r\nb",
  "line one\nline two",
  "para\u2029graph",
  "\ud800",
  "x".repeat(10_000),
  "😀".repeat(5_000),
  "word ".repeat(2_000),
  "=SUM(A1:A2)",
  "=1/0",
  "=cmd|' /C calc'!A0",
  "+44 1234",
  "+",
  "-",
  "-12",
  "@SUM(A1)",
  "n/a",
  "tbc",
  "—",
  "Infinity",
  "NaN",
  "-0",
  ...PROTOTYPE_WORDS,
];

/** Numbers written as text, the way exports and people write them. */
export const NUMBER_TEXT: readonly string[] = [
  "87.5%",
  "0.5%",
  "1,234",
  "1,234.5",
  "1 234",
  "£1M",
  "£1,000",
  "£ 200",
  "(12)",
  "(-12)",
  "\u221212",
  "1e5",
  "1e400",
  "9".repeat(400),
  "0x1F",
  "1,23",
  ".5",
  "5.",
  "+5",
  "--5",
  "34 pp",
  "12 cases",
  "%",
  "£",
];

const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const pad = (n: number): string => String(n).padStart(2, "0");

/** Ways a month or day is written in council spreadsheets, well and badly. */
const MONTH_FORMATS: readonly ((y: number, m: number, d: number) => string)[] = [
  (y, m) => `${MONTH_SHORT[m - 1]} ${y}`,
  (y, m) => `${MONTH_LONG[m - 1]} ${y}`,
  (y, m) => `${MONTH_SHORT[m - 1]}-${pad(y % 100)}`,
  (y, m) => `${MONTH_SHORT[m - 1]!.toUpperCase()}. ${y}`,
  (y, m) => `${y}-${pad(m)}`,
  (y, m, d) => `${y}-${pad(m)}-${pad(d)}`,
  (y, m, d) => `${y}-${pad(m)}-${pad(d)}T00:00:00Z`,
  (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
  (y, m, d) => `${d}.${m}.${pad(y % 100)}`,
  (y, m) => `${m}/${y}`,
  (y, m) => `${y}/${m}`,
  (y, m, d) => `${d}st ${MONTH_LONG[m - 1]} ${y}`,
  (y, m) => (m === 9 ? `Sept ${y}` : `${MONTH_SHORT[m - 1]!.toLowerCase()} ${y}`),
  (y) => `FY ${y}-${pad((y + 1) % 100)}`,
  (y, m) => `Q${Math.ceil(m / 3)} ${y}`,
  (y, m) => `${y}-${pad(m + 1)}`,
  (y, m, d) => `${d + 3}/${m}/${y}`,
  (y) => `${y}`,
];

export const monthFormatIndex = fc.integer({ min: 0, max: MONTH_FORMATS.length - 1 });

/** A month or day as text in format `style` (see MONTH_FORMATS); some formats are not months at all. */
export function formatMonth(year: number, month: number, day: number, style: number): string {
  return MONTH_FORMATS[style % MONTH_FORMATS.length]!(year, month, day);
}

const year = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 2010, max: 2014 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1985, max: 2105 }) },
);
const monthNumber = fc.integer({ min: 1, max: 12 });
const dayNumber = fc.integer({ min: 1, max: 31 });

export const monthText: fc.Arbitrary<string> = fc
  .tuple(year, monthNumber, dayNumber, monthFormatIndex)
  .map(([y, m, d, style]) => formatMonth(y, m, d, style));

export const dateCell: fc.Arbitrary<Date> = fc.oneof(
  fc.tuple(year, monthNumber, dayNumber).map(([y, m, d]) => new Date(Date.UTC(y, m - 1, d))),
  fc.date(),
  fc.constantFrom(new Date(Number.NaN), new Date(-8.64e15), new Date(8.64e15), new Date(Date.UTC(1899, 11, 30))),
);

export const numberCell: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...SPECIAL_NUMBERS),
  fc.constantFrom(...SERIALS),
  fc.double(),
  fc.integer({ min: -10, max: 3000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

export const textCell: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 20 }) },
);

/** Any cell at all. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: numberCell },
  { weight: 4, arbitrary: textCell },
  { weight: 2, arbitrary: fc.constantFrom(...BLANKS) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: dateCell },
  { weight: 1, arbitrary: fc.constantFrom(...EXCEL_ERRORS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBER_TEXT) },
  { weight: 2, arbitrary: monthText },
);

/** Mostly a plausible figure (a count, a percentage, a fraction, a number as text), sometimes anything. */
export const amountCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 3000 }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }).map((x) => Math.round(x * 10) / 10) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1000 }).map((n) => `${n / 10}%`) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 99_999 }).map((n) => n.toLocaleString("en-GB")) },
  { weight: 2, arbitrary: anyCell },
);

/** A Period: mostly a month as text, a date or a serial, sometimes anything. */
export const periodCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: monthText },
  { weight: 2, arbitrary: dateCell },
  { weight: 1, arbitrary: fc.integer({ min: 40_179, max: 41_639 }) },
  { weight: 1, arbitrary: anyCell },
);

/** An Area: the whole authority in its many spellings, a few areas, sometimes anything. */
export const areaCell: fc.Arbitrary<CellValue> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom<CellValue>(
      null,
      "",
      "All",
      "Total",
      "KENT",
      "Whole authority",
      "East Kent",
      "east  kent",
      "West Kent",
      "Mid Kent",
    ),
  },
  { weight: 1, arbitrary: anyCell },
);

/** A cell that is `value` most of the time and anything now and then. */
export function mostly(value: fc.Arbitrary<CellValue>, freq = 10): fc.Arbitrary<CellValue> {
  return fc.oneof({ weight: freq, arbitrary: value }, { weight: 1, arbitrary: anyCell });
}
