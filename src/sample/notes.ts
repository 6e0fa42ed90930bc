/** What the Note column says about each sample figure, and the extract ("As at") dates. */
import { monthIndex, monthOf, yearOf } from "../domain/periods";
import type { MonthIndex } from "../domain/types";

export const ILLUSTRATIVE = "Illustrative";
export const ILLUSTRATIVE_SPLIT = "Illustrative area split";
export const REPORTED_MAY_2011 = "Reported figure (County Council report, May 2011)";
export const REPORTED_LATE_2012 = "Reported figure (Cabinet Committee report, late 2012)";
export const REPORTED_NONE_UNALLOCATED =
  "Reported: no cases unallocated over 28 days since Jul 2012 (Cabinet Committee report, late 2012)";
export const REPORTED_EARLY_2014 =
  "Reported figure (action plan report, early 2014): 73 of 93 cases audited Jul–Dec 2013";
export const REPORTED_2017_INSPECTION = "Reported figure (Ofsted inspection report, 2017)";

/**
 * The extract date for a month's figures: the second Sunday of the following
 * month. The papers' two examples fit it (February 2011 as at 13/03/2011,
 * March 2011 as at 10/04/2011).
 */
export function extractDate(month: MonthIndex): string {
  const next = month + 1;
  const y = yearOf(next);
  const m = monthOf(next);
  const firstDay = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - firstDay) % 7);
  return `${y}-${String(m).padStart(2, "0")}-${String(firstSunday + 7).padStart(2, "0")}`;
}

/** The first and last months of the sample's monthly series. */
export const SAMPLE_FIRST = monthIndex(2011, 2);
export const SAMPLE_LAST = monthIndex(2017, 3);
