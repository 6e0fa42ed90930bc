/**
 * A dated target's verdict at its deadline ("≤ 100 by Aug 2011": was it
 * met in August 2011?), kept so a later "met" never hides an earlier miss.
 */
import type { DeadlineVerdict } from "../results";
import type { Indicator, MonthIndex, Target } from "../types";
import { ragFor, signedGap } from "./compare";
import type { Series } from "./series";

/** The figure that stood for the deadline month: that month's, or for a yearly indicator the year's up to it. */
function figureAt(series: Series, indicator: Indicator, deadline: MonthIndex): { month: MonthIndex; value: number } | undefined {
  if (indicator.frequency !== "annual") {
    const value = series.valueAt(deadline);
    return value === undefined ? undefined : { month: deadline, value };
  }
  const i = series.indexAtOrBefore(deadline);
  const point = i >= 0 ? series.points[i]! : undefined;
  return point && point.month > deadline - 12 ? point : undefined;
}

/**
 * The verdict at the deadline of a by-date target in force (its deadline
 * passed: judgeTarget asks only of targets in force); undefined for other
 * targets.
 */
export function deadlineVerdict(
  series: Series,
  indicator: Indicator,
  target: Target,
  level: number,
  tolerance: number,
): DeadlineVerdict | undefined {
  if (target.kind !== "by-date" || target.from === undefined) return undefined;
  const deadline = target.from;
  const at = figureAt(series, indicator, deadline);
  if (!at) return { month: deadline, rag: "none" };
  const rag = ragFor(at.value, level, indicator.polarity, tolerance);
  return {
    month: deadline,
    value: at.value,
    ...(at.month !== deadline ? { valueMonth: at.month } : {}),
    met: rag === "green",
    rag,
    gap: signedGap(at.value, level, indicator.polarity),
  };
}
