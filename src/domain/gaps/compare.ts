/**
 * Comparing a figure with a target level: which way is better, how far off it
 * is, and the RAG rule. Everything here follows the indicator's polarity.
 */
import type { Rag } from "../results";
import type { Indicator, Polarity } from "../types";

/** Differences smaller than this (relative to the numbers' size) are float noise, not real. */
export const EPSILON = 1e-9;

/** The share of the target level allowed as slippage when the indicator gives no tolerance. */
export const DEFAULT_TOLERANCE = 0.1;

/** Drops float noise (0.30000000000000004 → 0.3) while keeping every meaningful digit. */
export function tidy(x: number): number {
  // Whole numbers of up to 12 digits are already exact: skip the string round trip, the hot path for counts.
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x + 0;
  // Not -0 here: -0 is whole, and no other figure rounds to zero at 12 significant digits.
  return Number(x.toPrecision(12));
}

function slack(a: number, b: number): number {
  return EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Equal within float noise. */
export function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= slack(a, b);
}

/**
 * Distance from `level` to `value`, positive when the value is better than the
 * level and negative when short of it, whichever way the polarity runs.
 */
export function signedGap(value: number, level: number, polarity: Polarity): number {
  return tidy(polarity === "lower" ? level - value : value - level);
}

/** `value` is at or better than `level`. */
export function atOrBetter(value: number, level: number, polarity: Polarity): boolean {
  return signedGap(value, level, polarity) >= -slack(value, level);
}

/**
 * Slippage allowed before Amber turns Red, in the indicator's unit: the
 * indicator's own tolerance, else a share of the level. A zero target has no
 * share to take, so any miss of it is Red unless a tolerance is given.
 */
export function toleranceFor(indicator: Indicator, level: number, defaultTolerance: number = DEFAULT_TOLERANCE): number {
  if (indicator.tolerance !== undefined) return Math.abs(indicator.tolerance);
  return tidy(defaultTolerance * Math.abs(level));
}

/**
 * Green at or better than the level, Amber when worse by no more than the
 * tolerance, Red when worse by more.
 */
export function ragFor(value: number, level: number, polarity: Polarity, tolerance: number): Rag {
  const gap = signedGap(value, level, polarity);
  const noise = slack(value, level);
  if (gap >= -noise) return "green";
  return -gap <= tolerance + noise ? "amber" : "red";
}
