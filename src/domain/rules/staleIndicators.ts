/**
 * `stale-indicator`: an indicator whose latest row lags the table's latest month.
 * The reference is the latest month across monthly indicators (across all
 * indicators when there are only annual ones). A monthly indicator 2 or more
 * months behind is stale; an annual one more than 12 months behind. The warning
 * sits at the indicator's latest row (its whole-authority row when there is one).
 */
import { issue } from "./issue";
import { monthLabel } from "../periods";
import type { MonthIndex, Observation, ValidationIssue } from "../types";
import { cellPlace } from "./cellPlace";
import { frequencyOf, latestMonth, type Series } from "./seriesIndex";

interface Latest {
  obs: Observation;
  annual: boolean;
}

function latestPerCode(series: readonly Series[]): Map<string, Latest> {
  const latest = new Map<string, Latest>();
  for (const s of series) {
    const last = s.points[s.points.length - 1];
    if (!last) continue;
    const seen = latest.get(s.code);
    const better = !seen || last.month > seen.obs.month || (last.month === seen.obs.month && last.area === "");
    if (better) latest.set(s.code, { obs: last, annual: frequencyOf(s.indicator) === "annual" });
  }
  return latest;
}

function lagWords(months: number): string {
  return months === 1 ? "1 month" : `${months} months`;
}

/** Reports each indicator that has fallen behind. */
export function checkStaleIndicators(tableName: string, series: readonly Series[]): ValidationIssue[] {
  const perCode = latestPerCode(series);
  const monthly = [...perCode.values()].filter((l) => !l.annual).map((l) => l.obs);
  const reference: MonthIndex | undefined = latestMonth(
    monthly.length > 0 ? monthly : [...perCode.values()].map((l) => l.obs),
  );
  if (reference === undefined) return [];
  const issues: ValidationIssue[] = [];
  for (const [code, { obs, annual }] of perCode) {
    const lag = reference - obs.month;
    if (annual ? lag <= 12 : lag < 2) continue;
    issues.push(
      issue(
        "stale-indicator",
        obs.at,
        `${cellPlace(tableName, "Value", obs.at)}: the latest ${annual ? "yearly " : ""}figure for ${code} is for ${monthLabel(obs.month)}, ${lagWords(lag)} behind the latest month in the table (${monthLabel(reference)}). Add the newer figures.`,
      ),
    );
  }
  return issues;
}
