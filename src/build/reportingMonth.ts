/** The one place the reporting month is decided. */
import { availableMonths, UnknownPeriodError } from "../domain/gaps";
import { reportingMonth as latestDashboardMonth } from "../domain/gaps/reportingMonth";
import type { Catalogue, MonthIndex, Observation } from "../domain/types";

export type ReportingMonth =
  | { kind: "month"; month: MonthIndex }
  /** The data has no month with a figure. */
  | { kind: "no-figures" }
  /** The month asked for has no figures; the sentence lists the months that have. */
  | { kind: "unknown"; message: string };

/**
 * The month asked for when it has figures; without one, the latest month the
 * dashboard indicators have a whole-authority figure for (else the latest with any).
 */
export function reportingMonth(catalogue: Catalogue, observations: readonly Observation[], requested?: MonthIndex): ReportingMonth {
  const months = availableMonths(observations);
  if (requested === undefined) {
    const latest = latestDashboardMonth(catalogue, observations);
    return latest === undefined ? { kind: "no-figures" } : { kind: "month", month: latest };
  }
  return months.includes(requested)
    ? { kind: "month", month: requested }
    : { kind: "unknown", message: new UnknownPeriodError(requested, months).message };
}
