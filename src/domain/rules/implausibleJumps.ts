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
import { medianOfFirst } from "./median";
import { frequencyOf, type Series } from "./seriesIndex";

const MIN_CHANGES = 6;
const SIGMAS = 6;
const MAD_TO_SIGMA = 1.4826;
const LEVEL_FLOOR = 0.05;
const NEIGHBOURS = 3;
const UNIT_FLOOR = 1;
const COUNT_NOISE_SIGMAS = 4;

/**
 * Scratch columns for one series at a time, sized once for the longest series
 * and reused: a 100,000-row table has about as many changes, and an object for
 * each (or fresh arrays per series) was a quarter of everything validation
 * allocated. Change i goes from `points[from[i]]` to `points[to[i]]`.
 */
class StepColumns {
  count = 0;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly change: Float64Array;
  readonly residual: Float64Array;
  readonly local: Float64Array;
  /** For medians, which rearrange what they are given. */
  readonly scratch: Float64Array;

  constructor(capacity: number) {
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.change = new Float64Array(capacity);
    this.residual = new Float64Array(capacity);
    this.local = new Float64Array(capacity);
    this.scratch = new Float64Array(capacity);
  }
}

/** Fills `steps` with the series' changes between adjacent periods. */
function adjacentSteps(series: Series, steps: StepColumns): void {
  const annual = frequencyOf(series.indicator) === "annual";
  const breakFrom = series.indicator?.seriesBreak?.from;
  const points = series.points;
  steps.count = 0;
  let prev: Observation | undefined;
  let prevIndex = -1;
  for (let i = 0; i < points.length; i++) {
    const obs = points[i]!;
    if (obs.value === null) continue;
    if (prev) {
      const gap = obs.month - prev.month;
      const adjacent = annual ? gap >= 6 && gap <= 18 : gap === 1;
      const acrossBreak = breakFrom !== undefined && prev.month < breakFrom && obs.month >= breakFrom;
      if (adjacent && !acrossBreak) {
        steps.from[steps.count] = prevIndex;
        steps.to[steps.count] = i;
        steps.change[steps.count] = obs.value - prev.value!;
        steps.count++;
      }
    }
    prev = obs;
    prevIndex = i;
  }
}

function signed(x: number): string {
  const r = Math.round(x * 100) / 100;
  return r > 0 ? `+${r}` : String(r);
}

/**
 * Fills `residual` with each change minus the median of its neighbours
 * (`local`: the local trend), i.e. what the trend does not explain.
 */
function fillResiduals(steps: StepColumns): void {
  const { change, residual, local, count } = steps;
  // One small scratch array reused for every change's neighbours: no slices or spreads per change.
  const around: number[] = new Array<number>(2 * NEIGHBOURS).fill(0);
  for (let i = 0; i < count; i++) {
    let n = 0;
    for (let j = Math.max(0, i - NEIGHBOURS); j < i; j++) around[n++] = change[j]!;
    for (let j = i + 1; j <= i + NEIGHBOURS && j < count; j++) around[n++] = change[j]!;
    local[i] = medianOfFew(around, n);
    residual[i] = change[i]! - local[i]!;
  }
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

/** Median absolute residual: the series' typical surprise. */
function medianAbsoluteResidual(steps: StepColumns): number {
  for (let i = 0; i < steps.count; i++) steps.scratch[i] = Math.abs(steps.residual[i]!);
  return medianOfFirst(steps.scratch, steps.count);
}

/** Median absolute figure over the series' non-blank points: its usual size. */
function medianLevel(points: readonly Observation[], scratch: Float64Array): number {
  let n = 0;
  for (let i = 0; i < points.length; i++) {
    const value = points[i]!.value;
    if (value !== null) scratch[n++] = Math.abs(value);
  }
  return medianOfFirst(scratch, n);
}

function seriesJumps(tableName: string, series: Series, steps: StepColumns, issues: ValidationIssue[]): void {
  adjacentSteps(series, steps);
  if (steps.count < MIN_CHANGES) return;
  fillResiduals(steps);
  const mad = medianAbsoluteResidual(steps);
  const level = medianLevel(series.points, steps.scratch);
  const isCount = series.indicator?.unit === "count";
  for (let i = 0; i < steps.count; i++) {
    const from = series.points[steps.from[i]!]!;
    const to = series.points[steps.to[i]!]!;
    const change = steps.change[i]!;
    const countNoise = isCount ? COUNT_NOISE_SIGMAS * Math.sqrt(Math.max(Math.abs(from.value!), Math.abs(to.value!))) : 0;
    const limit = Math.max(SIGMAS * MAD_TO_SIGMA * mad, LEVEL_FLOOR * level, LEVEL_FLOOR * Math.abs(from.value!), UNIT_FLOOR, countNoise);
    if (change === 0 || Math.abs(steps.residual[i]!) <= limit) continue;
    if (series.indicator?.yearToDate && monthOf(to.month) === 4) continue;
    issues.push(
      issue(
        "implausible-jump",
        to.at,
        `${cellPlace(tableName, "Value", to.at)}: ${series.code} for ${areaWords(series.area)} went from ${from.value} in ${monthLabel(from.month)} to ${to.value} in ${monthLabel(to.month)} (${signed(change)}), where the months around it moved by about ${signed(steps.local[i]!)}. Check the figure.`,
      ),
    );
  }
}

/** Reports outlying period-on-period changes in every series. */
export function checkImplausibleJumps(tableName: string, series: readonly Series[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let longest = 0;
  for (const s of series) longest = Math.max(longest, s.points.length);
  const steps = new StepColumns(longest);
  for (const s of series) seriesJumps(tableName, s, steps, issues);
  return issues;
}
