/**
 * `implausible-jump`: a change from one period to the next that is an outlier for
 * its own series — most often a figure typed wrongly or taken from the wrong
 * extract. The rule is robust, so one bad figure does not hide itself by
 * inflating the yardstick, and a steady trend (a backlog being cleared month
 * after month) is not mistaken for a jump:
 *
 * - changes are taken between adjacent periods only (consecutive months; for
 *   annual indicators, figures 6 to 18 months apart), skipping blank values;
 * - a series is judged only once it has at least 6 such changes;
 * - each change is compared with the median of its neighbours (up to 3 changes
 *   either side), so the residual is what the local trend does not explain;
 * - with MAD the median absolute residual over the series, a change is flagged
 *   when |residual| > max(6 × 1.4826 × MAD, floor); 1.4826 × MAD estimates the
 *   standard deviation, so this is about six sigma;
 * - the floor is the largest of 5% of the series' median absolute level, 5% of
 *   the figure before the change, and 1 unit, so a very smooth series (MAD near
 *   zero) does not trip on ordinary small moves;
 * - for counts the floor also allows 4 × √(the larger figure): counts of cases
 *   vary by about their square root by chance alone, so 22 → 19 is noise while
 *   2269 → 1656 is not;
 * - no change at all is never a jump, and nor is the April step of a
 *   year-to-date indicator, which restarts its count each financial year;
 * - no change is taken across a series break (a change of definition, the
 *   Indicators table's Definition from): the figures either side measure
 *   different things.
 */
import { issue } from "./issue";
import { monthLabel, monthOf } from "../periods";
import type { Observation, ValidationIssue } from "../types";
import { areaWords } from "./areaNames";
import { cellPlace } from "./cellPlace";
import { median } from "./median";
import { frequencyOf, type Series } from "./seriesIndex";

const MIN_CHANGES = 6;
const SIGMAS = 6;
const MAD_TO_SIGMA = 1.4826;
const LEVEL_FLOOR = 0.05;
const NEIGHBOURS = 3;
const UNIT_FLOOR = 1;
const COUNT_NOISE_SIGMAS = 4;

interface Step {
  from: Observation;
  to: Observation;
  change: number;
}

function adjacentSteps(series: Series): Step[] {
  const annual = frequencyOf(series.indicator) === "annual";
  const breakFrom = series.indicator?.seriesBreak?.from;
  const steps: Step[] = [];
  let prev: Observation | undefined;
  for (let i = 0; i < series.points.length; i++) {
    const obs = series.points[i]!;
    if (obs.value === null) continue;
    if (prev) {
      const gap = obs.month - prev.month;
      const adjacent = annual ? gap >= 6 && gap <= 18 : gap === 1;
      const acrossBreak = breakFrom !== undefined && prev.month < breakFrom && obs.month >= breakFrom;
      if (adjacent && !acrossBreak) steps.push({ from: prev, to: obs, change: obs.value - prev.value! });
    }
    prev = obs;
  }
  return steps;
}

function signed(x: number): string {
  const r = Math.round(x * 100) / 100;
  return r > 0 ? `+${r}` : String(r);
}

/** Each change minus the median of its neighbouring changes: what the local trend does not explain. */
function residuals(changes: readonly number[]): { residual: number; local: number }[] {
  // One small scratch array reused for every change's neighbours: no slices, spreads or typed arrays per change.
  const around: number[] = new Array<number>(2 * NEIGHBOURS).fill(0);
  return changes.map((change, i) => {
    let n = 0;
    for (let j = Math.max(0, i - NEIGHBOURS); j < i; j++) around[n++] = changes[j]!;
    for (let j = i + 1; j <= i + NEIGHBOURS && j < changes.length; j++) around[n++] = changes[j]!;
    const local = medianOfFew(around, n);
    return { residual: change - local, local };
  });
}

/** Median of the first `n` (1 to 6: a series judged has at least 6 changes) entries of `a`, sorting them in place. */
function medianOfFew(a: number[], n: number): number {
  for (let i = 1; i < n; i++) {
    const x = a[i]!;
    let j = i - 1;
    for (; j >= 0 && a[j]! > x; j--) a[j + 1] = a[j]!;
    a[j + 1] = x;
  }
  const mid = n >> 1;
  return n % 2 === 1 ? a[mid]! : (a[mid - 1]! + a[mid]!) / 2;
}

function seriesJumps(tableName: string, series: Series, issues: ValidationIssue[]): void {
  const steps = adjacentSteps(series);
  if (steps.length < MIN_CHANGES) return;
  const res = residuals(steps.map((s) => s.change));
  const mad = median(res.map((r) => Math.abs(r.residual)));
  const isCount = series.indicator?.unit === "count";
  const level = median(series.points.filter((p) => p.value !== null).map((p) => Math.abs(p.value!)));
  steps.forEach(({ from, to, change }, i) => {
    const { residual, local } = res[i]!;
    const countNoise = isCount ? COUNT_NOISE_SIGMAS * Math.sqrt(Math.max(Math.abs(from.value!), Math.abs(to.value!))) : 0;
    const limit = Math.max(SIGMAS * MAD_TO_SIGMA * mad, LEVEL_FLOOR * level, LEVEL_FLOOR * Math.abs(from.value!), UNIT_FLOOR, countNoise);
    if (change === 0 || Math.abs(residual) <= limit) return;
    if (series.indicator?.yearToDate && monthOf(to.month) === 4) return;
    issues.push(
      issue(
        "implausible-jump",
        to.at,
        `${cellPlace(tableName, "Value", to.at)}: ${series.code} for ${areaWords(series.area)} went from ${from.value} in ${monthLabel(from.month)} to ${to.value} in ${monthLabel(to.month)} (${signed(change)}), where the months around it moved by about ${signed(local)}. Check the figure.`,
      ),
    );
  });
}

/** Reports outlying period-on-period changes in every series. */
export function checkImplausibleJumps(tableName: string, series: readonly Series[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const s of series) seriesJumps(tableName, s, issues);
  return issues;
}
