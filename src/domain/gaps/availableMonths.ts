import { monthKey } from "../periods";
import type { MonthIndex, Observation } from "../types";

/** The months that have at least one figure, oldest first. */
export function availableMonths(observations: readonly Observation[]): MonthIndex[] {
  const months = new Set<MonthIndex>();
  for (const o of observations) if (o.value !== null) months.add(o.month);
  return [...months].sort((a, b) => a - b);
}

/** Up to this many months are listed one by one in messages; more are summarised. */
const LIST_LIMIT = 24;

/** "2011-02, 2011-03" or "2011-02 … 2017-03 (74 months)". */
export function describeMonths(months: readonly MonthIndex[]): string {
  if (months.length <= LIST_LIMIT) return months.map(monthKey).join(", ");
  return `${monthKey(months[0]!)} … ${monthKey(months[months.length - 1]!)} (${months.length} months)`;
}

/** Asked for a reporting month that has no figures. */
export class UnknownPeriodError extends Error {
  readonly code = "UNKNOWN_PERIOD";

  constructor(
    readonly month: MonthIndex,
    readonly available: readonly MonthIndex[],
  ) {
    super(
      available.length
        ? `No data for ${monthKey(month)}. Months with data: ${describeMonths(available)}.`
        : `No data for ${monthKey(month)}: the data has no months with figures.`,
    );
    this.name = "UnknownPeriodError";
  }
}
