import { monthKey } from "../periods";
import type { MonthIndex, Observation } from "../types";

/** The months that have at least one figure, oldest first. */
export function availableMonths(observations: readonly Observation[]): MonthIndex[] {
  const months = new Set<MonthIndex>();
  for (const o of observations) if (o.value !== null) months.add(o.month);
  return [...months].sort((a, b) => a - b);
}

/**
 * Every month with data, as contiguous runs so a long list stays readable and
 * still shows each gap: "2011-02 to 2012-09, 2012-11 to 2017-03".
 */
export function describeMonths(months: readonly MonthIndex[]): string {
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= months.length; i++) {
    if (i < months.length && months[i]! === months[i - 1]! + 1) continue;
    const first = months[start]!;
    const last = months[i - 1]!;
    runs.push(first === last ? monthKey(first) : `${monthKey(first)} to ${monthKey(last)}`);
    start = i;
  }
  return runs.join(", ");
}
