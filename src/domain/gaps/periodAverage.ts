import type { PeriodAverage } from "../results";
import type { MonthIndex, Target } from "../types";
import { tidy } from "./compare";
import type { Series } from "./series";

/**
 * Progress on a period-average target at `month`: the mean of the figures so
 * far in the span, and the mean the months still to come need for the whole
 * span to average `level`. Months with no figure are left out of both the mean
 * and the span (they cannot be made up later). Undefined before any figure.
 */
export function periodAverage(series: Series, target: Target, month: MonthIndex, level: number): PeriodAverage | undefined {
  const from = target.from ?? Number.NEGATIVE_INFINITY;
  const { sum, count } = series.span(from, month);
  if (count === 0) return undefined;
  const monthsRemaining = target.to === undefined ? 0 : Math.max(0, target.to - month);
  const average: PeriodAverage = { mean: tidy(sum / count), monthsCounted: count, monthsRemaining };
  if (monthsRemaining > 0) {
    average.neededAverage = tidy((level * (count + monthsRemaining) - sum) / monthsRemaining);
  }
  return average;
}
