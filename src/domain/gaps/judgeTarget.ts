/**
 * One target judged at one month: its level, the gap, the RAG, and for
 * period averages the mean so far, for future deadlines the trajectory.
 */
import { monthLabel } from "../periods";
import type { TargetGap } from "../results";
import type { Indicator, MonthIndex, Target } from "../types";
import { ragFor, signedGap, tidy, toleranceFor } from "./compare";
import { periodAverage } from "./periodAverage";
import { resolveLevel, type Benchmark } from "./resolveLevel";
import type { Series } from "./series";
import { deadlineVerdict } from "./deadlineVerdict";
import { minimisingSince } from "./minimising";
import { targetName, targetTitle } from "./targetNames";
import { trajectoryFor } from "./trajectory";

/** In force at the month, due later (a by-date deadline still ahead), or not relevant then. */
export type TargetStatus = "in-force" | "due" | "not-applicable";

/**
 * - by-date: from its deadline on (no `from` = always); before it, "due".
 * - period-average: within its span [from, to] only.
 * - maintain and benchmark: always.
 */
export function targetStatus(target: Target, month: MonthIndex): TargetStatus {
  switch (target.kind) {
    case "by-date":
      return target.from === undefined || target.from <= month ? "in-force" : "due";
    case "period-average":
      return (target.from ?? -Infinity) <= month && month <= (target.to ?? Infinity) ? "in-force" : "not-applicable";
    case "maintain":
    case "benchmark":
      return "in-force";
  }
}

export interface JudgeContext {
  indicator: Indicator;
  series: Series;
  defaultTolerance: number;
  /** The comparator figure for this indicator, for benchmark targets. */
  benchmark?: Benchmark;
}

function withNote(gap: TargetGap, note: string): TargetGap {
  return { ...gap, note: gap.note ? `${gap.note}; ${note}` : note };
}

/**
 * Judges `target` at `month` given that month's figure (`value`, null when
 * there is none). Undefined when the target does not apply at that month.
 * A by-date target still ahead is returned unjudged (rag none, `inForce`
 * false, note "due Aug 2011") with its trajectory when there is a figure.
 * With no figure for the month there is no RAG, even for a period average,
 * so that a stale series never shows a colour.
 */
export function judgeTarget(ctx: JudgeContext, target: Target, month: MonthIndex, value: number | null): TargetGap | undefined {
  const status = targetStatus(target, month);
  if (status === "not-applicable") return undefined;
  const { indicator, series } = ctx;
  const inForce = status === "in-force";
  const resolved = resolveLevel(indicator, target, ctx.benchmark, series);
  const { level, note } = resolved;
  let gap: TargetGap = { target, name: targetName(target), title: targetTitle(target), rag: "none", inForce, ...(note ? { note } : {}) };
  if (resolved.baseline) gap.baseline = resolved.baseline;
  if (resolved.levelText) gap.levelText = resolved.levelText;
  if (level === undefined) return gap;
  gap.level = level;

  const average = target.kind === "period-average" ? periodAverage(series, indicator, target, month, level) : undefined;
  if (average) gap.average = average;
  const judged = target.kind === "period-average" ? average?.figure : (value ?? undefined);
  if (judged !== undefined) {
    gap.judged = judged;
    gap.gap = signedGap(judged, level, indicator.polarity);
    // A level so near zero that the ratio overflows (5e-324) has no meaningful relative gap, as zero has none.
    const relative = gap.gap / Math.abs(level);
    if (Number.isFinite(relative)) gap.relativeGap = tidy(relative);
  }
  const tolerance = toleranceFor(indicator, level, ctx.defaultTolerance);

  if (!inForce) {
    gap = withNote(gap, `due ${monthLabel(target.from!)}`);
    if (value !== null) {
      gap.trajectory = trajectoryFor({ indicator, series, month, latest: value, level, targetMonth: target.from!, tolerance });
    }
    return gap;
  }
  const atDeadline = deadlineVerdict(series, indicator, target, level, tolerance);
  if (atDeadline) gap.atDeadline = atDeadline;
  const minimising = minimisingSince(series, indicator, target, month);
  if (minimising) gap.minimising = minimising;
  if (value === null) return withNote(gap, `no figure for ${monthLabel(month)}`);
  // The month's own figure lies in a period target's span, so with it there is always a figure to judge.
  gap.rag = ragFor(judged!, level, indicator.polarity, tolerance);
  return gap;
}
