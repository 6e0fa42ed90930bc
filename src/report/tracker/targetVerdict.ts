/**
 * Where one Notice target stands, as the quarterly return says it: a verdict
 * word, the RAG in words, the verdict at the deadline, and a line of detail
 * with the figures behind it.
 *
 * Verdicts:
 * - a deadline still ahead: the forecast's "on track" / "at risk" / "off
 *   track", or "not yet due" when there are too few figures to forecast;
 * - a period target part way through its period: "on track" while the
 *   period's figure so far is at or better than the target, else "not met"
 *   (so far), with what the remaining months need;
 * - a target in force now (deadline passed, period ended, a level to hold):
 *   "met" when green, "not met" when amber or red; a dated target also keeps
 *   its verdict at the deadline ("Met now; missed at Aug 2011"), and a
 *   "thereafter minimising" target says when the figure is rising again;
 * - a period still to start: "not yet due";
 * - "n/a" when there is nothing to judge (no figure, no level supplied).
 */
import { monthLabel } from "../../domain/periods";
import type { DeadlineVerdict, Minimising, PeriodAverage, Rag, TargetGap, Verdict } from "../../domain/results";
import type { Indicator, MonthIndex, Unit } from "../../domain/types";
import { ragWord } from "../layout/ragStyle";
import { gapText, valueText } from "../layout/valueText";

export type TrackerVerdict =
  | Verdict
  | "met"
  | "not met"
  | "not yet due"
  | "n/a"
  // Qualitative targets, by the plan actions that cite them:
  | "actions complete"
  | "actions under way"
  | "actions overdue"
  | "no actions";

export interface TargetStanding {
  rag: Rag;
  /** The RAG cell's word: Green / Amber / Red, or why there is none. */
  ragText: string;
  verdict: TrackerVerdict;
  /**
   * The verdict as the Verdict cell says it: the word, with the deadline's
   * verdict when it differs ("Met now; missed at Aug 2011") and a drift
   * after the deadline ("Met; rising 4 months in a row").
   */
  verdictText: string;
  /** A met target whose figure is no longer being minimised: shown as a warning beside the verdict. */
  drifting?: boolean;
  /** The At deadline cell: "Missed: 530 (Aug 2011)"; absent for targets without a passed deadline. */
  atDeadline?: string;
  /** The period's figure (so far, or over the whole period once it has ended), for period targets. */
  average?: number;
  detail: string;
}

/** "on track" → "On track": verdicts start a cell, so they take a capital. */
export function capitalised(verdict: string): string {
  return verdict === "n/a" ? "n/a" : verdict[0]!.toUpperCase() + verdict.slice(1);
}

function inForceVerdict(rag: Rag): TrackerVerdict {
  if (rag === "none") return "n/a";
  return rag === "green" ? "met" : "not met";
}

/** The RAG word, or why there is none. */
export function standingRagText(gap: TargetGap, hasValue: boolean): string {
  if (gap.rag !== "none") return ragWord(gap.rag);
  if (gap.inForce === false) return "Not yet due";
  if (gap.level === undefined) return "Not rated";
  return hasValue ? "Not rated" : "No value";
}

function standing(parts: Omit<TargetStanding, "verdictText"> & { verdictText?: string }): TargetStanding {
  return { ...parts, verdictText: parts.verdictText ?? capitalised(parts.verdict) };
}

function trajectoryStanding(indicator: Indicator, gap: TargetGap, hasValue: boolean): TargetStanding {
  const t = gap.trajectory;
  // The engine holds back only a by-date target whose date is still ahead, so there is always a date.
  const due = `due ${monthLabel(gap.target.from!)}`;
  const base = { rag: "none" as const, ragText: "Not yet due" };
  if (t?.forecast) {
    const { unit } = indicator;
    const path = `${t.ahead ? "ahead of" : "behind"} the straight path to it (${valueText(unit, t.pathValue)} now)`;
    const reaches = t.forecast.reaches ? ` (the trend reaches ${valueText(unit, t.forecast.reaches.value)} by ${monthLabel(t.forecast.reaches.month)})` : "";
    return standing({
      ...base,
      verdict: t.forecast.verdict,
      detail: `${due}: forecast ${valueText(unit, t.forecast.value)} by then${reaches}; ${path}`,
    });
  }
  // The engine draws a trajectory only from a figure for the reporting month.
  const why = t?.noForecastReason ?? (hasValue ? undefined : "no figure for the reporting month");
  return standing({ ...base, verdict: "not yet due", detail: why ? `${due}; no forecast: ${why}` : due });
}

/** "mean of 7 months", "pooled outturn: 123 of 2,016", "year-to-date figure". */
export function basisText(a: PeriodAverage): string {
  const months = `${a.monthsCounted} month${a.monthsCounted === 1 ? "" : "s"}`;
  switch (a.basis) {
    case "pooled outturn":
      return `pooled outturn of ${months}: ${valueText("count", a.numerator ?? 0)} of ${valueText("count", a.denominator ?? 0)}`;
    case "year-to-date":
      return "year-to-date figure";
    case "mean of months":
      return `mean of ${months}`;
  }
}

function span(gap: TargetGap, until: MonthIndex | undefined): string {
  const { from } = gap.target;
  if (from === undefined || until === undefined) return "";
  return from === until ? ` in ${monthLabel(from)}` : ` over ${monthLabel(from)} – ${monthLabel(until)}`;
}

function averageStanding(indicator: Indicator, gap: TargetGap, level: number, hasValue: boolean, month: MonthIndex | undefined): TargetStanding {
  const a = gap.average!;
  const { unit } = indicator;
  const ragText = standingRagText(gap, hasValue);
  const figure = `${valueText(unit, a.figure)} (${basisText(a)})`;
  const against = ` against ${valueText(unit, level)}`;
  // The engine gives what the remaining months need only while some remain.
  if (a.neededAverage !== undefined && gap.target.to !== undefined) {
    const rest = `the remaining ${a.monthsRemaining} month${a.monthsRemaining === 1 ? "" : "s"} to ${monthLabel(gap.target.to)}`;
    const needs =
      a.reachable === false
        ? `it can no longer be met: ${rest} would need ${valueText(unit, a.neededAverage)}`
        : `${rest} need ${valueText(unit, a.neededAverage)}${a.basis === "mean of months" ? " on average" : ""}`;
    const verdict: TrackerVerdict = gap.rag === "none" ? "n/a" : gap.rag === "green" ? "on track" : "not met";
    const so = verdict === "not met" ? "not met so far" : "so far";
    // The note says why there is no RAG ("no figure for Oct 2012"), as for other targets.
    const note = gap.note ? `; ${gap.note}` : "";
    return standing({ rag: gap.rag, ragText, verdict, average: a.figure, detail: `${so}: ${figure}${span(gap, month)}${against}; ${needs}${note}` });
  }
  // The engine sets the gap with the period's figure, so a figure always has one.
  const gapWords = `; ${gapText(unit, gap.gap!)}`;
  return standing({ rag: gap.rag, ragText, verdict: inForceVerdict(gap.rag), average: a.figure, detail: `${figure}${span(gap, gap.target.to)}${against}${gapWords}` });
}

/** The At deadline cell: "Met: 196 (Aug 2011)", "Missed: 530 (Aug 2011)", "No figure for Aug 2011". */
export function atDeadlineText(unit: Unit, d: DeadlineVerdict): string {
  if (d.value === undefined) return `No figure for ${monthLabel(d.month)}`;
  const when = monthLabel(d.valueMonth ?? d.month);
  return `${d.met ? "Met" : "Missed"}: ${valueText(unit, d.value)} (${when})`;
}

/** "thereafter minimising: rising 4 months in a row since Jun 2012 (38 → 63)". */
export function minimisingText(unit: Unit, m: Minimising, latest: number | undefined): string {
  const since = `since ${monthLabel(m.since)}`;
  if (m.atFloor) return `thereafter minimising: at ${valueText(unit, 0)}`;
  const perMonth = `${valueText(unit, Math.abs(m.trendPerMonth))} a month`;
  const trend = m.trendPerMonth < 0 ? `falling ${since} (${perMonth})` : m.trendPerMonth > 0 ? `rising ${since} (${perMonth})` : `level ${since}`;
  if (m.rises === 0) return `thereafter minimising: ${trend}`;
  const run = `rising ${m.rises} month${m.rises === 1 ? "" : "s"} in a row`;
  const from = m.risingFrom && latest !== undefined ? ` since ${monthLabel(m.risingFrom.month)} (${valueText(unit, m.risingFrom.value)} → ${valueText(unit, latest)})` : "";
  return `thereafter minimising: ${m.minimising ? "" : "not so — "}${run}${from}; ${trend}`;
}

/** A verdict now, beside the verdict at the deadline and any drift since. */
function withHistory(indicator: Indicator, gap: TargetGap, base: TargetStanding, latest: number | undefined): TargetStanding {
  const out = { ...base };
  const d = gap.atDeadline;
  if (d) {
    out.atDeadline = atDeadlineText(indicator.unit, d);
    const now = base.verdict === "met" || base.verdict === "not met" ? base.verdict : undefined;
    if (now && d.met !== undefined && d.met !== (now === "met")) {
      out.verdictText = `${capitalised(now)} now; ${d.met ? "met" : "missed"} at ${monthLabel(d.month)}`;
    }
  }
  const m = gap.minimising;
  if (m) {
    out.detail = `${out.detail}; ${minimisingText(indicator.unit, m, latest)}`;
    if (!m.minimising) {
      const drift = m.rises >= 2 ? `rising ${m.rises} months in a row` : "not falling";
      out.verdictText = `${out.verdictText}; ${drift}`;
      if (base.verdict === "met") out.drifting = true;
    }
  }
  return out;
}

/**
 * The standing of a target the engine judged at the reporting month
 * (`hasValue`: the indicator has a figure for that month; `month`: the
 * reporting month, for the span a period figure covers so far).
 */
export function targetStanding(indicator: Indicator, gap: TargetGap, hasValue: boolean, month?: MonthIndex): TargetStanding {
  if (gap.inForce === false) return trajectoryStanding(indicator, gap, hasValue);
  if (gap.average && gap.level !== undefined) return averageStanding(indicator, gap, gap.level, hasValue, month);
  const ragText = standingRagText(gap, hasValue);
  const level = gap.levelText ?? (gap.level !== undefined ? valueText(indicator.unit, gap.level) : undefined);
  const detail =
    gap.gap !== undefined && level !== undefined
      ? `${gapText(indicator.unit, gap.gap)} against ${level}${gap.note ? `; ${gap.note}` : ""}`
      : (gap.note ?? (hasValue ? "" : "no figure for the reporting month"));
  const base = standing({ rag: gap.rag, ragText, verdict: inForceVerdict(gap.rag), detail });
  return withHistory(indicator, gap, base, gap.judged);
}

/** A period target whose period starts after the reporting month. */
export function notStartedStanding(from: MonthIndex, to: MonthIndex | undefined): TargetStanding {
  const period = to !== undefined ? `${monthLabel(from)} – ${monthLabel(to)}` : `from ${monthLabel(from)}`;
  return standing({ rag: "none", ragText: "Not yet due", verdict: "not yet due", detail: `the period ${period} has not started` });
}

/** An indicator with no figures at all. */
export function noDataStanding(dueLater: boolean): TargetStanding {
  return standing({
    rag: "none",
    ragText: dueLater ? "Not yet due" : "No value",
    verdict: dueLater ? "not yet due" : "n/a",
    detail: "no figures for this indicator in IndicatorData",
  });
}
