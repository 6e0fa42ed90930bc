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

/**
 * How a period target's figure is formed:
 * - "pooled outturn": the period's numerators summed over its denominators (every month gives both);
 * - "year-to-date": the latest figure of a series counted from 1 April (it already covers the period so far);
 * - "mean of months": the mean of the monthly figures (the Notice says "an average of", or no counts are given).
 */
export type PeriodBasis = "pooled outturn" | "year-to-date" | "mean of months";

/** A period target ("6% over 2012-13") part way through its period, or at its end. */
export interface PeriodAverage {
  /** The figure judged: the period so far on `basis`. */
  figure: number;
  basis: PeriodBasis;
  /** The mean of the monthly figures so far, whatever the basis (for comparison). */
  mean: number;
  /** Months with a figure so far in the period. */
  monthsCounted: number;
  /** Months of the period after the reporting month. */
  monthsRemaining: number;
  /** For a pooled outturn: the sums behind it. */
  numerator?: number;
  denominator?: number;
  /**
   * What the remaining months need, on the same basis, for the period to meet
   * the target (for pooled and year-to-date figures: assuming as many cases a
   * month as so far); undefined when none remain.
   */
  neededAverage?: number;
  /** False when no feasible figure (0–100 for a percentage) for the remaining months can meet the target. */
  reachable?: boolean;
}

/** Where a dated target stood at its deadline: kept beside the current position. */
export interface DeadlineVerdict {
  /** The deadline month. */
  month: MonthIndex;
  /** The figure at the deadline (for a yearly indicator, the year's figure); absent when there was none. */
  value?: number;
  /** The month of `value` when it is not the deadline itself (yearly indicators). */
  valueMonth?: MonthIndex;
  /** At or better than the target then; absent without a figure. */
  met?: boolean;
  rag: Rag;
  /** Signed gap then, positive when better. */
  gap?: number;
}

/**
 * "And thereafter minimising the number": after the deadline, whether the
 * figure keeps falling (for lower-is-better; rising for higher-is-better).
 */
export interface Minimising {
  /** The deadline: the trend is measured from it. */
  since: MonthIndex;
  /** Least-squares change per month from the deadline to the reporting month (in the unit; negative = falling). */
  trendPerMonth: number;
  /** Month-on-month moves the wrong way in a row, ending at the reporting month ("rising four months in a row"). */
  rises: number;
  /** The month the run of rises started from (its low point), and the figure then. */
  risingFrom?: { month: MonthIndex; value: number };
  /** The figure is at zero, the best a count can be. */
  atFloor: boolean;
  /** At the floor, or trending the right way with fewer than `RISES_THAT_FLAG` rises in a row. */
  minimising: boolean;
}

/** Which target a gap is measured against: the Notice's (statutory), the council's own (internal), or a comparator (benchmark). */
export type TargetName = "statutory" | "internal" | "benchmark";

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
  /**
   * Least-squares forecast of the value at the target month, kept feasible:
   * counts at or above zero and whole, percentages within 0–100. `reaches`
   * says when the trend line hits such a bound ("reaches 0 by Jul 2011").
   * Absent when fewer than 3 months.
   */
  forecast?: { value: number; verdict: Verdict; monthsUsed: MonthIndex[]; reaches?: { value: number; month: MonthIndex } };
  /** Why no forecast was made, when none was. */
  noForecastReason?: string;
}

export interface TargetGap {
  target: Target;
  /** Which target this is: statutory (the Notice), internal, or benchmark (a comparator such as the statistical neighbour average). */
  name: TargetName;
  /** The target's name in words: "Notice target", "internal target", "statistical neighbour average". */
  title: string;
  /**
   * For `maintain` targets: the baseline held to — typed in the Indicators table,
   * given in the catalogue, or the series' figure at (else first after) the
   * baseline month — and `levelText` says it: "at least the Feb 2011 level, 59.1%".
   */
  baseline?: { value: number; month?: MonthIndex; source: "typed" | "catalogue" | "series" };
  /** The level in words when it is not the target's own number ("at least the Feb 2011 level, 59.1%"). */
  levelText?: string;
  /** The level in force (a baseline or benchmark resolved to a number); undefined when unknown. */
  level?: number;
  /** The figure judged: the latest value, or the period's figure (see `average.basis`) for period targets. */
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
  /** For period targets: the period's figure so far, its basis, and what the remaining months need. */
  average?: PeriodAverage;
  trajectory?: Trajectory;
  /** For a dated target whose deadline has passed: the verdict at the deadline, kept beside the current one. */
  atDeadline?: DeadlineVerdict;
  /** For "thereafter minimising" targets after their deadline: is the figure still falling? */
  minimising?: Minimising;
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
  /** Period targets whose period ended before `month`, judged over the whole period (for the tracker and JSON). */
  ended?: TargetGap[];
  /** The statutory target shown in headlines (first applicable), if any. */
  statutory?: TargetGap;
  /** The internal (stretch) target, if any. */
  internal?: TargetGap;
  /**
   * Headline RAG: the statutory target's when it is in force with a level,
   * else the internal one's, else none. `ratedBy` names the target it came from.
   */
  rag: Rag;
  /** Which target the headline RAG, target and gap are measured against; absent when none. */
  ratedBy?: TargetName;
  direction: Direction;
  directionYearOnYear: Direction;
  /** Consecutive months, ending at `month`, on (green) or off (not green) the headline target. */
  run?: { onTarget: boolean; months: number };
  /** Remarks about the series itself, e.g. a missing month before the latest figure. */
  notes?: string[];
}
