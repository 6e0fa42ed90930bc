/**
 * The target-gaps engine's entry point: every indicator in every area with
 * data, judged at the reporting month.
 */
import type { IndicatorResult, TargetGap } from "../results";
import type { Catalogue, Indicator, MonthIndex, Observation } from "../types";
import type { AreaRegister } from "../areas/areaRegister";
import { knownReportingMonth } from "./reportingMonth";
import { DEFAULT_TOLERANCE } from "./compare";
import { directionOf } from "./direction";
import { endedPeriodGap } from "./endedPeriod";
import { headlineGap, pickGap } from "./headline";
import { judgeTarget, type JudgeContext } from "./judgeTarget";
import { positionAt } from "./position";
import type { Benchmark } from "./resolveLevel";
import { runOf } from "./run";
import { groupObservations, Series } from "./series";

export interface ComputeOptions {
  /** The reporting month; default the latest month the dashboard indicators have (see reportingMonth). */
  month?: MonthIndex;
  /** Share of the target level allowed as Amber when an indicator has no tolerance (default 0.10). */
  defaultTolerance?: number;
  /** Comparator figures by indicator code, for benchmark targets (see `readBenchmarks`). */
  benchmarks?: ReadonlyMap<string, Benchmark>;
  /** The Areas table, read: an area it says did not exist in the reporting month gets no result. */
  areas?: AreaRegister;
}

/** Whole authority ("") first, then areas alphabetically. */
function areaOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "") return -1;
  if (b === "") return 1;
  return a.localeCompare(b, "en-GB");
}

/**
 * Targets for counts and money ("≤ 200 cases") are for the whole authority: an
 * area holds only its share, so judging one area against them would show false
 * greens. Percentages, rates and percentage points apply to areas as they are.
 */
function targetsFor(indicator: Indicator, area: string): { targets: Indicator["targets"]; note?: string } {
  const additive = indicator.unit === "count" || indicator.unit === "currency";
  if (area === "" || !additive || !indicator.targets.length) return { targets: indicator.targets };
  return { targets: [], note: "The targets are for the whole authority; no target is set for one area." };
}

function resultFor(indicator: Indicator, area: string, rows: readonly Observation[], month: MonthIndex, options: ComputeOptions): IndicatorResult {
  const series = Series.fromObservations(rows, month);
  const position = positionAt(series, month, indicator);
  const benchmark = options.benchmarks?.get(indicator.code) ?? options.benchmarks?.get(indicator.code.trim().toUpperCase());
  const ctx: JudgeContext = {
    indicator,
    series,
    defaultTolerance: options.defaultTolerance ?? DEFAULT_TOLERANCE,
    ...(benchmark ? { benchmark } : {}),
  };
  const applicable = targetsFor(indicator, area);
  const judged = applicable.targets
    .map((t) => judgeTarget(ctx, t, month, position.value))
    .filter((g): g is TargetGap => g !== undefined);
  const ended = applicable.targets.map((t) => endedPeriodGap(ctx, t, month)).filter((g): g is TargetGap => g !== undefined);
  const gaps = [...judged.filter((g) => g.target.level === "statutory"), ...judged.filter((g) => g.target.level !== "statutory")];
  const statutory = pickGap(gaps, "statutory");
  const internal = pickGap(gaps, "internal");
  const headline = headlineGap({ statutory, internal });
  const rag = headline?.rag ?? "none";
  const valueMonth = position.valueMonth;
  const asAt = rows.find((o) => o.month === (valueMonth ?? month) && o.value !== null)?.asAt;

  const result: IndicatorResult = {
    code: indicator.code,
    area,
    indicator,
    month,
    value: position.value,
    previous: position.previous,
    sameMonthLastYear: position.sameMonthLastYear,
    series: [...series.points],
    gaps,
    rag,
    direction: directionOf(position.value, position.previous, indicator.polarity),
    directionYearOnYear: directionOf(position.value, position.sameMonthLastYear, indicator.polarity),
  };
  if (valueMonth !== undefined && valueMonth !== month) result.valueMonth = valueMonth;
  if (asAt) result.asAt = asAt;
  if (headline && rag !== "none") result.ratedBy = headline.name;
  if (ended.length) result.ended = ended;
  if (statutory) result.statutory = statutory;
  if (internal) result.internal = internal;
  if (headline && rag !== "none" && valueMonth !== undefined) {
    const run = runOf(ctx, headline.target, valueMonth, rag === "green");
    if (run) result.run = run;
  }
  const notes = applicable.note ? [...position.notes, applicable.note] : position.notes;
  if (notes.length) result.notes = notes;
  return result;
}

/**
 * One result per indicator and area that has rows up to the reporting month,
 * in catalogue order, the whole authority before areas (alphabetical).
 * Observations for codes not in the catalogue are ignored (validation reports them).
 * Throws `UnknownPeriodError` when `options.month` has no figures.
 * One pass to group the rows, then work proportional to each series.
 */
export function computeResults(catalogue: Catalogue, observations: readonly Observation[], options: ComputeOptions = {}): IndicatorResult[] {
  const month = knownReportingMonth(catalogue, observations, options.month);
  if (month === undefined) return [];
  return computeResultsAt(catalogue, observations, month, options);
}

/**
 * `computeResults` at a month the caller knows has figures (a build has chosen
 * it already): the same results, without looking through every row to check the month.
 */
export function computeResultsAt(
  catalogue: Catalogue,
  observations: readonly Observation[],
  month: MonthIndex,
  options: Omit<ComputeOptions, "month"> = {},
): IndicatorResult[] {
  const groups = groupObservations(observations);
  const results: IndicatorResult[] = [];
  const seen = new Set<string>();
  for (const indicator of catalogue) {
    if (seen.has(indicator.code)) continue;
    seen.add(indicator.code);
    const byArea = groups.get(indicator.code);
    if (!byArea) continue;
    for (const area of [...byArea.keys()].sort(areaOrder)) {
      const rows = byArea.get(area)!;
      if (!rows.some((o) => o.month <= month)) continue;
      if (area !== "" && options.areas && options.areas.spansOf(area).length > 0 && !options.areas.at(area, month)) continue;
      results.push(resultFor(indicator, area, rows, month, options));
    }
  }
  return results;
}
