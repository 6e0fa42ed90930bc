/**
 * What the engine computes for one indicator in one area at the reporting month.
 * The report layer turns these into a plan; `scorecard build --json` prints them.
 */
import type { Indicator, MonthIndex, Target } from "./types";

export type Rag = "green" | "amber" | "red" | "none";
export type Direction = "improving" | "worsening" | "stable" | "none";
export type Verdict = "on track" | "at risk" | "off track";

export interface SeriesPoint {
  month: MonthIndex;
  value: number;
}

/** Progress towards a period-average target part way through its period. */
export interface PeriodAverage {
  mean: number;
  monthsCounted: number;
  monthsRemaining: number;
  /** The mean the remaining months need for the period to meet the target; undefined when none remain. */
  neededAverage?: number;
}

/** The straight path to a target whose date is still ahead, and a forecast. */
export interface Trajectory {
  startMonth: MonthIndex;
  startValue: number;
  targetMonth: MonthIndex;
  /** Where the straight path stands at the reporting month. */
  pathValue: number;
  /** Latest value is at or better than the path. */
  ahead: boolean;
  /** Change per month still needed to reach the target by its date (signed, in the indicator's unit). */
  monthlyChangeNeeded: number;
  /** Least-squares forecast of the value at the target month; absent when fewer than 3 months. */
  forecast?: { value: number; verdict: Verdict; monthsUsed: MonthIndex[] };
  /** Why no forecast was made, when none was. */
  noForecastReason?: string;
}

export interface TargetGap {
  target: Target;
  /** The level in force (a baseline or benchmark resolved to a number); undefined when unknown. */
  level?: number;
  /** The figure judged: the latest value, or the period mean for period-average targets. */
  judged?: number;
  /**
   * Distance to target in the indicator's unit (percentage points for percentages),
   * signed so that positive means better than target and negative means short of it,
   * whichever way the indicator's polarity runs.
   */
  gap?: number;
  /** `gap` as a fraction of the target level (0.1 = 10% better). */
  relativeGap?: number;
  rag: Rag;
  average?: PeriodAverage;
  trajectory?: Trajectory;
  /** Plain-English remark, e.g. "no statistical neighbour average supplied". */
  note?: string;
  /** False for a by-date target still ahead of the reporting month: shown with its trajectory, not judged. */
  inForce?: boolean;
}

export interface IndicatorResult {
  code: string;
  /** "" is the whole authority. */
  area: string;
  indicator: Indicator;
  month: MonthIndex;
  value: number | null;
  /** The month `value` is for when it is not `month` (annual indicators show their latest yearly figure). */
  valueMonth?: MonthIndex;
  previous: number | null;
  sameMonthLastYear: number | null;
  asAt?: string;
  /** Every value in this code and area, oldest first (up to and including `month`). */
  series: SeriesPoint[];
  /** Every target that applies at `month`, statutory first. */
  gaps: TargetGap[];
  /** The statutory target shown in headlines (first applicable), if any. */
  statutory?: TargetGap;
  /** The internal (stretch) target, if any. */
  internal?: TargetGap;
  /** Headline RAG: the statutory target's, else the internal one's, else none. */
  rag: Rag;
  direction: Direction;
  directionYearOnYear: Direction;
  /** Consecutive months, ending at `month`, on (green) or off (not green) the headline target. */
  run?: { onTarget: boolean; months: number };
  /** Remarks about the series itself, e.g. a missing month before the latest figure. */
  notes?: string[];
}
