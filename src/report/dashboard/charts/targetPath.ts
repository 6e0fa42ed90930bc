/**
 * The straight path to a Notice deadline: before a dated target applies, the
 * chart draws the line from where the indicator started to the target level at
 * its deadline, so the target never vanishes into a single point.
 */
import type { IndicatorResult } from "../../../domain/results";
import type { MonthIndex, Target } from "../../../domain/types";

/** A straight path from a start month and value to a target level at its deadline. */
export interface TargetPath {
  startMonth: MonthIndex;
  startValue: number;
  deadline: MonthIndex;
  level: number;
}

function startOf(
  result: IndicatorResult,
  target: Target,
  deadline: MonthIndex,
): { month: MonthIndex; value: number } | undefined {
  const trajectory = result.gaps.find((g) => g.target === target)?.trajectory;
  if (trajectory && trajectory.startMonth < deadline)
    return { month: trajectory.startMonth, value: trajectory.startValue };
  const baseline = result.indicator.baseline;
  if (baseline?.month !== undefined && baseline.month < deadline)
    return { month: baseline.month, value: baseline.value };
  const first = result.series.find((p) => p.month < deadline);
  return first ? { month: first.month, value: first.value } : undefined;
}

/**
 * The path to the first statutory by-date target whose deadline is at or after
 * `firstMonth` (the chart's first month); undefined when there is none or
 * nothing before its deadline to start from.
 */
export function targetPath(result: IndicatorResult, firstMonth: MonthIndex): TargetPath | undefined {
  const dated = result.indicator.targets
    .filter(
      (t) =>
        t.level === "statutory" &&
        t.kind === "by-date" &&
        t.from !== undefined &&
        t.value !== undefined &&
        t.from >= firstMonth,
    )
    .sort((a, b) => a.from! - b.from!);
  const target = dated[0];
  if (!target) return undefined;
  const deadline = target.from!;
  const start = startOf(result, target, deadline);
  if (!start) return undefined;
  return { startMonth: start.month, startValue: start.value, deadline, level: target.value! };
}

/** Where the path stands in `month`; null outside its start and deadline. */
export function pathValue(path: TargetPath | undefined, month: MonthIndex): number | null {
  if (!path || month < path.startMonth || month > path.deadline) return null;
  const share = (month - path.startMonth) / (path.deadline - path.startMonth);
  return Number((path.startValue + (path.level - path.startValue) * share).toPrecision(12));
}
