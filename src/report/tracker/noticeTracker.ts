/**
 * The Improvement Notice tracker's rows: all sixteen Notice targets, in the
 * Notice's order — each statutory target of the catalogue's indicators (whole
 * authority) with where it stands at the reporting month, and each
 * qualitative target with the plan actions that cite it — so the quarterly
 * return can give "specific commentary against the targets set out in this
 * notice". The sheet and `scorecard build --json` both come from it.
 */
import type { PlanAction } from "../../domain/actions";
import { NOTICE_TARGETS, noticeTargetNumber, type NoticeTarget } from "../../domain/catalogue/noticeTargets";
import { resolveLevel, type Benchmark } from "../../domain/gaps";
import { monthLabel } from "../../domain/periods";
import type { IndicatorResult, SeriesPoint, TargetGap } from "../../domain/results";
import type { Catalogue, Indicator, MonthIndex, Target } from "../../domain/types";
import { actionsCiting, qualitativeStanding, type CitingAction } from "./noticeActions";
import { noDataStanding, notStartedStanding, targetStanding, type TargetStanding } from "./targetVerdict";

interface RowCommon {
  /** The indicator's code, or "IN 2" for a target no indicator measures: with `index`, the row's stable key. */
  code: string;
  index: number;
  /** "IN 7" when the target is the Notice's, else its source as written. */
  reference?: string;
  /** The Notice target the row belongs to, when it is one. */
  notice?: NoticeTarget;
  standing: TargetStanding;
  /** The plan actions citing the Notice target; undefined without an Actions table. */
  actions?: CitingAction[];
}

/** A target measured by an indicator. */
export interface MeasureRow extends RowCommon {
  kind: "measure";
  indicator: Indicator;
  target: Target;
  /** "Aug 2011", "Apr 2012 – Mar 2013", or "ongoing". */
  deadline: string;
  /** The baseline: for "at least maintain", the level held to (at the Notice's issue month or the first after it). */
  baseline?: { value: number; month?: MonthIndex };
  /** The target level judged against (a resolved baseline or benchmark included). */
  level?: number;
  /** The latest authority-wide figure up to the reporting month. */
  latest?: { value: number; month: MonthIndex };
  /** The engine's judgement behind the standing, when there is one. */
  gap?: TargetGap;
}

/** A Notice target no indicator measures: followed through the plan actions that cite it. */
export interface QualitativeRow extends RowCommon {
  kind: "qualitative";
  notice: NoticeTarget;
}

export type TrackerRow = MeasureRow | QualitativeRow;

/** The key of a target's commentary cell, carried across refreshes. */
export function trackerKey(code: string, index: number): string {
  return `tracker:${code}:${index}`;
}

/** "Improvement Notice target 7" → "IN 7". */
export function noticeReference(source: string | undefined): string | undefined {
  if (!source) return undefined;
  const n = noticeTargetNumber(source);
  return n !== undefined ? `IN ${n}` : source;
}

/** When the target is due, as the tracker's Deadline column says it. */
export function deadlineText(target: Target): string {
  if (target.kind === "period-average" && target.from !== undefined && target.to !== undefined) {
    return `${monthLabel(target.from)} – ${monthLabel(target.to)}`;
  }
  if (target.kind === "by-date" && target.from !== undefined) return monthLabel(target.from);
  return "ongoing";
}

function latestOf(series: readonly SeriesPoint[]): MeasureRow["latest"] {
  const last = series[series.length - 1];
  return last ? { value: last.value, month: last.month } : undefined;
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
): { standing: TargetStanding; level?: number; gap?: TargetGap } {
  const dueLater = target.from !== undefined && target.from > month;
  if (!result || result.series.length === 0) return { standing: noDataStanding(dueLater), ...resolveLevel(indicator, target, benchmark) };
  // A period that has ended is judged over its whole period by the engine.
  const gap = result.gaps.find((g) => sameTarget(g.target, target)) ?? result.ended?.find((g) => sameTarget(g.target, target));
  if (gap) {
    const standing = targetStanding(indicator, gap, result.value !== null, month);
    return { standing, gap, ...(gap.level !== undefined ? { level: gap.level } : {}) };
  }
  // The engine leaves out period targets before their period.
  if (target.kind === "period-average" && target.from !== undefined && month < target.from) {
    return { standing: notStartedStanding(target.from, target.to), ...resolveLevel(indicator, target, benchmark) };
  }
  return { standing: noDataStanding(dueLater) };
}

function baselineOf(indicator: Indicator, target: Target, gap: TargetGap | undefined): MeasureRow["baseline"] {
  if (gap?.baseline) return { value: gap.baseline.value, ...(gap.baseline.month !== undefined ? { month: gap.baseline.month } : {}) };
  const baseline = target.baseline?.value !== undefined ? target.baseline : indicator.baseline;
  if (baseline?.value === undefined) return undefined;
  return { value: baseline.value, ...(baseline.month !== undefined ? { month: baseline.month } : {}) };
}

/** The Notice's order; targets that are not the Notice's keep catalogue order after them. */
function noticeOrder(row: TrackerRow): number {
  return row.notice?.number ?? Number.POSITIVE_INFINITY;
}

/**
 * One row per statutory target of the catalogue's indicators, plus one per
 * Notice target no indicator measures (the qualitative ones, and any whose
 * indicators the workbook's catalogue lacks), ordered by Notice target
 * (IN 1 – IN 16), an indicator's targets in their own order. `results` are
 * the engine's results at `month`; only the whole-authority ones are used.
 * `actions` (the Actions table, when there is one) are judged as at the
 * reporting month's last day.
 */
export function noticeTracker(
  catalogue: Catalogue,
  results: readonly IndicatorResult[],
  month: MonthIndex,
  benchmarks?: ReadonlyMap<string, Benchmark>,
  actions?: readonly PlanAction[],
): TrackerRow[] {
  const byCode = new Map(results.filter((r) => r.area === "").map((r) => [r.code, r]));
  const notices = new Map(NOTICE_TARGETS.map((n) => [n.number, n]));
  const cited = (n: number | undefined) => (n === undefined || !actions ? undefined : actionsCiting(actions, n, month));
  const rows: TrackerRow[] = [];
  const seen = new Set<string>();
  for (const indicator of catalogue) {
    if (seen.has(indicator.code)) continue;
    seen.add(indicator.code);
    const result = byCode.get(indicator.code);
    indicator.targets.forEach((target, index) => {
      if (target.level !== "statutory") return;
      const { standing, level, gap } = standingOf(indicator, target, result, month, benchmarks?.get(indicator.code));
      const baseline = baselineOf(indicator, target, gap);
      const latest = result ? latestOf(result.series) : undefined;
      const reference = noticeReference(target.source);
      const number = noticeTargetNumber(target.source);
      const notice = number !== undefined ? notices.get(number) : undefined;
      const citing = cited(number);
      rows.push({
        kind: "measure",
        code: indicator.code,
        index,
        indicator,
        target,
        deadline: deadlineText(target),
        standing,
        ...(reference ? { reference } : {}),
        ...(notice ? { notice } : {}),
        ...(citing ? { actions: citing } : {}),
        ...(baseline ? { baseline } : {}),
        ...(level !== undefined ? { level } : {}),
        ...(latest ? { latest } : {}),
        ...(gap ? { gap } : {}),
      });
    });
  }
  const measured = new Set(rows.map((r) => r.notice?.number));
  for (const notice of NOTICE_TARGETS) {
    if (measured.has(notice.number)) continue;
    const citing = cited(notice.number);
    const standing = qualitativeStanding(citing);
    if (!notice.qualitative) standing.detail = `no indicator in the catalogue measures this target; ${standing.detail}`;
    rows.push({ kind: "qualitative", code: notice.reference, index: 0, reference: notice.reference, notice, standing, ...(citing ? { actions: citing } : {}) });
  }
  // A stable sort: rows of one target keep catalogue order.
  return rows.map((row, i) => ({ row, i })).sort((a, b) => noticeOrder(a.row) - noticeOrder(b.row) || a.i - b.i).map((x) => x.row);
}
