/** The months a chart shows and, for each, the figure, the target levels and the marks. */
import { monthOf } from "../../../domain/periods";
import type { IndicatorResult } from "../../../domain/results";
import type { MonthIndex } from "../../../domain/types";
import { targetLineValue } from "./targetLine";
import { pathValue, targetPath } from "./targetPath";

/** One month of chart data, in the indicator's own unit (percentages 0–100). */
export interface ChartRow {
  month: MonthIndex;
  value: number | null;
  statutory: number | null;
  /** The straight path to a statutory deadline, up to and including the deadline. */
  path: number | null;
  internal: number | null;
  /** The figure again in each April of a year-to-date indicator: the count starts afresh. */
  restart: number | null;
  /** The figure again in the month a series break starts (a change of definition or source). */
  seriesBreak: number | null;
}

/**
 * The last `monthsShown` months up to and including the reporting month, or
 * fewer when the series starts later. A series with no figures at all shows
 * just the reporting month. Figures after the reporting month are left out.
 */
export function chartMonths(result: IndicatorResult, month: MonthIndex, monthsShown: number): MonthIndex[] {
  const first = result.series.find((p) => p.month <= month)?.month ?? month;
  const start = Math.max(month - monthsShown + 1, first);
  const months: MonthIndex[] = [];
  for (let m = start; m <= month; m++) months.push(m);
  return months;
}

/** Chart data for the months shown: missing figures and targets not in force are null. */
export function chartRows(result: IndicatorResult, month: MonthIndex, monthsShown: number): ChartRow[] {
  const values = new Map(result.series.map((p) => [p.month, p.value]));
  const months = chartMonths(result, month, monthsShown);
  const path = targetPath(result, months[0]!);
  const breakFrom = result.indicator.seriesBreak?.from;
  return months.map((m) => {
    const value = values.get(m) ?? null;
    return {
      month: m,
      value,
      statutory: targetLineValue(result, "statutory", m) ?? null,
      path: pathValue(path, m),
      internal: targetLineValue(result, "internal", m) ?? null,
      restart: result.indicator.yearToDate && monthOf(m) === 4 ? value : null,
      seriesBreak: breakFrom === m ? value : null,
    };
  });
}
