/**
 * The value axis's range. Percentages sit on the full 0–100% so charts can be
 * compared side by side; only figures packed into a narrow band get an axis
 * cut at a round value below the lowest, and then the axis title says where it
 * starts. Counts and other units start at zero.
 */
import type { Unit } from "../../../domain/types";

/** Percentage figures spanning fewer points than this get a cut axis. */
export const CUT_AXIS_SPAN = 15;
/** A cut axis starts at a multiple of this many points below the lowest figure. */
const CUT_STEP = 10;

export interface AxisScale {
  /** In the sheet's numbers (percentages as fractions). */
  min?: number;
  max?: number;
  majorUnit?: number;
  /** Where a cut axis starts, in the indicator's unit (percentages 0–100). */
  cutAt?: number;
}

/** The axis range for the figures plotted (in the indicator's unit; nulls ignored). */
export function valueAxisScale(unit: Unit, plotted: readonly (number | null)[]): AxisScale {
  const numbers = plotted.filter((v): v is number => v !== null && Number.isFinite(v));
  const low = numbers.length > 0 ? Math.min(...numbers) : 0;
  const high = numbers.length > 0 ? Math.max(...numbers) : 0;
  if (unit === "percent") {
    if (numbers.length > 0 && high - low < CUT_AXIS_SPAN && low >= CUT_STEP * 2) {
      const cutAt = Math.floor((low - CUT_STEP / 2) / CUT_STEP) * CUT_STEP;
      return { min: cutAt / 100, max: 1, majorUnit: 0.05, cutAt };
    }
    return { min: 0, max: 1, majorUnit: 0.1 };
  }
  // Negative figures (a gap in points, a variance) keep the host's own minimum.
  return low >= 0 ? { min: 0 } : {};
}
