/**
 * The path to a target whose date is still ahead: a straight line from a start
 * point to the target level at the target month, where the latest figure stands
 * against it, and a least-squares forecast of where the trend will land.
 */
import type { Trajectory, Verdict } from "../results";
import type { Indicator, MonthIndex } from "../types";
import { atOrBetter, ragFor, tidy } from "./compare";
import { feasibleValue } from "./feasible";
import { linearForecast } from "./linearForecast";
import type { Series } from "./series";

/** How many recent figures the forecast line is fitted to, and the fewest it accepts. */
export const FORECAST_MONTHS = 6;
export const FORECAST_MIN_MONTHS = 3;

export interface TrajectoryInput {
  indicator: Indicator;
  series: Series;
  /** The reporting month. */
  month: MonthIndex;
  latest: number;
  level: number;
  targetMonth: MonthIndex;
  tolerance: number;
}

const VERDICT = { green: "on track", amber: "at risk", red: "off track", none: "off track" } as const satisfies Record<string, Verdict>;

/**
 * Starts from the indicator's baseline when it is dated before the reporting
 * month (the Notice's targets are measured from it), else from the series' first figure.
 */
function startOf(input: TrajectoryInput): { month: MonthIndex; value: number } {
  const base = input.indicator.baseline;
  if (base?.month !== undefined && base.month < input.month) return { month: base.month, value: base.value };
  const first = input.series.points[0];
  return first ? { month: first.month, value: first.value } : { month: input.month, value: input.latest };
}

/** The trajectory for a target due at `targetMonth`, after the reporting month. */
export function trajectoryFor(input: TrajectoryInput): Trajectory {
  const { indicator, series, month, latest, level, targetMonth, tolerance } = input;
  const start = startOf(input);
  const share = (month - start.month) / (targetMonth - start.month);
  // A path of whole cases for counts: 1,234.5 cases cannot be.
  const pathValue = feasibleValue(indicator.unit, tidy(start.value + (level - start.value) * share)).value;
  const trajectory: Trajectory = {
    startMonth: start.month,
    startValue: start.value,
    targetMonth,
    pathValue,
    ahead: atOrBetter(latest, pathValue, indicator.polarity),
    monthlyChangeNeeded: tidy((level - latest) / (targetMonth - month)),
  };
  const recent = series.lastPoints(FORECAST_MONTHS, month);
  if (recent.length < FORECAST_MIN_MONTHS) {
    trajectory.noForecastReason = `fewer than ${FORECAST_MIN_MONTHS} months of data`;
    return trajectory;
  }
  const { value, bound } = feasibleValue(indicator.unit, tidy(linearForecast(recent, targetMonth)));
  trajectory.forecast = {
    value,
    verdict: VERDICT[ragFor(value, level, indicator.polarity, tolerance)],
    monthsUsed: recent.map((p) => p.month),
  };
  if (bound !== undefined) {
    const reached = firstMonthAt(recent, bound, month, targetMonth);
    if (reached !== undefined) trajectory.forecast.reaches = { value: bound, month: reached };
  }
  return trajectory;
}

/** The first month after `from`, up to `to`, where the trend line reaches `bound` (from either side). */
function firstMonthAt(recent: readonly { month: MonthIndex; value: number }[], bound: number, from: MonthIndex, to: MonthIndex): MonthIndex | undefined {
  const side = Math.sign(linearForecast(recent, from) - bound);
  if (side === 0) return from;
  for (let m = from + 1; m <= to; m++) {
    if (Math.sign(linearForecast(recent, m) - bound) !== side) return m;
  }
  return undefined;
}
