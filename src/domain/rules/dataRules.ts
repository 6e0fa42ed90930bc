/** The rules checked while reading the IndicatorData table, for documentation and tests. */
import type { RuleInfo } from "./issue";

export const DATA_RULES = [
  { id: "missing-code", severity: "error", summary: "A row has figures but no indicator code." },
  {
    id: "unknown-indicator",
    severity: "error",
    summary:
      "The code is not in the Indicators table (or built-in catalogue), matched trimmed and case-insensitively. A code is suggested only when it is one slip away or differs only in spacing or punctuation; otherwise the message says to add a row for it.",
  },
  {
    id: "bad-period",
    severity: "error",
    summary: "The Period is blank or not a recognisable month (a date, Oct 2012, 2012-10 …).",
  },
  {
    id: "duplicate-row",
    severity: "error",
    summary: "The same code, month and area appear again; the first row is used and the repeat is ignored.",
  },
  {
    id: "value-not-number",
    severity: "error",
    summary: "The Value holds text or an Excel error value instead of a number; the row is kept with no figure.",
  },
  { id: "value-missing", severity: "warning", summary: "The Value is blank; the row is kept with no figure." },
  {
    id: "percent-scale-fraction",
    severity: "info",
    summary:
      "Every plain-number value of a percent indicator is between 0 and 1, so they are read as fractions and multiplied by 100.",
  },
  {
    id: "percent-mixed-scale",
    severity: "error",
    summary: "A percent indicator mostly on the 0–100 scale has a value between 0 and 1 that looks like a fraction.",
  },
  {
    id: "percent-out-of-range",
    severity: "error",
    summary: "A percent value (on the 0–100 scale) is below 0 or above 100.",
  },
  { id: "negative-count", severity: "error", summary: "A count indicator has a value below zero." },
  {
    id: "bad-numerator",
    severity: "error",
    summary: "The Numerator holds text or an Excel error value instead of a number.",
  },
  {
    id: "bad-denominator",
    severity: "error",
    summary: "The Denominator holds text or an Excel error value instead of a number.",
  },
  { id: "zero-denominator", severity: "error", summary: "The Denominator is 0 while a Numerator is given." },
  {
    id: "numerator-above-denominator",
    severity: "error",
    summary: "For a percent indicator the Numerator is larger than the Denominator.",
  },
  {
    id: "ratio-mismatch",
    severity: "warning",
    summary:
      "Numerator and Denominator do not give the Value: 100 × N / D for percents, N / D for counts and currency, more than 0.1 apart. Rates and percentage points are not checked.",
  },
  { id: "bad-as-at", severity: "warning", summary: "The As at extract date is not a readable date." },
  {
    id: "as-at-before-period",
    severity: "warning",
    summary: "The As at extract date is before the first day of the row's month.",
  },
  {
    id: "merged-cells",
    severity: "error",
    summary: "Merged cells overlap the data; a merged area keeps only one value.",
  },
  {
    id: "hidden-rows",
    severity: "info",
    summary: "Some data rows are hidden or filtered out in the workbook; they are still read and counted.",
  },
] as const satisfies readonly RuleInfo[];
