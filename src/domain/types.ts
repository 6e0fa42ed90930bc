/**
 * The shapes every layer agrees on. Plain data only: the shells turn workbooks
 * into these, the domain computes on them, the report turns results into a plan.
 */

/** A cell value as the shells hand it over: what Excel holds, nothing richer. */
export type CellValue = string | number | boolean | Date | null;

/**
 * A table read from a workbook: its header row and data rows as plain values.
 * `origin` is the 1-based row and column of the header row's first cell, so any
 * cell's A1 address can be derived (see `tableCellAddress`).
 */
export interface RawTable {
  /** The table's name (an Excel table) or the sheet's name (fallback). */
  name: string;
  sheet: string;
  origin: { row: number; column: number };
  headers: string[];
  rows: CellValue[][];
  /** Where it came from: a real Excel table (ListObject) or a sheet's used range. */
  source: "table" | "sheet";
  /** A1 addresses of merged areas that overlap the data rows (e.g. "B4:C4"). */
  mergedAreas?: string[];
  /** 0-based data-row indexes that are hidden or filtered out in the workbook. */
  hiddenRows?: number[];
  /**
   * The first non-empty cell touching the table from outside it — in the row just
   * below its last row (within its columns), else in the column just right of its
   * last column (within its rows) — typically a month pasted under a table that
   * was not extended. Absent when both are empty. Only Excel tables have one.
   */
  adjacentCell?: { cell: string; side: "below" | "right" };
}

/** The tables found in a workbook, by lower-cased name. */
export type WorkbookTables = ReadonlyMap<string, RawTable>;

/** How an indicator is measured; decides formats, scale checks and gap units. */
export type Unit = "count" | "percent" | "rate" | "pp" | "currency";
export const UNITS: readonly Unit[] = ["count", "percent", "rate", "pp", "currency"];

/** Which way is better. */
export type Polarity = "lower" | "higher";

/** A calendar month as a single integer: year * 12 + (month - 1). */
export type MonthIndex = number;

export type TargetLevel = "statutory" | "internal";

/**
 * The kinds of target the source documents use.
 * - `by-date`: a value to reach by a month, and hold from then on ("≤ 200 by Aug 2011").
 * - `period-average`: a figure over a span of months ("6% over 2012-13"): the period's outturn, or the mean of the months where the Notice says "an average of".
 * - `maintain`: at least hold a baseline level ("at least maintain the level when the Notice was issued").
 * - `benchmark`: in line with a comparator such as the statistical neighbour average.
 */
export type TargetKind = "by-date" | "period-average" | "maintain" | "benchmark";

export interface Target {
  kind: TargetKind;
  level: TargetLevel;
  /** The level to reach. Absent for `maintain`/`benchmark` until a baseline or benchmark supplies it. */
  value?: number;
  /** First month the target applies (by-date: the deadline; period-average: span start). */
  from?: MonthIndex;
  /** Last month of a period-average span. */
  to?: MonthIndex;
  /** For `maintain`: the level to hold and when it was measured. */
  baseline?: { value?: number; month?: MonthIndex; note?: string };
  /** For `benchmark`: what the comparator is, e.g. "statistical neighbour average". */
  benchmark?: string;
  /**
   * For `period-average`: true when the Notice asks for "an average of" the
   * months, so the period is judged on the mean of the monthly figures. Otherwise
   * the period's own figure (its outturn) is judged: the pooled numerators over
   * denominators, the latest year-to-date figure, else the mean of the months.
   */
  averageOfMonths?: boolean;
  /** For `by-date`: "and thereafter minimising the number" — after the deadline the figure should keep falling. */
  thereafter?: "minimise";
  /** Where the target comes from, e.g. "Improvement Notice target 3". */
  source?: string;
  /** The target as people say it, e.g. "≤ 200 by Aug 2011". */
  label: string;
}

export interface Indicator {
  code: string;
  name: string;
  unit: Unit;
  polarity: Polarity;
  targets: Target[];
  /** Allowed slippage in the indicator's own unit before Amber turns Red; blank = 10% of target. */
  tolerance?: number;
  definition?: string;
  impact?: string;
  /** Where the definition text comes from: the paper it is quoted from, or that it was written for this tool. */
  definitionSource?: string;
  /** Where the impact text comes from, as for `definitionSource`. */
  impactSource?: string;
  /** Shown on the Member Dashboard. */
  dashboard: boolean;
  /** Cumulative from 1 April (NI 59 / NI 60 style): values are year-to-date. */
  yearToDate?: boolean;
  /**
   * How often a figure is expected: monthly (the default) or once a year
   * (attainment gaps, absence, rates per 10,000). Gap and staleness checks use it.
   */
  frequency?: "monthly" | "annual";
  /** Baseline figure and month, for "at least maintain" and trajectory starts. */
  baseline?: { value: number; month?: MonthIndex; note?: string };
  /**
   * A change of definition: figures from `from` on are not comparable with those
   * before it (jump and year-to-date rules do not compare across it; charts mark it).
   */
  seriesBreak?: { from: MonthIndex; note?: string };
}

export type Catalogue = readonly Indicator[];

/** A1 reference to one cell. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/**
 * One row of the IndicatorData table, parsed. Passes over every observation use
 * indexed loops: a for…of makes an iterator result per item until the JIT has
 * optimised the loop, and a large table is read once, in a fresh process.
 */
export interface Observation {
  code: string;
  month: MonthIndex;
  /** "" is the whole authority. */
  area: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
  /** Extract date as ISO yyyy-mm-dd. */
  asAt?: string;
  note?: string;
  /** Where the row's Value cell is, for issues that point at it. */
  at: CellRef;
  /** 0-based data row index in the source table. */
  row: number;
}

import type { RuleId } from "./rules/ruleCatalogue";

export type Severity = "error" | "warning" | "info";

/** A problem in the data, reported as a value (never thrown). */
export interface ValidationIssue {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  /**
   * Set when a warning was explained by its row's Note ("Explained: …"): the
   * explanation, kept with the issue. Its severity is then "info" and `rule`
   * still names the rule it answers.
   */
  explanation?: string;
}
