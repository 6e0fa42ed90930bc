/**
 * NI 59 / NI 60 style year-to-date timeliness, built the way the council
 * counts it: assessments completed each month and how many of them were in
 * time, summed from 1 April, so Numerator and Denominator restart every April
 * and Value is always 100 × Numerator / Denominator (to 1 decimal place).
 * The same monthly initial assessment counts give IA_RATE (the last twelve
 * months per 10,000 children).
 */
import { financialYearOf, monthIndex } from "../domain/periods";
import { ScorecardError } from "../domain/errors";
import type { MonthIndex } from "../domain/types";
import { ILLUSTRATIVE, REPORTED_LATE_2012 } from "./notes";
import { anchors, buildSeries, roundTo, type SamplePoint, type SeriesSpec } from "./series";

/** Thrown when the sample's own figures cannot be made consistent: a bug in the anchors, not bad input. */
export class SampleDataError extends ScorecardError {
  readonly code = "SAMPLE_DATA_INCONSISTENT";
  override readonly name = "SampleDataError";
}

// A year of history before the sample starts, for the February 2011 year-to-date and rolling-year figures.
const HISTORY_FROM = monthIndex(2010, 1);

/** Children aged under 18 in Kent, in tens of thousands (about 331,000). */
const UNDER_18_TEN_THOUSANDS = 33.1;

interface AssessmentSpec {
  completed: SeriesSpec;
  /** Percentage of the month's completions that were in time. */
  inTime: SeriesSpec;
  /** Reported year-to-date percentages to hit exactly. */
  reported: { month: MonthIndex; value: number; note: string }[];
}

const INITIAL: AssessmentSpec = {
  completed: {
    seed: "IA completed",
    decimals: 0,
    noise: { abs: 10, rel: 0.05 },
    min: 0,
    anchors: anchors(
      [2010, 1, 880],
      [2011, 1, 980],
      [2011, 6, 1150],
      [2012, 1, 1100],
      [2013, 1, 1060],
      [2015, 1, 1120],
      [2017, 3, 1080],
    ),
  },
  inTime: {
    seed: "IA in time",
    decimals: 2,
    noise: { abs: 1.5 },
    min: 0,
    max: 100,
    anchors: anchors(
      [2010, 1, 57],
      [2011, 1, 60],
      [2011, 4, 66],
      [2011, 7, 79],
      [2011, 10, 84],
      [2012, 3, 86.5],
      [2012, 10, 88],
      [2013, 6, 86],
      [2014, 6, 84],
      [2015, 6, 87],
      [2016, 6, 85.5],
      [2017, 3, 86.5],
    ),
  },
  reported: [{ month: monthIndex(2012, 10), value: 87.5, note: REPORTED_LATE_2012 }],
};

const CORE: AssessmentSpec = {
  completed: {
    seed: "CA completed",
    decimals: 0,
    noise: { abs: 5, rel: 0.06 },
    min: 0,
    anchors: anchors([2010, 1, 330], [2011, 6, 450], [2012, 6, 390], [2014, 1, 410], [2017, 3, 400]),
  },
  inTime: {
    seed: "CA in time",
    decimals: 2,
    noise: { abs: 1.8 },
    min: 0,
    max: 100,
    anchors: anchors(
      [2010, 1, 48],
      [2011, 1, 52],
      [2011, 4, 58],
      [2011, 8, 72],
      [2011, 12, 79],
      [2012, 4, 81],
      [2012, 10, 84],
      [2013, 6, 82],
      [2014, 6, 85],
      [2015, 6, 83],
      [2016, 6, 86],
      [2017, 3, 84],
    ),
  },
  reported: [{ month: monthIndex(2012, 10), value: 83.1, note: REPORTED_LATE_2012 }],
};

const pct = (num: number, den: number): number => roundTo((100 * num) / den, 1);

/** The in-time count nearest `natural` whose year-to-date percentage rounds to `value`. */
function hitReported(value: number, natural: number, den: number, low: number, high: number): number {
  for (let step = 0; step <= den; step++) {
    for (const n of [natural - step, natural + step]) {
      if (n >= low && n <= high && pct(n, den) === value) return n;
    }
  }
  throw new SampleDataError(`No in-time count gives ${value}% of ${den} assessments; adjust the sample anchors.`);
}

function yearToDate(
  spec: AssessmentSpec,
  first: MonthIndex,
  last: MonthIndex,
): { points: SamplePoint[]; completed: number[] } {
  const completed = buildSeries(spec.completed, HISTORY_FROM, last).map((p) => p.value);
  const inTime = buildSeries(spec.inTime, HISTORY_FROM, last).map((p) => p.value);
  const points: SamplePoint[] = [];
  let num = 0;
  let den = 0;
  for (let month = HISTORY_FROM; month <= last; month++) {
    const i = month - HISTORY_FROM;
    if (month > HISTORY_FROM && financialYearOf(month) !== financialYearOf(month - 1)) num = den = 0;
    const done = Math.max(1, completed[i]!);
    const prevNum = num;
    den += done;
    num += Math.round((inTime[i]! * done) / 100);
    const reported = spec.reported.find((r) => r.month === month);
    if (reported) num = hitReported(reported.value, num, den, prevNum, prevNum + done);
    if (month >= first) {
      points.push({
        month,
        value: pct(num, den),
        numerator: num,
        denominator: den,
        note: reported?.note ?? ILLUSTRATIVE,
      });
    }
  }
  return { points, completed };
}

/** NI59, NI60 and IA_RATE from `first` to `last`. */
export function assessmentSeries(
  first: MonthIndex,
  last: MonthIndex,
): Record<"NI59" | "NI60" | "IA_RATE", SamplePoint[]> {
  const initial = yearToDate(INITIAL, first, last);
  const core = yearToDate(CORE, first, last);
  const rate: SamplePoint[] = [];
  for (let month = first; month <= last; month++) {
    const end = month - HISTORY_FROM;
    const year = initial.completed.slice(end - 11, end + 1).reduce((a, b) => a + b, 0);
    rate.push({ month, value: roundTo(year / UNDER_18_TEN_THOUSANDS, 1), note: ILLUSTRATIVE });
  }
  return { NI59: initial.points, NI60: core.points, IA_RATE: rate };
}
