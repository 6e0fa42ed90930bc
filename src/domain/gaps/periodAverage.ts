/**
 * A period target's figure ("6% over 2012-13"): the period's own figure, as
 * the Department would read it, and what the months still to come need.
 */
import type { PeriodAverage, PeriodBasis } from "../results";
import type { Indicator, MonthIndex, Target } from "../types";
import { tidy } from "./compare";
import { isFeasible } from "./feasible";
import type { Series } from "./series";

/** An April start and a span within one financial year: a year-to-date figure covers it. */
function yearToDateCovers(indicator: Indicator, target: Target): boolean {
  if (!indicator.yearToDate || target.from === undefined) return false;
  const startsInApril = ((target.from % 12) + 12) % 12 === 3;
  return startsInApril && (target.to === undefined || target.to - target.from <= 11);
}

interface Figure {
  figure: number;
  basis: PeriodBasis;
  /** The months the figure stands for, for what the remaining months need. */
  months: number;
  pooled?: { numerator: number; denominator: number };
}

/**
 * The basis, in order: the mean of months when the Notice says "an average
 * of"; the latest figure of a year-to-date series (it is the period so far);
 * numerators over denominators pooled when every month gives both (a
 * percentage); else the mean of the months.
 */
function figureOf(series: Series, indicator: Indicator, target: Target, from: MonthIndex, month: MonthIndex, mean: number, count: number): Figure {
  if (!target.averageOfMonths) {
    if (yearToDateCovers(indicator, target)) {
      const i = series.indexAtOrBefore(month);
      const latest = series.points[i]!;
      return { figure: latest.value, basis: "year-to-date", months: latest.month - from + 1 };
    }
    const pooled = indicator.unit === "percent" ? series.pooled(from, month) : undefined;
    if (pooled) {
      const { numerator, denominator } = pooled;
      return { figure: (100 * numerator) / denominator, basis: "pooled outturn", months: count, pooled: { numerator, denominator } };
    }
  }
  return { figure: mean, basis: "mean of months", months: count };
}

/**
 * Just the period's figure at `month` (as `periodAverage` gives it), for
 * counting runs month by month without building the rest.
 */
export function periodFigureAt(series: Series, indicator: Indicator, target: Target, month: MonthIndex): number | undefined {
  const from = target.from ?? Number.NEGATIVE_INFINITY;
  const { sum, count } = series.span(from, month);
  if (count === 0) return undefined;
  const start = Number.isFinite(from) ? from : series.points[0]!.month;
  // No tidying here: a run asks this of every month, and the RAG rule allows for float noise.
  return figureOf(series, indicator, target, start, month, sum / count, count).figure;
}

/**
 * Progress on a period target at `month`: the period's figure so far on its
 * basis, the mean of the months for comparison, and the figure the remaining
 * months need (on the same basis, taking each remaining month to weigh as
 * much as a month so far) for the whole period to reach `level`. Months with
 * no figure are left out of the mean. Undefined before any figure.
 */
export function periodAverage(series: Series, indicator: Indicator, target: Target, month: MonthIndex, level: number): PeriodAverage | undefined {
  const from = target.from ?? Number.NEGATIVE_INFINITY;
  const { sum, count } = series.span(from, month);
  if (count === 0) return undefined;
  const mean = tidy(sum / count);
  const start = Number.isFinite(from) ? from : series.points[0]!.month;
  const found = figureOf(series, indicator, target, start, month, mean, count);
  const { basis, months, pooled } = found;
  const figure = tidy(found.figure);
  const monthsRemaining = target.to === undefined ? 0 : Math.max(0, target.to - month);
  const average: PeriodAverage = { figure, basis, mean, monthsCounted: count, monthsRemaining, ...(pooled ?? {}) };
  if (monthsRemaining > 0) {
    const needed = tidy((level * (months + monthsRemaining) - figure * months) / monthsRemaining);
    average.neededAverage = needed;
    average.reachable = isFeasible(indicator.unit, needed);
  }
  return average;
}
