/**
 * "By August 2011 and thereafter minimising the number of each": after the
 * deadline, meeting the level is not enough — the figure should keep falling.
 * Judged by the trend since the deadline and by the latest run of rises.
 */
import type { Minimising } from "../results";
import type { Indicator, MonthIndex, Target } from "../types";
import { near, tidy } from "./compare";
import { linearForecast } from "./linearForecast";
import type { Series } from "./series";

/** This many moves the wrong way in a row means the figure is no longer being minimised. */
export const RISES_THAT_FLAG = 3;

/**
 * For a "thereafter minimising" target after its deadline (and a figure at
 * `month`): the trend per month since the deadline, the run of month-on-month
 * moves the wrong way ending at `month`, and whether that still counts as
 * minimising. Undefined otherwise.
 */
export function minimisingSince(series: Series, indicator: Indicator, target: Target, month: MonthIndex): Minimising | undefined {
  if (target.thereafter !== "minimise" || target.from === undefined || month <= target.from) return undefined;
  const end = series.indexOf(month);
  if (end === undefined) return undefined;
  const since = series.points.filter((p) => p.month >= target.from! && p.month <= month);
  const worse = (later: number, earlier: number) => !near(later, earlier) && (indicator.polarity === "lower" ? later > earlier : later < earlier);
  let rises = 0;
  let i = end;
  while (i > 0) {
    const here = series.points[i]!;
    const before = series.points[i - 1]!;
    if (here.month - before.month !== 1 || !worse(here.value, before.value)) break;
    rises += 1;
    i -= 1;
  }
  const trendPerMonth = since.length >= 2 ? tidy(linearForecast(since, 1) - linearForecast(since, 0)) : 0;
  const trendRight = indicator.polarity === "lower" ? trendPerMonth <= 0 : trendPerMonth >= 0;
  const latest = series.points[end]!.value;
  const atFloor = indicator.polarity === "lower" && near(latest, 0);
  const result: Minimising = {
    since: target.from,
    trendPerMonth,
    rises,
    atFloor,
    minimising: atFloor || (trendRight && rises < RISES_THAT_FLAG),
  };
  if (rises > 0) result.risingFrom = { month: series.points[i]!.month, value: series.points[i]!.value };
  return result;
}
