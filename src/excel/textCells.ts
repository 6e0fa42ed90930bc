/**
 * Plan strings are literal text, but Excel re-reads strings assigned to
 * `Range.values` as if typed: "=HYPERLINK(…)", "+1", "-1" and "@x" become
 * formulas or numbers, "Oct 2012" a date, "5 PM" a time, "1 1/2" a fraction,
 * "TRUE" a boolean, "0123" the number 123. Cells holding such strings get the
 * text number format "@" before their value is written, so Excel keeps the
 * characters as they are.
 *
 * Two readings survive the text format: a leading apostrophe is taken as
 * Excel's "this is text" mark and dropped, and an error literal ("#N/A",
 * "#DIV/0!") becomes that error. Those strings are written behind an
 * apostrophe of our own (`literalText`), which Excel drops, leaving the text.
 */
import { looksLikeFormula } from "../report/plan/textSafety";
import type { PlanValue } from "../report/plan/plan";

const DATE_OR_TIME_LIKE = /^\s*\d{1,4}\s*[-/.:]\s*\d{1,2}(\s*[-/.:]\s*\d{1,4})?(\s*[ap]m)?\s*$/i;
const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;
/** "5 PM", "5pm", "11 am": an hour with AM/PM is a time. */
const HOUR_LIKE = /^\s*\d{1,2}\s*[ap]\.?m\.?\s*$/i;
/** "1 1/2", "-3 3/4": a whole number and a fraction. */
const FRACTION_LIKE = /^\s*-?\d+\s+\d+\s*\/\s*\d+\s*$/;
/** The error values Excel makes of typed text, whatever the cell's format. */
const ERROR_LITERAL = /^\s*#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)\s*$/i;

/**
 * The string to assign so that the cell holds exactly `text`: behind an
 * apostrophe when Excel would otherwise drop its leading apostrophe or make
 * it an error value; as it is otherwise.
 */
export function literalText(text: string): string {
  return text.startsWith("'") || ERROR_LITERAL.test(text) ? `'${text}` : text;
}

/** A block's values with every string made literal (`literalText`); the same array when none needed it. */
export function literalValues<T>(values: T[][]): T[][] {
  const needs = (v: T): boolean => typeof v === "string" && literalText(v) !== v;
  if (!values.some((row) => row.some(needs))) return values;
  return values.map((row) => row.map((v) => (typeof v === "string" ? (literalText(v) as T) : v)));
}

/** "1,234", "£1,200", "12%", "(5)", "1e5": text Excel would store as a number. */
function numberLike(text: string): boolean {
  const stripped = text
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .replace(/[$£€,%\s]/g, "");
  return stripped !== "" && Number.isFinite(Number(stripped));
}

/** True when Excel would not keep `text` as the same text unless the cell is formatted "@". */
export function needsTextFormat(text: string): boolean {
  if (looksLikeFormula(text)) return true;
  if (numberLike(text) || DATE_OR_TIME_LIKE.test(text) || BOOLEAN_LIKE.test(text) || HOUR_LIKE.test(text) || FRACTION_LIKE.test(text)) return true;
  // "Oct 2012", "1 Oct", "October 12": a month name next to a number is read as a date.
  return MONTH_NAME.test(text) && /\d/.test(text) && text.trim().split(/\s+/).length <= 3;
}

/**
 * The text-format overlay for a block: "@" where a cell needs it, null (leave
 * as is) elsewhere, trimmed to the smallest rectangle holding every flagged
 * cell. Undefined when no cell needs it.
 */
export function textFormatOverlay(values: readonly (readonly PlanValue[])[]): { rowOffset: number; columnOffset: number; formats: (string | null)[][] } | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string" || !needsTextFormat(v)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  if (bottom < 0) return undefined;
  const formats: (string | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      const v = values[r]?.[c];
      row.push(typeof v === "string" && needsTextFormat(v) ? "@" : null);
    }
    formats.push(row);
  }
  return { rowOffset: top, columnOffset: left, formats };
}
