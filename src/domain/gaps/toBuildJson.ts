/**
 * The `scorecard build --json` contract: `{ period, indicators: [{ code, area,
 * value, previous, target, gap, rag, direction, … }] }`. The first eight keys of
 * each indicator are fixed (`target` and `gap` are the headline's, whose name
 * `ratedBy` gives); the rest add detail for people and tools: `gaps` names the
 * gap to each kind of target (statutory, internal, benchmark), `targets` every
 * target judged, with its deadline verdict and "thereafter minimising" trend.
 */
import { monthKey } from "../periods";
import type { DeadlineVerdict, IndicatorResult, Minimising, PeriodAverage, TargetGap, TargetName, Trajectory } from "../results";
import type { MonthIndex } from "../types";
import { headlineGap, pickNamed } from "./headline";

/** Rounds to 4 decimal places, so float noise (0.30000000000000004) never reaches the JSON. */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4 + 0;
}

function num(x: number | null | undefined): number | null {
  return x === null || x === undefined ? null : round4(x);
}

function averageJson(a: PeriodAverage) {
  return {
    figure: round4(a.figure),
    basis: a.basis,
    mean: round4(a.mean),
    monthsCounted: a.monthsCounted,
    monthsRemaining: a.monthsRemaining,
    ...(a.numerator !== undefined && a.denominator !== undefined ? { numerator: round4(a.numerator), denominator: round4(a.denominator) } : {}),
    neededAverage: num(a.neededAverage),
    ...(a.reachable !== undefined ? { reachable: a.reachable } : {}),
  };
}

function trajectoryJson(t: Trajectory) {
  const f = t.forecast;
  return {
    start: { period: monthKey(t.startMonth), value: round4(t.startValue) },
    targetPeriod: monthKey(t.targetMonth),
    pathValue: round4(t.pathValue),
    ahead: t.ahead,
    monthlyChangeNeeded: round4(t.monthlyChangeNeeded),
    forecast: f
      ? {
          value: round4(f.value),
          verdict: f.verdict,
          periodsUsed: f.monthsUsed.map(monthKey),
          ...(f.reaches ? { reaches: { value: f.reaches.value, period: monthKey(f.reaches.month) } } : {}),
        }
      : null,
    ...(t.noForecastReason ? { noForecastReason: t.noForecastReason } : {}),
  };
}

/** The verdict at a deadline: `{ period, value, met, rag, gap }` (value and met null when there was no figure). */
export function deadlineJson(d: DeadlineVerdict) {
  return {
    period: monthKey(d.month),
    value: num(d.value),
    ...(d.valueMonth !== undefined ? { valuePeriod: monthKey(d.valueMonth) } : {}),
    met: d.met ?? null,
    rag: d.rag,
    gap: num(d.gap),
  };
}

/** "Thereafter minimising" after the deadline: the trend, the run of rises, and the verdict. */
export function minimisingJson(m: Minimising) {
  return {
    since: monthKey(m.since),
    trendPerMonth: round4(m.trendPerMonth),
    rises: m.rises,
    risingFrom: m.risingFrom ? { period: monthKey(m.risingFrom.month), value: round4(m.risingFrom.value) } : null,
    atFloor: m.atFloor,
    minimising: m.minimising,
  };
}

function gapJson(g: TargetGap) {
  return {
    level: g.target.level,
    name: g.name,
    title: g.title,
    kind: g.target.kind,
    label: g.target.label,
    inForce: g.inForce !== false,
    target: num(g.level),
    ...(g.levelText ? { levelText: g.levelText } : {}),
    ...(g.baseline ? { baseline: { value: round4(g.baseline.value), period: g.baseline.month !== undefined ? monthKey(g.baseline.month) : null, source: g.baseline.source } } : {}),
    judged: num(g.judged),
    gap: num(g.gap),
    rag: g.rag,
    ...(g.note ? { note: g.note } : {}),
    ...(g.average ? { average: averageJson(g.average) } : {}),
    ...(g.trajectory ? { trajectory: trajectoryJson(g.trajectory) } : {}),
    ...(g.atDeadline ? { atDeadline: deadlineJson(g.atDeadline) } : {}),
    ...(g.minimising ? { minimising: minimisingJson(g.minimising) } : {}),
  };
}

/**
 * The gap to each kind of target, named: `{ statutory, internal, benchmark }`,
 * each the target shown for that name (chosen as the headline chooses) or null.
 */
function namedGaps(r: IndicatorResult) {
  const pick = (name: TargetName) => {
    const g = pickNamed(r.gaps, name);
    return g ? { label: g.target.label, title: g.title, target: num(g.level), judged: num(g.judged), gap: num(g.gap), rag: g.rag, inForce: g.inForce !== false } : null;
  };
  return { statutory: pick("statutory"), internal: pick("internal"), benchmark: pick("benchmark") };
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
    ratedBy: r.ratedBy ?? null,
    gaps: namedGaps(r),
    ...(r.valueMonth !== undefined ? { valuePeriod: monthKey(r.valueMonth) } : {}),
    sameMonthLastYear: num(r.sameMonthLastYear),
    directionYearOnYear: r.directionYearOnYear,
    ...(r.asAt ? { asAt: r.asAt } : {}),
    ...(r.run ? { run: r.run } : {}),
    targets: r.gaps.map(gapJson),
    ...(r.ended ? { ended: r.ended.map(gapJson) } : {}),
    ...(r.notes ? { notes: r.notes } : {}),
  };
}

/** The whole `build --json` document for the reporting month. */
export function toBuildJson(results: readonly IndicatorResult[], month: MonthIndex) {
  return { period: monthKey(month), indicators: results.map(indicatorJson) };
}
