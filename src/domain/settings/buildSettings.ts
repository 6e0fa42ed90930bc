/**
 * What a person can set about a build: the tolerance for indicators without
 * their own, which indicators the dashboard shows and in what order, and how
 * many months each chart shows. Kept in the workbook's Settings table, so the
 * command line and the add-in build the same dashboard.
 */
import { DEFAULT_TOLERANCE } from "../gaps/compare";

/** One indicator's place on the dashboard. */
export interface IndicatorChoice {
  code: string;
  shown: boolean;
}

export interface BuildSettings {
  /** Amber band when an indicator has no tolerance of its own, as a percentage of the target. */
  tolerancePercent: number;
  /** Months in each chart, ending at the reporting month. */
  monthsShown: number;
  /**
   * Dashboard indicators in order. Catalogue indicators not listed follow the
   * catalogue's Dashboard column, after the listed ones; undefined follows the
   * catalogue's Dashboard column and order.
   */
  indicators?: IndicatorChoice[];
}

export const DEFAULT_MONTHS_SHOWN = 13;
export const TOLERANCE_RANGE = { min: 0, max: 100 } as const;
export const MONTHS_RANGE = { min: 1, max: 36 } as const;

export const DEFAULT_SETTINGS: Readonly<BuildSettings> = {
  tolerancePercent: DEFAULT_TOLERANCE * 100,
  monthsShown: DEFAULT_MONTHS_SHOWN,
};

/** Why a tolerance is unusable, or undefined when it is fine. */
export function toleranceProblem(value: unknown): string | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return "The default tolerance must be a number.";
  if (value < TOLERANCE_RANGE.min || value > TOLERANCE_RANGE.max)
    return `The default tolerance must be between ${TOLERANCE_RANGE.min}% and ${TOLERANCE_RANGE.max}%.`;
  return undefined;
}

/** Why a months-shown value is unusable, or undefined when it is fine. */
export function monthsProblem(value: unknown): string | undefined {
  if (typeof value !== "number" || !Number.isInteger(value)) return "The months shown must be a whole number.";
  if (value < MONTHS_RANGE.min || value > MONTHS_RANGE.max)
    return `The months shown must be between ${MONTHS_RANGE.min} and ${MONTHS_RANGE.max}.`;
  return undefined;
}
