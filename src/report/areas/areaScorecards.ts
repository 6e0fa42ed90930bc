/**
 * The area scorecards' rows: for each measure with figures, the whole authority
 * and every area the data has (East, Mid, West Kent, districts), with its
 * statutory and internal targets, the headline gap and RAG, and a compact trend (text, and the figures a sparkline draws). For the monthly performance surgeries.
 */
import { headlineGap } from "../../domain/gaps/headline";
import { monthLabel } from "../../domain/periods";
import type { IndicatorResult } from "../../domain/results";
import type { Indicator, MonthIndex } from "../../domain/types";
import { TREND_POINTS, blockSparkline } from "./blockSparkline";
import { ragWord } from "../layout/ragStyle";

/** How the whole authority is named in the Area column. */
export const WHOLE_AUTHORITY = "Whole authority";

export interface ScorecardRow {
  result: IndicatorResult;
  /** "Whole authority" or the area as the data names it. */
  area: string;
  /** The headline target's label, or "None". */
  target: string;
  /** The statutory (Notice) target's label, or "None". */
  statutory: string;
  /** The internal target's label, or "None". */
  internal: string;
  /** Signed gap to the headline target (positive = better). */
  gap?: number;
  ragText: string;
  /** The last figures as block characters, oldest first. */
  trend: string;
  /** The figures `trend` draws, oldest first, in the indicator's unit (null: no figure). */
  figures: (number | null)[];
  note: string;
}

export interface ScorecardGroup {
  indicator: Indicator;
  rows: ScorecardRow[];
}

/**
 * The figures the trend draws: for a monthly indicator the months up to the
 * reporting month (a month with no figure is a gap), for an annual one its
 * last yearly figures.
 */
export function trendValues(result: IndicatorResult, points = TREND_POINTS): (number | null)[] {
  if (result.indicator.frequency === "annual") return result.series.slice(-points).map((p) => p.value);
  const byMonth = new Map(result.series.map((p) => [p.month, p.value]));
  return Array.from({ length: points }, (_, i) => byMonth.get(result.month - (points - 1) + i) ?? null);
}

function ragText(result: IndicatorResult): string {
  if (result.rag !== "none" || (!result.statutory && !result.internal)) return ragWord(result.rag);
  if (result.value === null) return "No value";
  return headlineGap(result)?.inForce === false ? "Not yet due" : "Not rated";
}

function rowOf(result: IndicatorResult, month: MonthIndex): ScorecardRow {
  const figures = trendValues(result);
  const headline = headlineGap(result);
  const label = headline?.target.label ?? result.statutory?.target.label ?? result.internal?.target.label;
  const notes = [...(result.notes ?? [])];
  // A target that cannot be judged says why ("no baseline level supplied").
  const judged = headline ?? result.statutory ?? result.internal;
  if (judged?.note) notes.push(judged.note);
  if (result.valueMonth !== undefined && result.valueMonth !== month) notes.unshift(`latest figure is for ${monthLabel(result.valueMonth)}`);
  return {
    result,
    area: result.area === "" ? WHOLE_AUTHORITY : result.area,
    target: label ?? "None",
    statutory: result.statutory?.target.label ?? "None",
    internal: result.internal?.target.label ?? "None",
    ...(headline?.gap !== undefined ? { gap: headline.gap } : {}),
    ragText: ragText(result),
    trend: blockSparkline(figures),
    figures,
    note: notes.join("; "),
  };
}

/**
 * One group per indicator that is on the dashboard or has any figure (whole
 * authority or an area), in the engine's order (catalogue order, the whole
 * authority first): every measure the council reports is on the sheet.
 */
export function areaScorecards(results: readonly IndicatorResult[], month: MonthIndex): ScorecardGroup[] {
  const byCode = new Map<string, IndicatorResult[]>();
  for (const r of results) {
    const list = byCode.get(r.code);
    if (list) list.push(r);
    else byCode.set(r.code, [r]);
  }
  const groups: ScorecardGroup[] = [];
  for (const list of byCode.values()) {
    const indicator = list[0]!.indicator;
    if (!indicator.dashboard && !list.some((r) => r.series.length > 0 || r.value !== null)) continue;
    groups.push({ indicator, rows: list.map((r) => rowOf(r, month)) });
  }
  return groups;
}
