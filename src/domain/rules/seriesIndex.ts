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
  return (code) => byCode.get(code.trim().toUpperCase());
}

/** Groups observations by code and area; one sort per series. */
export function groupSeries(observations: readonly Observation[], catalogue: Catalogue): Series[] {
  const find = catalogueIndex(catalogue);
  const groups = new Map<string, Series>();
  for (const obs of observations) {
    const key = `${obs.code}\u0000${obs.area}`;
    const series = groups.get(key);
    if (series) series.points.push(obs);
    else groups.set(key, { code: obs.code, area: obs.area, indicator: find(obs.code), points: [obs] });
  }
  for (const series of groups.values()) series.points.sort((a, b) => a.month - b.month || a.row - b.row);
  return [...groups.values()];
}

/** The latest month among observations, or undefined when there are none. */
export function latestMonth(observations: Iterable<Observation>): MonthIndex | undefined {
  let latest: MonthIndex | undefined;
  for (const obs of observations) if (latest === undefined || obs.month > latest) latest = obs.month;
  return latest;
}
