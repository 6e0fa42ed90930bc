/** A period target whose period is over: judged once, on the whole period's figure. */
import { monthLabel } from "../periods";
import type { TargetGap } from "../results";
import type { MonthIndex, Target } from "../types";
import { ragFor, signedGap, toleranceFor } from "./compare";
import type { JudgeContext } from "./judgeTarget";
import { periodAverage } from "./periodAverage";
import { resolveLevel } from "./resolveLevel";
import { targetName, targetTitle } from "./targetNames";

/**
 * The verdict over the whole period for a period target that ended before
 * `month` ("13% over 2012-13" seen from 2014); undefined for other targets.
 */
export function endedPeriodGap(ctx: JudgeContext, target: Target, month: MonthIndex): TargetGap | undefined {
  if (target.kind !== "period-average" || target.to === undefined || target.to >= month) return undefined;
  const { indicator, series } = ctx;
  const { level, note } = resolveLevel(indicator, target, ctx.benchmark, series);
  const gap: TargetGap = { target, name: targetName(target), title: targetTitle(target), rag: "none", inForce: true, ...(note ? { note } : {}) };
  if (level === undefined) return gap;
  gap.level = level;
  const average = periodAverage(series, indicator, target, target.to, level);
  if (!average) {
    const from = target.from !== undefined ? `${monthLabel(target.from)} – ` : "";
    return { ...gap, note: `no figures in ${from}${monthLabel(target.to)}` };
  }
  const judged = average.figure;
  const rag = ragFor(judged, level, indicator.polarity, toleranceFor(indicator, level, ctx.defaultTolerance));
  return { ...gap, average, judged, gap: signedGap(judged, level, indicator.polarity), rag };
}
