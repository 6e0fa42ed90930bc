/** The number a target is judged against, once baselines and benchmarks are looked up. */
import { monthLabel } from "../periods";
import type { Indicator, MonthIndex, Target } from "../types";

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
}

/**
 * - by-date and period-average: the target's own value.
 * - maintain: the target's value, else its baseline, else the indicator's baseline.
 * - benchmark: the supplied comparator figure, else a value typed on the target.
 * Without a number the target cannot be judged, and the note says what is missing.
 */
export function resolveLevel(indicator: Indicator, target: Target, benchmark?: Benchmark): ResolvedLevel {
  switch (target.kind) {
    case "by-date":
    case "period-average":
      return target.value !== undefined ? { level: target.value } : { note: "no target level supplied" };
    case "maintain": {
      const level = target.value ?? target.baseline?.value ?? indicator.baseline?.value;
      return level !== undefined ? { level } : { note: "no baseline level supplied" };
    }
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
