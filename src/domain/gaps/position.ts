/**
 * Where a series stands at the reporting month: this month's figure, last
 * month's and the same month a year earlier, with remarks about holes.
 */
import { monthLabel } from "../periods";
import type { Indicator, MonthIndex } from "../types";
import type { Series } from "./series";

export interface Position {
  value: number | null;
  /** The month of `value` (differs from the reporting month only for annual indicators). */
  valueMonth?: MonthIndex;
  previous: number | null;
  sameMonthLastYear: number | null;
  notes: string[];
}

/** Monthly indicators: the figure for the reporting month itself, or none. */
function monthly(series: Series, month: MonthIndex): Position {
  const value = series.valueAt(month) ?? null;
  const previous = series.valueAt(month - 1) ?? null;
  const notes: string[] = [];
  const last = series.points[series.points.length - 1];
  if (value === null && last) {
    notes.push(`No figure for ${monthLabel(month)}; the latest is for ${monthLabel(last.month)}.`);
  } else if (value !== null && previous === null && series.indexAtOrBefore(month - 2) >= 0) {
    notes.push(`No figure for ${monthLabel(month - 1)}: the series has a gap before this month.`);
  }
  return {
    value,
    ...(value !== null ? { valueMonth: month } : {}),
    previous,
    sameMonthLastYear: series.valueAt(month - 12) ?? null,
    notes,
  };
}

/**
 * Annual indicators (attainment, absence …) have one figure a year, so the
 * latest figure within the last twelve months stands for the reporting month
 * and "previous" is the figure a year before it.
 */
function annual(series: Series, month: MonthIndex): Position {
  const i = series.indexAtOrBefore(month);
  const latest = i >= 0 ? series.points[i]! : undefined;
  if (!latest || latest.month <= month - 12) {
    const notes = latest ? [`No figure in the twelve months to ${monthLabel(month)}; the latest is for ${monthLabel(latest.month)}.`] : [];
    return { value: null, previous: null, sameMonthLastYear: null, notes };
  }
  const before = i > 0 ? series.points[i - 1]! : undefined;
  const previous = before && latest.month - before.month <= 12 ? before.value : null;
  return {
    value: latest.value,
    valueMonth: latest.month,
    previous,
    sameMonthLastYear: series.valueAt(latest.month - 12) ?? null,
    notes: [],
  };
}

/** The series' position at the reporting month, by the indicator's frequency. */
export function positionAt(series: Series, month: MonthIndex, indicator: Indicator): Position {
  return indicator.frequency === "annual" ? annual(series, month) : monthly(series, month);
}
