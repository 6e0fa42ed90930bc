/**
 * Splits an authority count between its areas so they add up exactly to the
 * total (largest remainder), with shares that drift slowly from month to month
 * as caseloads move between areas. Until August 2012 the areas are East, Mid
 * and West Kent; the restructure of 1 September 2012 made four (see
 * sampleAreas for the names, which the papers do not give).
 */
import { monthIndex } from "../domain/periods";
import type { MonthIndex } from "../domain/types";

/** The first month of the four-area structure. */
export const RESTRUCTURE_MONTH = monthIndex(2012, 9);

export const AREAS_BEFORE_RESTRUCTURE = ["East Kent", "Mid Kent", "West Kent"] as const;
export const AREAS_AFTER_RESTRUCTURE = ["East Kent", "North Kent", "South Kent", "West Kent"] as const;
/** Every area name the sample uses, at any time. */
export const SAMPLE_AREAS = ["East Kent", "Mid Kent", "North Kent", "South Kent", "West Kent"] as const;

const BASE_SHARES_BEFORE = [0.4, 0.27, 0.33];
const BASE_SHARES_AFTER = [0.2, 0.27, 0.23, 0.3];

/** The sample's areas in `month`. */
export function sampleAreasAt(month: MonthIndex): readonly string[] {
  return month >= RESTRUCTURE_MONTH ? AREAS_AFTER_RESTRUCTURE : AREAS_BEFORE_RESTRUCTURE;
}

function shares(month: MonthIndex, phase: number): number[] {
  const base = month >= RESTRUCTURE_MONTH ? BASE_SHARES_AFTER : BASE_SHARES_BEFORE;
  const raw = base.map((s, i) => s + 0.03 * Math.sin((2 * Math.PI * (month + phase + 9 * i)) / 29));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((s) => s / sum);
}

/** Whole, non-negative area counts summing to `total`, one per area of `sampleAreasAt(month)`. */
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
