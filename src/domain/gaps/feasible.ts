/**
 * The figures an indicator can actually take: counts are whole and never
 * below zero, percentages stay within 0–100, rates and money never go below
 * zero. Forecasts and "what is needed" are kept inside these bounds.
 */
import type { Unit } from "../types";

export interface FeasibleRange {
  min?: number;
  max?: number;
  whole: boolean;
}

/** The range of `unit`; percentage points (a gap between two groups) can be any sign. */
export function feasibleRange(unit: Unit): FeasibleRange {
  switch (unit) {
    case "count":
      return { min: 0, whole: true };
    case "percent":
      return { min: 0, max: 100, whole: false };
    case "rate":
    case "currency":
      return { min: 0, whole: false };
    case "pp":
      return { whole: false };
  }
}

/** `value` brought inside the range (rounded when whole); `bound` is the limit it was held at, if any. */
export function feasibleValue(unit: Unit, value: number): { value: number; bound?: number } {
  const range = feasibleRange(unit);
  if (range.min !== undefined && value < range.min) return { value: range.min, bound: range.min };
  if (range.max !== undefined && value > range.max) return { value: range.max, bound: range.max };
  return { value: range.whole ? Math.round(value) + 0 : value };
}

/** True when the unit can take `value`. */
export function isFeasible(unit: Unit, value: number): boolean {
  const range = feasibleRange(unit);
  return (range.min === undefined || value >= range.min - 1e-9) && (range.max === undefined || value <= range.max + 1e-9);
}
