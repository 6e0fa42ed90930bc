/**
 * `implausible-jump`: a change from one period to the next that is an outlier for
 * its own series — most often a figure typed wrongly or taken from the wrong
 * extract. The rule is robust, so one bad figure does not hide itself by
 * inflating the yardstick:
 *
 * - changes are taken between adjacent periods only (consecutive months; for
 *   annual indicators, figures 6 to 18 months apart), skipping blank values;
 * - a series is judged only once it has at least 6 such changes;
 * - with m the median change and MAD the median absolute deviation of the
 *   changes from m, a change c is flagged when |c − m| > max(6 × 1.4826 × MAD, floor);
 *   1.4826 × MAD estimates the standard deviation, so this is about six sigma;
 * - the floor is the larger of 5% of the series' median absolute level and 1 unit,
 *   so a very smooth series (MAD near zero) does not trip on ordinary small moves.
 */
import { issue } from "../issue";
import { monthLabel } from "../periods";
import type { Observation, ValidationIssue } from "../types";
import { areaWords } from "./areaNames";
import { cellPlace } from "./cellPlace";
import { median } from "./median";
import { frequencyOf, type Series } from "./seriesIndex";

const MIN_CHANGES = 6;
const SIGMAS = 6;
const MAD_TO_SIGMA = 1.4826;
const LEVEL_FLOOR = 0.05;
const UNIT_FLOOR = 1;

interface Step {
  from: Observation;
  to: Observation;
  change: number;
}

function adjacentSteps(series: Series): Step[] {
  const annual = frequencyOf(series.indicator) === "annual";
  const steps: Step[] = [];
  let prev: Observation | undefined;
  for (const obs of series.points) {
    if (obs.value === null) continue;
    if (prev) {
      const gap = obs.month - prev.month;
      const adjacent = annual ? gap >= 6 && gap <= 18 : gap === 1;
      if (adjacent) steps.push({ from: prev, to: obs, change: obs.value - prev.value! });
    }
    prev = obs;
  }
  return steps;
}

function signed(x: number): string {
  const r = Math.round(x * 100) / 100;
  return r > 0 ? `+${r}` : String(r);
}

function seriesJumps(tableName: string, series: Series, issues: ValidationIssue[]): void {
  const steps = adjacentSteps(series);
  if (steps.length < MIN_CHANGES) return;
  const changes = steps.map((s) => s.change);
  const typical = median(changes);
  const mad = median(changes.map((c) => Math.abs(c - typical)));
  const level = median(series.points.filter((p) => p.value !== null).map((p) => Math.abs(p.value!)));
  const limit = Math.max(SIGMAS * MAD_TO_SIGMA * mad, LEVEL_FLOOR * level, UNIT_FLOOR);
  for (const { from, to, change } of steps) {
    if (Math.abs(change - typical) <= limit) continue;
    issues.push(
      issue(
        "implausible-jump",
        "warning",
        to.at,
        `${cellPlace(tableName, "Value", to.at)}: ${series.code} for ${areaWords(series.area)} went from ${from.value} in ${monthLabel(from.month)} to ${to.value} in ${monthLabel(to.month)} (${signed(change)}). Its usual change is about ${signed(typical)}, and moves more than ${Math.round(limit * 100) / 100} away from that are rare. Check the figure.`,
      ),
    );
  }
}

/** Reports outlying period-on-period changes in every series. */
export function checkImplausibleJumps(tableName: string, series: readonly Series[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const s of series) seriesJumps(tableName, s, issues);
  return issues;
}
