/**
 * Where one Notice target stands, as the quarterly return says it: a verdict
 * word, the RAG in words, and a line of detail with the figures behind it.
 *
 * Verdicts:
 * - a deadline still ahead: the forecast's "on track" / "at risk" / "off
 *   track", or "not yet due" when there are too few figures to forecast;
 * - a period average part way through its period: "on track" / "at risk" /
 *   "off track" from the average so far (green / amber / red);
 * - a target in force now (deadline passed, period ended, a level to hold):
 *   "met" when green, "not met" when amber or red;
 * - a period still to start: "not yet due";
 * - "n/a" when there is nothing to judge (no figure, no level supplied).
 */
import { monthLabel } from "../domain/periods";
import type { Rag, TargetGap, Verdict } from "../domain/results";
import type { Indicator, MonthIndex } from "../domain/types";
import { ragWord } from "./ragStyle";
import { gapText, valueText } from "./valueText";

export type TrackerVerdict = Verdict | "met" | "not met" | "not yet due" | "n/a";

export interface TargetStanding {
  rag: Rag;
  /** The RAG cell's word: Green / Amber / Red, or why there is none. */
  ragText: string;
  verdict: TrackerVerdict;
  /** The average so far (or over the whole period once it has ended), for period-average targets. */
  average?: number;
  detail: string;
}

const FORECAST_WORD: Record<Rag, TrackerVerdict> = { green: "on track", amber: "at risk", red: "off track", none: "n/a" };

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

function trajectoryStanding(indicator: Indicator, gap: TargetGap, hasValue: boolean): TargetStanding {
  const t = gap.trajectory;
  const due = gap.target.from !== undefined ? `due ${monthLabel(gap.target.from)}` : "due later";
  const base = { rag: "none" as const, ragText: "Not yet due" };
  if (t?.forecast) {
    const path = `${t.ahead ? "ahead of" : "behind"} the straight path to it (${valueText(indicator.unit, t.pathValue)} now)`;
    return {
      ...base,
      verdict: t.forecast.verdict,
      detail: `${due}: forecast ${valueText(indicator.unit, t.forecast.value)} by then; ${path}`,
    };
  }
  // The engine draws a trajectory only from a figure for the reporting month.
  const why = t?.noForecastReason ?? (hasValue ? undefined : "no figure for the reporting month");
  return { ...base, verdict: "not yet due", detail: why ? `${due}; no forecast: ${why}` : due };
}

function averageStanding(indicator: Indicator, gap: TargetGap, hasValue: boolean): TargetStanding {
  const a = gap.average!;
  const { unit } = indicator;
  const months = `${a.monthsCounted} month${a.monthsCounted === 1 ? "" : "s"}`;
  const ragText = standingRagText(gap, hasValue);
  if (a.monthsRemaining > 0 && a.neededAverage !== undefined && gap.target.to !== undefined) {
    const detail = `average over ${months} so far; the remaining months need to average ${valueText(unit, a.neededAverage)} to ${monthLabel(gap.target.to)}`;
    return { rag: gap.rag, ragText, verdict: FORECAST_WORD[gap.rag], average: a.mean, detail };
  }
  const gapWords = gap.gap !== undefined ? `; ${gapText(unit, gap.gap)}` : "";
  return { rag: gap.rag, ragText, verdict: inForceVerdict(gap.rag), average: a.mean, detail: `average over ${months}${gapWords}` };
}

/**
 * The standing of a target the engine judged at the reporting month
 * (`hasValue`: the indicator has a figure for that month).
 */
export function targetStanding(indicator: Indicator, gap: TargetGap, hasValue: boolean): TargetStanding {
  if (gap.inForce === false) return trajectoryStanding(indicator, gap, hasValue);
  if (gap.average && gap.level !== undefined) return averageStanding(indicator, gap, hasValue);
  const ragText = standingRagText(gap, hasValue);
  const detail =
    gap.gap !== undefined && gap.level !== undefined
      ? `${gapText(indicator.unit, gap.gap)} against ${valueText(indicator.unit, gap.level)}${gap.note ? `; ${gap.note}` : ""}`
      : (gap.note ?? (hasValue ? "" : "no figure for the reporting month"));
  return { rag: gap.rag, ragText, verdict: inForceVerdict(gap.rag), detail };
}

/** A period-average target whose period starts after the reporting month. */
export function notStartedStanding(from: MonthIndex, to: MonthIndex | undefined): TargetStanding {
  const span = to !== undefined ? `${monthLabel(from)} – ${monthLabel(to)}` : `from ${monthLabel(from)}`;
  return { rag: "none", ragText: "Not yet due", verdict: "not yet due", detail: `the period ${span} has not started` };
}

/** An indicator with no figures at all. */
export function noDataStanding(dueLater: boolean): TargetStanding {
  return {
    rag: "none",
    ragText: dueLater ? "Not yet due" : "No value",
    verdict: dueLater ? "not yet due" : "n/a",
    detail: "no figures for this indicator in IndicatorData",
  };
}
