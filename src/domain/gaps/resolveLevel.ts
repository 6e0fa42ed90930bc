/** The number a target is judged against, once baselines and benchmarks are looked up. */
import { formatTargetValue, TYPED_BASELINE_NOTE } from "../catalogue/targetText";
import { monthLabel } from "../periods";
import type { TargetGap } from "../results";
import type { Indicator, MonthIndex, Target } from "../types";
import type { Series } from "./series";

/** A comparator figure for one indicator, e.g. the statistical neighbour average. */
export interface Benchmark {
  value: number;
  /** The month (or period end) the comparator figure is for. */
  month?: MonthIndex;
  source?: string;
}

export interface ResolvedLevel {
  level?: number;
  note?: string;
  /** For maintain targets: the baseline the level came from. */
  baseline?: TargetGap["baseline"];
  /** For maintain targets: the level in words ("at least the Feb 2011 level, 59.1%"). */
  levelText?: string;
}

/** The series' figure at `month`, or else the first one after it (up to the series' end). */
function firstFigureFrom(series: Series | undefined, month: MonthIndex): { month: MonthIndex; value: number } | undefined {
  if (!series) return undefined;
  const i = series.indexAtOrBefore(month - 1) + 1;
  return series.points[i];
}

function maintainLevel(indicator: Indicator, target: Target, series: Series | undefined): ResolvedLevel {
  const at = target.baseline?.month;
  const typedOrGiven = target.value ?? target.baseline?.value;
  let baseline: TargetGap["baseline"];
  if (typedOrGiven !== undefined) {
    const typed = target.value !== undefined && target.baseline?.note === TYPED_BASELINE_NOTE;
    baseline = { value: typedOrGiven, ...(at !== undefined && !typed ? { month: at } : {}), source: typed ? "typed" : "catalogue" };
  } else {
    const first = at !== undefined ? firstFigureFrom(series, at) : undefined;
    if (first) baseline = { value: first.value, month: first.month, source: "series" };
    else if (indicator.baseline) {
      baseline = { value: indicator.baseline.value, ...(indicator.baseline.month !== undefined ? { month: indicator.baseline.month } : {}), source: "catalogue" };
    }
  }
  if (!baseline) {
    const note = at !== undefined ? `no figure from ${monthLabel(at)} on to take as the baseline` : "no baseline level supplied";
    return { note };
  }
  const words = indicator.polarity === "higher" ? "at least" : "no more than";
  const value = formatTargetValue(baseline.value, indicator.unit);
  const levelText =
    baseline.source === "typed"
      ? `${words} ${value} (typed in the Indicators table)`
      : `${words} the ${baseline.month !== undefined ? `${monthLabel(baseline.month)} ` : ""}level, ${value}`;
  return { level: baseline.value, baseline, levelText };
}

/**
 * - by-date and period-average: the target's own value.
 * - maintain: a level typed in the Indicators table, else the target's
 *   baseline figure, else the series' figure at the baseline month or the
 *   first after it (the Notice's issue month: "the levels prevailing when
 *   this Improvement Notice was issued"), else the indicator's baseline.
 * - benchmark: the supplied comparator figure, else a value typed on the target.
 * Without a number the target cannot be judged, and the note says what is missing.
 */
export function resolveLevel(indicator: Indicator, target: Target, benchmark?: Benchmark, series?: Series): ResolvedLevel {
  switch (target.kind) {
    case "by-date":
    case "period-average":
      return target.value !== undefined ? { level: target.value } : { note: "no target level supplied" };
    case "maintain":
      return maintainLevel(indicator, target, series);
    case "benchmark": {
      const what = target.benchmark ?? "statistical neighbour average";
      if (benchmark) {
        const when = benchmark.month !== undefined ? ` for ${monthLabel(benchmark.month)}` : "";
        return { level: benchmark.value, note: `${what}${when}` };
      }
      return target.value !== undefined ? { level: target.value } : { note: `no ${what} supplied` };
    }
  }
}
