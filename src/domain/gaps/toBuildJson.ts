/**
 * The `scorecard build --json` contract: `{ period, indicators: [{ code, area,
 * value, previous, target, gap, rag, direction, … }] }`. The first eight keys of
 * each indicator are fixed; the rest add detail for people and tools.
 */
import { monthKey } from "../periods";
import type { IndicatorResult, PeriodAverage, TargetGap, Trajectory } from "../results";
import type { MonthIndex } from "../types";
import { headlineGap } from "./headline";

/** Rounds to 4 decimal places, so float noise (0.30000000000000004) never reaches the JSON. */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4 + 0;
}

function num(x: number | null | undefined): number | null {
  return x === null || x === undefined ? null : round4(x);
}

function averageJson(a: PeriodAverage) {
  return { mean: round4(a.mean), monthsCounted: a.monthsCounted, monthsRemaining: a.monthsRemaining, neededAverage: num(a.neededAverage) };
}

function trajectoryJson(t: Trajectory) {
  return {
    start: { period: monthKey(t.startMonth), value: round4(t.startValue) },
    targetPeriod: monthKey(t.targetMonth),
    pathValue: round4(t.pathValue),
    ahead: t.ahead,
    monthlyChangeNeeded: round4(t.monthlyChangeNeeded),
    forecast: t.forecast
      ? { value: round4(t.forecast.value), verdict: t.forecast.verdict, periodsUsed: t.forecast.monthsUsed.map(monthKey) }
      : null,
    ...(t.noForecastReason ? { noForecastReason: t.noForecastReason } : {}),
  };
}

function gapJson(g: TargetGap) {
  return {
    level: g.target.level,
    kind: g.target.kind,
    label: g.target.label,
    inForce: g.inForce !== false,
    target: num(g.level),
    judged: num(g.judged),
    gap: num(g.gap),
    rag: g.rag,
    ...(g.note ? { note: g.note } : {}),
    ...(g.average ? { average: averageJson(g.average) } : {}),
    ...(g.trajectory ? { trajectory: trajectoryJson(g.trajectory) } : {}),
  };
}

/** One indicator's JSON: the eight contract keys first, then the detail. */
export function indicatorJson(r: IndicatorResult) {
  const headline = headlineGap(r);
  return {
    code: r.code,
    area: r.area,
    value: num(r.value),
    previous: num(r.previous),
    target: num(headline?.level),
    gap: num(headline?.gap),
    rag: r.rag,
    direction: r.direction,
    ...(r.valueMonth !== undefined ? { valuePeriod: monthKey(r.valueMonth) } : {}),
    sameMonthLastYear: num(r.sameMonthLastYear),
    directionYearOnYear: r.directionYearOnYear,
    ...(r.asAt ? { asAt: r.asAt } : {}),
    ...(r.run ? { run: r.run } : {}),
    targets: r.gaps.map(gapJson),
    ...(r.notes ? { notes: r.notes } : {}),
  };
}

/** The whole `build --json` document for the reporting month. */
export function toBuildJson(results: readonly IndicatorResult[], month: MonthIndex) {
  return { period: monthKey(month), indicators: results.map(indicatorJson) };
}
