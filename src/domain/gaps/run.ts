import type { IndicatorResult, Rag } from "../results";
import type { MonthIndex, Target } from "../types";
import { ragFor, toleranceFor } from "./compare";
import { periodFigureAt } from "./periodAverage";
import type { JudgeContext } from "./judgeTarget";
import { targetStatus } from "./judgeTarget";
import { resolveLevel } from "./resolveLevel";

/**
 * The RAG `judgeTarget` would give `target` at `month` for `value`, or
 * undefined where it would give none (not in force, no level, no figures in
 * the period yet). Only the colour: no gap object, notes or trajectory, so a
 * long run costs one comparison per month. `level` and `tolerance` are the
 * target's, worked out once per run.
 */
function ragAt(
  ctx: JudgeContext,
  target: Target,
  month: MonthIndex,
  value: number,
  level: number,
  tolerance: number,
): Rag | undefined {
  if (targetStatus(target, month) !== "in-force") return undefined;
  let judged = value;
  if (target.kind === "period-average") {
    // As judgeTarget: the period's figure so far, on its basis.
    const figure = periodFigureAt(ctx.series, ctx.indicator, target, month);
    if (figure === undefined) return undefined;
    judged = figure;
  }
  return ragFor(judged, level, ctx.indicator.polarity, tolerance);
}

/**
 * How many figures in a row, ending at `month`, have been on the headline
 * target (green) or off it (not green). Counting stops at a missing month
 * (for annual indicators, a missing year), at a month where the target did not
 * yet apply, or where the colour changes. Linear in the run's length: each
 * step is one comparison on the series' prefix sums.
 */
export function runOf(ctx: JudgeContext, target: Target, month: MonthIndex, onTarget: boolean): IndicatorResult["run"] {
  const { series } = ctx;
  const maxStep = ctx.indicator.frequency === "annual" ? 12 : 1;
  let i = series.indexOf(month);
  if (i === undefined) return undefined;
  const { level } = resolveLevel(ctx.indicator, target, ctx.benchmark, series);
  if (level === undefined) return { onTarget, months: 1 };
  const tolerance = toleranceFor(ctx.indicator, level, ctx.defaultTolerance);
  let months = 1;
  while (i > 0) {
    const here = series.points[i]!;
    const before = series.points[i - 1]!;
    if (here.month - before.month > maxStep) break;
    const rag = ragAt(ctx, target, before.month, before.value, level, tolerance);
    if (rag === undefined || rag === "none") break;
    if ((rag === "green") !== onTarget) break;
    months += 1;
    i -= 1;
  }
  return { onTarget, months };
}
