/** Observations grouped into series (one code in one area), each sorted by month once. */
import type { Catalogue, Indicator, MonthIndex, Observation } from "../types";

export interface Series {
  code: string;
  area: string;
  /** Undefined when the code is not in the catalogue (the data rules report that). */
  indicator?: Indicator;
  /** Oldest first. */
  points: Observation[];
}

/** Monthly unless the catalogue says annual. */
export function frequencyOf(indicator: Indicator | undefined): "monthly" | "annual" {
  return indicator?.frequency ?? "monthly";
}

/** Catalogue lookup by code, trimmed and case-insensitive, as the data rules match. */
export function catalogueIndex(catalogue: Catalogue): (code: string) => Indicator | undefined {
  const byCode = new Map(catalogue.map((indicator) => [indicator.code.trim().toUpperCase(), indicator]));
  // Observations carry the catalogue's own spelling, so most lookups need no case folding.
  const exact = new Map(catalogue.map((indicator) => [indicator.code, indicator]));
  return (code) => exact.get(code) ?? byCode.get(code.trim().toUpperCase());
}

/** True when the points are already by month, then row: tables are usually kept oldest first. */
function inOrder(points: readonly Observation[]): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.month > b.month || (a.month === b.month && a.row > b.row)) return false;
  }
  return true;
}

/** Groups observations by code and area; one sort per series (none when already in order). */
export function groupSeries(observations: readonly Observation[], catalogue: Catalogue): Series[] {
  const find = catalogueIndex(catalogue);
  // By code, then area: no key string built per observation.
  const byCode = new Map<string, Map<string, Series>>();
  const all: Series[] = [];
  for (let i = 0; i < observations.length; i++) {
    const obs = observations[i]!;
    let byArea = byCode.get(obs.code);
    if (!byArea) byCode.set(obs.code, (byArea = new Map()));
    const series = byArea.get(obs.area);
    if (series) series.points.push(obs);
    else {
      const created: Series = { code: obs.code, area: obs.area, indicator: find(obs.code), points: [obs] };
      byArea.set(obs.area, created);
      all.push(created);
    }
  }
  for (const series of all) if (!inOrder(series.points)) series.points.sort((a, b) => a.month - b.month || a.row - b.row);
  return all;
}

/** The latest month among observations, or undefined when there are none. */
export function latestMonth(observations: Iterable<Observation>): MonthIndex | undefined {
  let latest: MonthIndex | undefined;
  for (const obs of observations) if (latest === undefined || obs.month > latest) latest = obs.month;
  return latest;
}
