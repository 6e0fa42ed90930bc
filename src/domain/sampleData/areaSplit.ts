/**
 * Splits an authority count between East, Mid and West Kent so the areas add
 * up exactly to the total (largest remainder), with shares that drift slowly
 * from month to month as caseloads move between areas.
 */
import type { MonthIndex } from "../types";

export const SAMPLE_AREAS = ["East Kent", "Mid Kent", "West Kent"] as const;

const BASE_SHARES = [0.4, 0.27, 0.33];

function shares(month: MonthIndex, phase: number): number[] {
  const raw = BASE_SHARES.map((s, i) => s + 0.03 * Math.sin((2 * Math.PI * (month + phase + 9 * i)) / 29));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((s) => s / sum);
}

/** Whole, non-negative area counts summing to `total`. */
export function splitByArea(total: number, month: MonthIndex, phase: number): number[] {
  const exact = shares(month, phase).map((s) => s * total);
  const whole = exact.map(Math.floor);
  let left = total - whole.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i]! += 1;
    left -= 1;
  }
  return whole;
}
