/**
 * One indicator's figures for one area, as a month-ordered series with prefix
 * sums, so that a value, a span's mean or the last few points are cheap to get.
 */
import type { SeriesPoint } from "../results";
import type { MonthIndex, Observation } from "../types";

/** Observations grouped by code, then area, in one pass; each list keeps the input order. */
export function groupObservations(observations: readonly Observation[]): Map<string, Map<string, Observation[]>> {
  const byCode = new Map<string, Map<string, Observation[]>>();
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    let byArea = byCode.get(o.code);
    if (!byArea) byCode.set(o.code, (byArea = new Map()));
    const list = byArea.get(o.area);
    if (list) list.push(o);
    else byArea.set(o.area, [o]);
  }
  return byCode;
}

/** A month's numerator and denominator, when the data row gives both. */
export interface MonthCounts {
  numerator: number;
  denominator: number;
}

function countsOf(o: Observation): MonthCounts | undefined {
  const { numerator, denominator } = o;
  if (numerator === undefined || denominator === undefined) return undefined;
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0 || numerator < 0) return undefined;
  // The row itself carries both: no copy per row.
  return o as MonthCounts;
}

export class Series {
  /** Oldest first, one point per month. */
  readonly points: readonly SeriesPoint[];
  /** prefix[i] is the sum of the first i values. */
  private readonly prefix: number[];
  /** `counts[i]`: the numerator and denominator behind `points[i]`, when the row gave both (read on first use). */
  private readonly counts: readonly (MonthCounts | undefined)[] | (() => readonly (MonthCounts | undefined)[]);
  /** Prefix sums of numerators and denominators, and of how many points carry both; built on first use. */
  private countPrefix?: { numerator: number[]; denominator: number[]; months: number[] };

  /** `counts[i]`, when given, holds the numerator and denominator behind `points[i]`. */
  constructor(points: readonly SeriesPoint[], counts: readonly (MonthCounts | undefined)[] | (() => readonly (MonthCounts | undefined)[]) = []) {
    this.points = points;
    this.counts = counts;
    this.prefix = [0];
    for (let i = 0; i < points.length; i++) this.prefix.push(this.prefix[i]! + points[i]!.value);
  }

  /** Only period targets pool counts, so most series never pay for these sums. */
  private countSums(): { numerator: number[]; denominator: number[]; months: number[] } {
    if (this.countPrefix) return this.countPrefix;
    const cp = { numerator: [0], denominator: [0], months: [0] };
    const counts = typeof this.counts === "function" ? this.counts() : this.counts;
    for (let i = 0; i < this.points.length; i++) {
      const c = counts[i];
      cp.numerator.push(cp.numerator[i]! + (c?.numerator ?? 0));
      cp.denominator.push(cp.denominator[i]! + (c?.denominator ?? 0));
      cp.months.push(cp.months[i]! + (c ? 1 : 0));
    }
    return (this.countPrefix = cp);
  }

  /**
   * The figures up to and including `upTo`. Blank values are left out. When a
   * month appears twice the first row wins, as when the data table is read
   * (the repeat is reported there).
   */
  static fromObservations(observations: readonly Observation[], upTo: MonthIndex): Series {
    const ordered = Series.inMonthOrder(observations, upTo);
    // Counts are read again only if a period target pools them: most series never need them.
    if (ordered) return new Series(ordered, () => observations.filter((o) => Series.kept(o, upTo)).map(countsOf));
    const byMonth = new Map<MonthIndex, Observation>();
    for (let i = 0; i < observations.length; i++) {
      const o = observations[i]!;
      if (o.month <= upTo && o.value !== null && Number.isFinite(o.value) && !byMonth.has(o.month)) byMonth.set(o.month, o);
    }
    const rows = [...byMonth.values()].sort((a, b) => a.month - b.month);
    return new Series(
      rows.map((o) => ({ month: o.month, value: o.value! })),
      () => rows.map(countsOf),
    );
  }

  /** A row that makes a point: up to `upTo`, with a finite value. */
  private static kept(o: Observation, upTo: MonthIndex): boolean {
    return o.month <= upTo && o.value !== null && Number.isFinite(o.value);
  }

  /**
   * The usual case, rows already oldest first with one per month: the points
   * in one pass, without a map or a sort. Undefined when the rows are not so.
   */
  private static inMonthOrder(observations: readonly Observation[], upTo: MonthIndex): SeriesPoint[] | undefined {
    const points: SeriesPoint[] = [];
    let last = -Infinity;
    for (let i = 0; i < observations.length; i++) {
      const o = observations[i]!;
      if (o.month <= last) return undefined;
      last = o.month;
      if (o.month <= upTo && o.value !== null && Number.isFinite(o.value)) points.push({ month: o.month, value: o.value });
    }
    return points;
  }

  /**
   * The numerators and denominators summed over the months `from` to `to`,
   * inclusive; undefined unless every figure in the span carries both (a
   * pooled figure with months missing would mislead).
   */
  pooled(from: MonthIndex, to: MonthIndex): { numerator: number; denominator: number; months: number } | undefined {
    if (to < from) return undefined;
    const end = this.indexAtOrBefore(to) + 1;
    const start = this.indexAtOrBefore(from - 1) + 1;
    if (end <= start) return undefined;
    const cp = this.countSums();
    const months = cp.months[end]! - cp.months[start]!;
    if (months !== end - start) return undefined;
    const denominator = cp.denominator[end]! - cp.denominator[start]!;
    if (!(denominator > 0)) return undefined;
    return { numerator: cp.numerator[end]! - cp.numerator[start]!, denominator, months };
  }

  valueAt(month: MonthIndex): number | undefined {
    const i = this.indexOf(month);
    return i === undefined ? undefined : this.points[i]!.value;
  }

  /** By binary search over the month-ordered points: no per-series map to build. */
  indexOf(month: MonthIndex): number | undefined {
    const i = this.indexAtOrBefore(month);
    return i >= 0 && this.points[i]!.month === month ? i : undefined;
  }

  /** Index of the last point at or before `month`; -1 when there is none. */
  indexAtOrBefore(month: MonthIndex): number {
    let lo = 0;
    let hi = this.points.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid]!.month <= month) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Sum and number of the figures in the months `from` to `to`, inclusive. */
  span(from: MonthIndex, to: MonthIndex): { sum: number; count: number } {
    if (to < from) return { sum: 0, count: 0 };
    const end = this.indexAtOrBefore(to) + 1;
    const start = this.indexAtOrBefore(from - 1) + 1;
    if (end <= start) return { sum: 0, count: 0 };
    return { sum: this.prefix[end]! - this.prefix[start]!, count: end - start };
  }

  /** The last `n` points at or before `month`, oldest first. */
  lastPoints(n: number, month: MonthIndex): SeriesPoint[] {
    const end = this.indexAtOrBefore(month) + 1;
    return this.points.slice(Math.max(0, end - n), end);
  }
}
