import type { IndicatorResult } from "../results";
import type { MonthIndex, Target } from "../types";
import { judgeTarget, type JudgeContext } from "./judgeTarget";

/**
 * How many figures in a row, ending at `month`, have been on the headline
 * target (green) or off it (not green). Counting stops at a missing month
 * (for annual indicators, a missing year), at a month where the target did not
 * yet apply, or where the colour changes. Linear in the run's length: each
 * step is one judgement on the series' prefix sums.
 */
export function runOf(ctx: JudgeContext, target: Target, month: MonthIndex, onTarget: boolean): IndicatorResult["run"] {
  const { series } = ctx;
  const maxStep = ctx.indicator.frequency === "annual" ? 12 : 1;
  let i = series.indexOf(month);
  if (i === undefined) return undefined;
  let months = 1;
  while (i > 0) {
    const here = series.points[i]!;
    const before = series.points[i - 1]!;
    if (here.month - before.month > maxStep) break;
    const gap = judgeTarget(ctx, target, before.month, before.value, false);
    if (!gap || gap.inForce === false || gap.rag === "none") break;
    if ((gap.rag === "green") !== onTarget) break;
    months += 1;
    i -= 1;
  }
  return { onTarget, months };
}
