/**
 * The Improvement Notice tracker's rows: every statutory target of every
 * indicator in the catalogue, for the whole authority, with where it stands
 * at the reporting month. The quarterly return to the Minister, as data; the
 * sheet and `scorecard build --json` both come from it.
 */
import { DEFAULT_TOLERANCE, ragFor, resolveLevel, signedGap, toleranceFor, type Benchmark } from "../domain/gaps";
import { periodAverage } from "../domain/gaps/periodAverage";
import { Series } from "../domain/gaps/series";
import { monthLabel } from "../domain/periods";
import type { IndicatorResult, SeriesPoint, TargetGap } from "../domain/results";
import type { Catalogue, Indicator, MonthIndex, Target } from "../domain/types";
import { noDataStanding, notStartedStanding, targetStanding, type TargetStanding } from "./targetVerdict";

export interface TrackerRow {
  code: string;
  /** The target's place in the indicator's target list: with the code, its stable key. */
  index: number;
  indicator: Indicator;
  target: Target;
  /** "IN 7" when the target's source is "Improvement Notice target 7", else the source as written. */
  reference?: string;
  /** "Aug 2011", "Apr 2012 – Mar 2013", or "ongoing". */
  deadline: string;
  baseline?: { value: number; month?: MonthIndex };
  /** The target level judged against (a resolved baseline or benchmark included). */
  level?: number;
  /** The latest authority-wide figure up to the reporting month. */
  latest?: { value: number; month: MonthIndex };
  standing: TargetStanding;
}

/** The key of a target's commentary cell, carried across refreshes. */
export function trackerKey(code: string, index: number): string {
  return `tracker:${code}:${index}`;
}

/** "Improvement Notice target 7" → "IN 7". */
export function noticeReference(source: string | undefined): string | undefined {
  if (!source) return undefined;
  const m = /^improvement notice target\s+(\d+)$/i.exec(source.trim());
  return m ? `IN ${m[1]}` : source;
}

/** When the target is due, as the tracker's Deadline column says it. */
export function deadlineText(target: Target): string {
  if (target.kind === "period-average" && target.from !== undefined && target.to !== undefined) {
    return `${monthLabel(target.from)} – ${monthLabel(target.to)}`;
  }
  if (target.kind === "by-date" && target.from !== undefined) return monthLabel(target.from);
  return "ongoing";
}

function latestOf(series: readonly SeriesPoint[]): TrackerRow["latest"] {
  const last = series[series.length - 1];
  return last ? { value: last.value, month: last.month } : undefined;
}

/** A period-average target whose period has ended: judged on the mean over the whole period. */
function endedAverage(indicator: Indicator, target: Target, series: readonly SeriesPoint[], level: number): TargetGap {
  const average = periodAverage(new Series(series), target, target.to!, level);
  const gap: TargetGap = { target, level, rag: "none", inForce: true };
  if (!average) return { ...gap, note: `no figures in ${deadlineText(target)}` };
  const judged = average.mean;
  const rag = ragFor(judged, level, indicator.polarity, toleranceFor(indicator, level, DEFAULT_TOLERANCE));
  return { ...gap, judged, gap: signedGap(judged, level, indicator.polarity), rag, average };
}

function sameTarget(a: Target, b: Target): boolean {
  return a === b || (a.label === b.label && a.kind === b.kind && a.level === b.level && a.from === b.from && a.to === b.to);
}

function standingOf(
  indicator: Indicator,
  target: Target,
  result: IndicatorResult | undefined,
  month: MonthIndex,
  benchmark: Benchmark | undefined,
): { standing: TargetStanding; level?: number } {
  const dueLater = target.from !== undefined && target.from > month;
  if (!result || result.series.length === 0) return { standing: noDataStanding(dueLater), ...resolveLevel(indicator, target, benchmark) };
  const gap = result.gaps.find((g) => sameTarget(g.target, target));
  const hasValue = result.value !== null;
  if (gap) return { standing: targetStanding(indicator, gap, hasValue), ...(gap.level !== undefined ? { level: gap.level } : {}) };
  // The engine leaves out period averages outside their period: before it, or after it has ended.
  if (target.kind === "period-average" && target.from !== undefined && month < target.from) {
    return { standing: notStartedStanding(target.from, target.to), ...resolveLevel(indicator, target, benchmark) };
  }
  const { level } = resolveLevel(indicator, target, benchmark);
  if (target.kind === "period-average" && target.to !== undefined && level !== undefined) {
    return { standing: targetStanding(indicator, endedAverage(indicator, target, result.series, level), true), level };
  }
  return { standing: noDataStanding(dueLater) };
}

/**
 * One row per statutory target, in catalogue order (an indicator's targets in
 * their own order). `results` are the engine's results at `month`; only the
 * whole-authority ones are used.
 */
export function noticeTracker(
  catalogue: Catalogue,
  results: readonly IndicatorResult[],
  month: MonthIndex,
  benchmarks?: ReadonlyMap<string, Benchmark>,
): TrackerRow[] {
  const byCode = new Map(results.filter((r) => r.area === "").map((r) => [r.code, r]));
  const rows: TrackerRow[] = [];
  const seen = new Set<string>();
  for (const indicator of catalogue) {
    if (seen.has(indicator.code)) continue;
    seen.add(indicator.code);
    const result = byCode.get(indicator.code);
    indicator.targets.forEach((target, index) => {
      if (target.level !== "statutory") return;
      const { standing, level } = standingOf(indicator, target, result, month, benchmarks?.get(indicator.code));
      const baseline = target.baseline?.value !== undefined ? target.baseline : indicator.baseline;
      const latest = result ? latestOf(result.series) : undefined;
      const reference = noticeReference(target.source);
      rows.push({
        code: indicator.code,
        index,
        indicator,
        target,
        deadline: deadlineText(target),
        standing,
        ...(reference ? { reference } : {}),
        ...(baseline?.value !== undefined ? { baseline: { value: baseline.value, ...(baseline.month !== undefined ? { month: baseline.month } : {}) } } : {}),
        ...(level !== undefined ? { level } : {}),
        ...(latest ? { latest } : {}),
      });
    });
  }
  return rows;
}
