/**
 * Builds one illustrative monthly series from a few anchor points: straight
 * lines between anchors, a seeded wobble on top, rounded and kept in range.
 * Anchors marked `fixed` (reported figures and the shapes the papers describe,
 * such as "rising month on month since June") are kept exactly.
 */
import { monthIndex } from "../domain/periods";
import type { MonthIndex } from "../domain/types";
import { wobble } from "./noise";
import { ILLUSTRATIVE } from "./notes";

export interface Anchor {
  month: MonthIndex;
  value: number;
  /** Kept exactly, with no wobble. */
  fixed?: boolean;
  /** The Note for this month's figure (a reported figure's source); implies `fixed`. */
  note?: string;
}

export interface SeriesSpec {
  /** Seeds the wobble. */
  seed: string;
  decimals: number;
  /** Wobble size: the larger of `abs` and `rel` × the level. */
  noise: { abs: number; rel?: number };
  min: number;
  max?: number;
  anchors: Anchor[];
}

export interface SamplePoint {
  month: MonthIndex;
  value: number;
  note: string;
  numerator?: number;
  denominator?: number;
  asAt?: string;
}

/** `[year, month, value]` or `[year, month, value, note-or-true]` → Anchor. */
export function anchors(...points: [number, number, number, (string | true)?][]): Anchor[] {
  return points.map(([y, m, value, mark]) => {
    const anchor: Anchor = { month: monthIndex(y, m), value };
    if (mark === true) anchor.fixed = true;
    else if (mark !== undefined) anchor.note = mark;
    return anchor;
  });
}

/** The straight-line value between the anchors either side (flat beyond the ends). */
export function interpolate(points: readonly Anchor[], month: MonthIndex): number {
  const sorted = [...points].sort((a, b) => a.month - b.month);
  const first = sorted[0];
  if (!first) throw new RangeError("A series needs at least one anchor.");
  if (month <= first.month) return first.value;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (month <= b.month) return a.value + ((b.value - a.value) * (month - a.month)) / (b.month - a.month);
  }
  return sorted[sorted.length - 1]!.value;
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The series at every month from `first` to `last`. */
export function buildSeries(spec: SeriesSpec, first: MonthIndex, last: MonthIndex): SamplePoint[] {
  const noise = wobble(spec.seed, last - first + 1);
  const exact = new Map(spec.anchors.filter((a) => a.fixed || a.note).map((a) => [a.month, a]));
  const points: SamplePoint[] = [];
  for (let month = first; month <= last; month++) {
    const anchor = exact.get(month);
    if (anchor) {
      points.push({ month, value: anchor.value, note: anchor.note ?? ILLUSTRATIVE });
      continue;
    }
    const level = interpolate(spec.anchors, month);
    const size = Math.max(spec.noise.abs, (spec.noise.rel ?? 0) * Math.abs(level));
    let value = roundTo(level + size * noise[month - first]!, spec.decimals);
    value = Math.max(spec.min, spec.max === undefined ? value : Math.min(spec.max, value));
    points.push({ month, value, note: ILLUSTRATIVE });
  }
  return points;
}
