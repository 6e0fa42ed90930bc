/**
 * The reporting month, decided here for validate, build and the pane alike:
 * the month asked for (`--period`, the pane's choice), else the latest month
 * the Member Dashboard's indicators have a whole-authority figure for — not
 * the latest month of any row, so one early figure for a minor indicator does
 * not move the report on, and the month is the one the dashboard can show.
 * Without dashboard figures, the latest month with any figure.
 */
import { UnknownPeriodError } from "../errors";
import type { Catalogue, MonthIndex, Observation } from "../types";
import { availableMonths } from "./availableMonths";

function dashboardCodes(catalogue: Catalogue): Set<string> {
  return new Set(catalogue.filter((i) => i.dashboard).map((i) => i.code));
}

/** `requested` when given, else the month a build reports by default; undefined when there are no figures. */
export function reportingMonth(
  catalogue: Catalogue,
  observations: readonly Observation[],
  requested?: MonthIndex,
): MonthIndex | undefined {
  if (requested !== undefined) return requested;
  const codes = dashboardCodes(catalogue);
  let latest: MonthIndex | undefined;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    if (o.area === "" && o.value !== null && codes.has(o.code) && (latest === undefined || o.month > latest))
      latest = o.month;
  }
  return latest ?? availableMonths(observations).at(-1);
}

/**
 * The reporting month for results: as `reportingMonth`, but a month asked for
 * must have figures. Throws `UnknownPeriodError` naming the months that have.
 */
export function knownReportingMonth(
  catalogue: Catalogue,
  observations: readonly Observation[],
  requested?: MonthIndex,
): MonthIndex | undefined {
  const month = reportingMonth(catalogue, observations, requested);
  if (requested === undefined) return month;
  const months = availableMonths(observations);
  if (!months.includes(requested)) throw new UnknownPeriodError(requested, months);
  return month;
}

/** The dashboard indicators with no whole-authority figure for `month`, in catalogue order. */
export function dashboardMissing(
  catalogue: Catalogue,
  observations: readonly Observation[],
  month: MonthIndex,
): string[] {
  const present = new Set<string>();
  for (const o of observations) if (o.month === month && o.area === "" && o.value !== null) present.add(o.code);
  return catalogue.filter((i) => i.dashboard && !present.has(i.code)).map((i) => i.code);
}
