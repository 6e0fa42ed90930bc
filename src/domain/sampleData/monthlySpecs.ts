/**
 * Anchor points for the illustrative monthly series. Reported figures carry
 * their source as the note; the other anchors are invented to give each series
 * a plausible shape between them (the 2011 recovery from the backlog, the
 * autumn 2012 movements the Cabinet Committee report describes, then steady
 * years to 2017).
 */
import type { SeriesSpec } from "./series";
import { anchors } from "./series";
import { REPORTED_LATE_2012 as LATE_2012, REPORTED_MAY_2011 as MAY_2011, REPORTED_NONE_UNALLOCATED as NONE } from "./notes";

const count = (seed: string, a: SeriesSpec["anchors"]): SeriesSpec => ({ seed, decimals: 0, noise: { abs: 2, rel: 0.05 }, min: 0, anchors: a });
const percent = (seed: string, noise: number, a: SeriesSpec["anchors"]): SeriesSpec => ({ seed, decimals: 1, noise: { abs: noise }, min: 0, max: 100, anchors: a });

/** Monthly series by code (NI59, NI60 and IA_RATE are built from assessment counts instead). */
export const MONTHLY_SPECS: Readonly<Record<string, SeriesSpec>> = {
  UNALLOC28: count(
    "UNALLOC28",
    anchors(
      [2011, 2, 2269, MAY_2011], [2011, 3, 1610], [2011, 4, 973, MAY_2011], [2011, 5, 700], [2011, 6, 500], [2011, 7, 330],
      [2011, 8, 190], [2011, 9, 140], [2011, 11, 95], [2012, 1, 60], [2012, 3, 38], [2012, 5, 15], [2012, 6, 6, true],
      [2012, 7, 0, NONE], [2012, 8, 0, NONE], [2012, 9, 0, NONE], [2012, 10, 0, NONE],
      [2012, 11, 0, true], [2012, 12, 0, true], [2013, 1, 0, true], [2013, 2, 0, true], [2013, 3, 0, true],
      [2013, 6, 2], [2014, 6, 3], [2015, 6, 2], [2016, 6, 4], [2017, 3, 2],
    ),
  ),
  IA_OOT: count(
    "IA_OOT",
    anchors(
      [2011, 2, 1926, MAY_2011], [2011, 3, 1390], [2011, 4, 856, MAY_2011], [2011, 5, 600], [2011, 6, 420], [2011, 7, 290],
      [2011, 8, 195], [2011, 9, 150], [2011, 11, 115], [2012, 1, 90], [2012, 3, 70], [2012, 5, 45],
      // "A month-on-month rise ... since June 2012", reaching 63 in October.
      [2012, 6, 38, true], [2012, 7, 44, true], [2012, 8, 50, true], [2012, 9, 57, true], [2012, 10, 63, LATE_2012],
      [2012, 11, 60], [2013, 3, 52], [2013, 9, 66], [2014, 3, 58], [2014, 9, 72], [2015, 3, 61], [2015, 9, 75],
      [2016, 3, 64], [2016, 9, 70], [2017, 3, 62],
    ),
  ),
  CA_OOT: count(
    "CA_OOT",
    anchors(
      [2011, 2, 2019, MAY_2011], [2011, 3, 1840], [2011, 4, 1641, MAY_2011], [2011, 5, 1320], [2011, 6, 1020], [2011, 7, 760],
      [2011, 8, 540], [2011, 9, 380], [2011, 10, 260], [2011, 11, 180], [2011, 12, 130], [2012, 2, 95], [2012, 4, 72],
      // Rising from July, then "fairly level between September and October", 78 in October.
      [2012, 6, 60], [2012, 7, 57, true], [2012, 8, 68, true], [2012, 9, 78, true], [2012, 10, 78, LATE_2012],
      [2012, 11, 74], [2013, 3, 65], [2013, 9, 80], [2014, 3, 70], [2014, 9, 85], [2015, 3, 72], [2015, 9, 82],
      [2016, 3, 76], [2016, 9, 88], [2017, 3, 79],
    ),
  ),
  POSTS_FILLED: percent(
    "POSTS_FILLED",
    0.6,
    anchors([2011, 2, 83], [2011, 8, 88.5], [2012, 3, 93], [2012, 8, 95.5], [2012, 10, 96.8], [2013, 6, 97.5], [2014, 6, 95.8], [2015, 6, 96.5], [2016, 6, 94.9], [2017, 3, 96.2]),
  ),
  REF_TO_IA: percent(
    "REF_TO_IA",
    1.2,
    anchors([2011, 2, 49.5], [2011, 9, 56], [2012, 1, 64.5], [2012, 3, 66.5], [2012, 9, 67.5], [2013, 3, 68], [2014, 3, 66], [2015, 3, 69], [2016, 3, 67.5], [2017, 3, 68.5]),
  ),
  CP_2YR: percent(
    "CP_2YR",
    0.3,
    anchors(
      [2011, 2, 9.6], [2011, 8, 8.9], [2012, 1, 7.8], [2012, 3, 7.4],
      // Up to a June peak, then "fallen consistently since June 2012" to 7.3%, the lowest since April.
      [2012, 4, 7.1, true], [2012, 5, 7.9, true], [2012, 6, 8.4, true], [2012, 7, 8.1, true], [2012, 8, 7.8, true], [2012, 9, 7.5, true],
      [2012, 10, 7.3, LATE_2012], [2012, 12, 6.6], [2013, 3, 6], [2013, 9, 5.2], [2014, 6, 4.4], [2015, 6, 3.9], [2016, 6, 4.3], [2017, 3, 4],
    ),
  ),
  CP_REPEAT: percent(
    "CP_REPEAT",
    0.8,
    anchors([2011, 2, 16.2], [2011, 12, 15.1], [2012, 6, 14.4], [2013, 3, 13.2], [2014, 3, 12.6], [2015, 3, 13.8], [2016, 3, 14.5], [2017, 3, 15.3]),
  ),
  QSW_VACANCY: percent(
    "QSW_VACANCY",
    0.5,
    anchors([2011, 2, 28], [2012, 3, 21], [2012, 8, 17.5], [2012, 9, 12.5], [2012, 10, 11.4], [2013, 3, 10.4], [2013, 9, 9.3], [2014, 6, 11.5], [2015, 6, 13], [2016, 6, 11.9], [2017, 3, 10.2]),
  ),
  ADOPTED: percent(
    "ADOPTED",
    0.5,
    anchors([2011, 2, 7.8], [2011, 9, 9.5], [2012, 3, 11.3], [2012, 9, 12.8], [2013, 3, 13.6], [2014, 3, 14.5], [2015, 3, 13.2], [2016, 3, 12], [2017, 3, 11.5]),
  ),
  HEALTH_CHECKS: percent(
    "HEALTH_CHECKS",
    0.7,
    anchors(
      [2011, 2, 71.5], [2011, 9, 79], [2012, 3, 86], [2012, 7, 90, true], [2012, 8, 90.8, true], [2012, 9, 91.5, true], [2012, 10, 92.2, LATE_2012],
      [2013, 3, 93], [2014, 3, 91], [2015, 3, 88.5], [2016, 3, 90.5], [2017, 3, 92],
    ),
  ),
  DENTAL_CHECKS: percent(
    "DENTAL_CHECKS",
    0.7,
    anchors(
      [2011, 2, 64], [2011, 9, 76], [2012, 3, 86.5],
      // A dip over the summer, turning up again in October.
      [2012, 6, 90.6, true], [2012, 7, 90.1, true], [2012, 8, 89.2, true], [2012, 9, 87.9, true], [2012, 10, 88.1, LATE_2012],
      [2012, 12, 89], [2013, 3, 90.4], [2014, 3, 91.5], [2015, 3, 88.2], [2016, 3, 89.6], [2017, 3, 90.8],
    ),
  ),
  PERM_POSTS: percent(
    "PERM_POSTS",
    0.5,
    anchors(
      [2011, 2, 71], [2011, 9, 74.5], [2012, 3, 78], [2012, 7, 81.5],
      // Permanent posts rose sharply when the new structure came in (September 2012).
      [2012, 8, 82, true], [2012, 9, 87.6, true], [2012, 10, 88.4, LATE_2012],
      [2013, 3, 89.2], [2013, 9, 90.4], [2014, 6, 88], [2015, 6, 86.5], [2016, 6, 87.8], [2017, 3, 89.5],
    ),
  ),
  CASELOAD: {
    seed: "CASELOAD",
    decimals: 1,
    noise: { abs: 0.3 },
    min: 0,
    anchors: anchors(
      [2011, 2, 26.4], [2011, 3, 25.1], [2011, 4, 23.5, MAY_2011], [2011, 8, 22], [2012, 1, 20.6], [2012, 4, 20.2], [2012, 6, 20.9],
      // "Sustained reductions in caseload levels since July", 17.6 in October.
      [2012, 7, 21, true], [2012, 8, 19.9, true], [2012, 9, 18.7, true], [2012, 10, 17.6, LATE_2012],
      [2013, 3, 17.9], [2013, 10, 18.6], [2014, 6, 19.2], [2015, 6, 18.4], [2016, 6, 19.5], [2017, 3, 18.8],
    ),
  },
};
