/** Reading a cumulative monthly profile: planned spend to date at any month. */
import type { MonthIndex } from "../types";
import type { ProfilePoint } from "./budgetLine";

/**
 * Planned spend to the end of `month`: the latest profile point at or before it
 * (a blank month carries the previous total forward), 0 before the profile
 * starts, undefined when there is no profile.
 */
export function plannedAt(profile: readonly ProfilePoint[], month: MonthIndex): number | undefined {
  if (profile.length === 0) return undefined;
  let planned = 0;
  for (const point of profile) {
    if (point.month > month) break;
    planned = point.planned;
  }
  return planned;
}

/** Adds cumulative profiles month by month, carrying each one's total forward over its gaps. */
export function sumProfiles(profiles: readonly (readonly ProfilePoint[])[]): ProfilePoint[] {
  const months = [...new Set(profiles.flatMap((p) => p.map((point) => point.month)))].sort((a, b) => a - b);
  return months.map((month) => ({
    month,
    planned: Math.round(profiles.reduce((sum, p) => sum + (plannedAt(p, month) ?? 0), 0) * 100) / 100,
  }));
}
