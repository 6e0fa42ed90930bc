/**
 * The level a target line stands at in each month of a chart. A line is drawn
 * only where its target applies, so a deadline shows where the line starts.
 */
import type { IndicatorResult } from "../../../domain/results";
import type { MonthIndex, Target, TargetLevel } from "../../../domain/types";

/**
 * True when a target applies in a month: a by-date target from its deadline
 * on (it is held from then), a period average within its span, and a
 * "maintain" or benchmark target throughout.
 */
export function targetApplies(target: Target, month: MonthIndex): boolean {
  switch (target.kind) {
    case "by-date":
      return target.from === undefined || month >= target.from;
    case "period-average":
      return (target.from === undefined || month >= target.from) && (target.to === undefined || month <= target.to);
    case "maintain":
    case "benchmark":
      return true;
  }
}

function sameTarget(a: Target, b: Target): boolean {
  return a === b || (a.kind === b.kind && a.level === b.level && a.label === b.label);
}

/**
 * The number a target is drawn at: the level the engine resolved for it (which
 * covers baselines and benchmarks), else its own value or baseline.
 */
export function targetLevelOf(result: IndicatorResult, target: Target): number | undefined {
  const gap = result.gaps.find((g) => sameTarget(g.target, target));
  if (gap?.level !== undefined) return gap.level;
  if (target.value !== undefined) return target.value;
  if (target.kind === "maintain") return target.baseline?.value ?? result.indicator.baseline?.value;
  return undefined;
}

/** The targets of one level: the catalogue's, plus any the engine judged that the catalogue lacks. */
function targetsOf(result: IndicatorResult, level: TargetLevel): Target[] {
  const targets = result.indicator.targets.filter((t) => t.level === level);
  for (const g of result.gaps) {
    if (g.target.level === level && !targets.some((t) => sameTarget(t, g.target))) targets.push(g.target);
  }
  return targets;
}

/**
 * Where the statutory (or internal) line stands in `month`, in the indicator's
 * own unit; undefined when no target of that level applies or none has a level.
 * When several apply, the one that came into force last wins, as in the
 * headline ("≥ 11% by Mar 2012" gives way to "average ≥ 13% over 2012-13").
 */
export function targetLineValue(result: IndicatorResult, level: TargetLevel, month: MonthIndex): number | undefined {
  let best: { from: number; value: number } | undefined;
  for (const target of targetsOf(result, level)) {
    if (!targetApplies(target, month)) continue;
    const value = targetLevelOf(result, target);
    if (value === undefined) continue;
    const from = target.from ?? -Infinity;
    if (!best || from > best.from) best = { from, value };
  }
  return best?.value;
}
