/**
 * Once-a-year figures: rates per 10,000 at 31 March, attainment gaps and
 * absence for the academic year (shown at August, when the year ends), and the
 * children in need case audit (July–December 2013, shown at December).
 */
import { monthIndex } from "../domain/periods";
import { ILLUSTRATIVE, REPORTED_2017_INSPECTION, REPORTED_EARLY_2014 } from "./notes";
import type { SamplePoint } from "./series";

type Reported = Record<number, { note: string; asAt?: string }>;

/** One figure a year at `month` for each year from `fromYear`. */
function yearly(month: number, fromYear: number, values: number[], reported: Reported = {}): SamplePoint[] {
  return values.map((value, i) => ({
    month: monthIndex(fromYear + i, month),
    value,
    note: ILLUSTRATIVE,
    ...reported[fromYear + i],
  }));
}

// The 2017 inspection gives the rates at 31 March 2016 and "at 6 March 2017".
const INSPECTION: Reported = {
  2016: { note: `${REPORTED_2017_INSPECTION}, at 31 March 2016` },
  2017: { note: `${REPORTED_2017_INSPECTION}, at 6 March 2017`, asAt: "2017-03-06" },
};

export const ANNUAL_FIGURES: Readonly<Record<string, SamplePoint[]>> = {
  KS2_ENG_GAP: yearly(8, 2011, [38, 31, 29, 30, 27, 28]),
  KS2_MATHS_GAP: yearly(8, 2011, [39, 30, 31, 28, 29, 27]),
  GCSE_GAP: yearly(8, 2011, [44, 35, 37, 38, 36, 39]),
  ABSENT25: yearly(8, 2011, [14.2, 11.8, 10.6, 9.9, 10.4, 9.7]),
  CP_RATE: yearly(3, 2011, [37, 39, 36, 33, 30, 32, 36], INSPECTION),
  LAC_RATE: yearly(3, 2011, [53, 54, 52, 51, 56, 70, 57], INSPECTION),
  CIN_AUDIT: [
    { month: monthIndex(2013, 12), value: 78.5, numerator: 73, denominator: 93, note: REPORTED_EARLY_2014 },
    { month: monthIndex(2014, 12), value: 81.1, numerator: 77, denominator: 95, note: ILLUSTRATIVE },
    { month: monthIndex(2015, 12), value: 83.3, numerator: 80, denominator: 96, note: ILLUSTRATIVE },
    { month: monthIndex(2016, 12), value: 82.5, numerator: 85, denominator: 103, note: ILLUSTRATIVE },
  ],
};
