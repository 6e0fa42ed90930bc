/**
 * Where things sit on the Member Dashboard. Column A is the hidden key column
 * (see preserve.ts). The headline table uses B–K; below it each indicator's
 * section puts its chart over B–E and its definition, impact and commentary
 * over F–K. About 134 characters wide in all: one A4 landscape page wide at
 * close to full size.
 */
import { columnLetters } from "../../domain/a1";

/** 1-based columns of the headline table. */
export const COL = {
  indicator: 2,
  latest: 3,
  previous: 4,
  lastYear: 5,
  direction: 6,
  statutory: 7,
  statutoryGap: 8,
  internal: 9,
  internalGap: 10,
  rag: 11,
} as const;

export const FIRST_COL = COL.indicator;
export const LAST_COL = COL.rag;
/** Sections: the chart spans these columns … */
export const CHART_COLS = { first: 2, last: 5 } as const;
/** … and the text beside it these. */
export const TEXT_COLS = { first: 6, last: 11 } as const;

/** Width in characters; column A is zero width, so the shells hide it. */
export const DASHBOARD_WIDTHS: Record<number, number> = {
  1: 0,
  2: 30,
  3: 10,
  4: 10,
  5: 11,
  6: 11,
  7: 18,
  8: 11,
  9: 12,
  10: 11,
  11: 10,
};

/** Letter of a 1-based column. */
export const L = (column: number): string => columnLetters(column);

/** Total width in characters of columns first..last. */
export function widthOf(first: number, last: number): number {
  let total = 0;
  for (let c = first; c <= last; c++) total += DASHBOARD_WIDTHS[c] ?? 8.43;
  return total;
}

/** "B7:I7": a range across columns first..last of one row. */
export function rowRange(row: number, first: number = FIRST_COL, last: number = LAST_COL): string {
  return `${L(first)}${row}:${L(last)}${row}`;
}
