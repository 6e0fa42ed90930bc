/** The reporting month as the build needs it: a month, or why there is none. The rule itself is the domain's `reportingMonth`. */
import { knownReportingMonth, UnknownPeriodError } from "../domain/gaps";
import type { Analysis } from "../domain/analyse";
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
  try {
    const month = knownReportingMonth(catalogue, observations, requested);
    return month === undefined ? { kind: "no-figures" } : { kind: "month", month };
  } catch (error) {
    if (error instanceof UnknownPeriodError) return { kind: "unknown", message: error.message };
    throw error;
  }
}

/**
 * As `reportingMonth`, for an analysis: when no month is asked for, the month
 * its checks already chose (the same rule) is taken rather than looking through every row again.
 */
export function analysedReportingMonth(analysis: Pick<Analysis, "catalogue" | "observations" | "month">, requested?: MonthIndex): ReportingMonth {
  if (requested === undefined) return analysis.month === undefined ? { kind: "no-figures" } : { kind: "month", month: analysis.month };
  return reportingMonth(analysis.catalogue, analysis.observations, requested);
}
