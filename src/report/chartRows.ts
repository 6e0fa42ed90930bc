/** The months a chart shows and, for each, the figure and the two target levels. */
import type { IndicatorResult } from "../domain/results";
import type { MonthIndex } from "../domain/types";
import { targetLineValue } from "./targetLine";

/** One month of chart data, in the indicator's own unit (percentages 0–100). */
export interface ChartRow {
  month: MonthIndex;
  value: number | null;
  statutory: number | null;
  internal: number | null;
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
  return chartMonths(result, month, monthsShown).map((m) => ({
    month: m,
    value: values.get(m) ?? null,
    statutory: targetLineValue(result, "statutory", m) ?? null,
    internal: targetLineValue(result, "internal", m) ?? null,
  }));
}
