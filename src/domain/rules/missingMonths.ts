/**
 * `missing-months`: a gap inside a series. Monthly indicators should have a row
 * for every month between their first and last; annual ones one a year. One
 * warning per gap, at the Value cell of the row after it. Rows with a blank
 * value count as present (they have their own warning).
 */
import { issue } from "./issue";
import { monthLabel } from "../periods";
import type { MonthIndex, Observation, ValidationIssue } from "../types";
import { areaWords } from "./areaNames";
import { cellPlace } from "./cellPlace";
import { frequencyOf, type Series } from "./seriesIndex";

function span(from: MonthIndex, to: MonthIndex): string {
  return from === to ? monthLabel(from) : `${monthLabel(from)} to ${monthLabel(to)}`;
}

/** What is missing between two rows, in words; undefined when nothing is. */
function gapWords(prev: MonthIndex, next: MonthIndex, annual: boolean): string | undefined {
  const diff = next - prev;
  if (!annual) return diff > 1 ? `no rows for ${span(prev + 1, next - 1)}` : undefined;
  // Annual figures are not always dated the same month each year; 18 months apart is a skipped year.
  if (diff < 18) return undefined;
  if (diff % 12 === 0) return `no yearly figure for ${span(prev + 12, next - 12)}`;
  const years = Math.round(diff / 12) - 1;
  return `no yearly figure for about ${years === 1 ? "1 year" : `${years} years`} between ${monthLabel(prev)} and ${monthLabel(next)}`;
}

function seriesGaps(tableName: string, series: Series, issues: ValidationIssue[]): void {
  const annual = frequencyOf(series.indicator) === "annual";
  let prev: Observation | undefined;
  for (let i = 0; i < series.points.length; i++) {
    const obs = series.points[i]!;
    const words = prev ? gapWords(prev.month, obs.month, annual) : undefined;
    if (words) {
      issues.push(
        issue(
          "missing-months",
          obs.at,
          `${cellPlace(tableName, "Value", obs.at)}: ${series.code} for ${areaWords(series.area)} has ${words}, before this row's ${monthLabel(obs.month)}. Add the missing figures, or rows with a blank Value if they are not known.`,
        ),
      );
    }
    prev = obs;
  }
}

/** Reports each gap in each series. */
export function checkMissingMonths(tableName: string, series: readonly Series[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const s of series) seriesGaps(tableName, s, issues);
  return issues;
}
