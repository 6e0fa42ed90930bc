/**
 * The Improvement Notice's quantitative targets that are not on the Member
 * Dashboard (Notice of January 2011, added to in March 2011; targets numbered as
 * in the Improvement Plan's Appendix 2).
 */
import { monthIndex } from "../periods";
import type { Indicator, Target } from "../types";

const MAR_2012 = monthIndex(2012, 3);
const FY_2012_13 = { from: monthIndex(2012, 4), to: monthIndex(2013, 3) };
// "By the end of the academic year 2011/12": the year ends in August.
const END_2011_12 = monthIndex(2012, 8);

const notice = (n: number): string => `Improvement Notice target ${n}`;

/**
 * A target "over the period 2012-13": judged on the year's own figure (its
 * outturn), or on the mean of the months when the Notice says "an average of".
 */
function overYear(value: number, label: string, source: string, averageOfMonths = false): Target {
  return { kind: "period-average", level: "statutory", value, ...FY_2012_13, label, source, ...(averageOfMonths ? { averageOfMonths } : {}) };
}

/** `achieving` completes "the percentage of pupils achieving ...". */
function attainmentGap(code: string, measure: string, achieving: string, value: number): Indicator {
  return {
    code,
    name: `Attainment gap, ${measure}: children in care vs their peers`,
    unit: "pp",
    polarity: "lower",
    dashboard: false,
    frequency: "annual",
    targets: [
      {
        kind: "by-date",
        level: "statutory",
        value,
        from: END_2011_12,
        label: `≤ ${value} pp by end of 2011/12`,
        source: notice(15),
      },
    ],
    definition: `The percentage of all pupils ${achieving}, minus the percentage of children in care ${achieving}, in percentage points, for the academic year.`,
  };
}

export const NOTICE_INDICATORS: readonly Indicator[] = [
  {
    code: "REF_TO_IA",
    name: "% of referrals going on to initial assessment",
    unit: "percent",
    polarity: "higher",
    dashboard: false,
    frequency: "monthly",
    targets: [
      {
        kind: "period-average",
        level: "statutory",
        value: 65,
        from: monthIndex(2012, 1),
        to: MAR_2012,
        label: "65% over Jan–Mar 2012",
        source: notice(7),
      },
      overYear(65, "an average of at least 65% over 2012-13", notice(7), true),
    ],
    baseline: { value: 46, month: monthIndex(2010, 3), note: "2009-10 baseline in the Improvement Notice" },
    definition:
      "Referrals to children's social care in the month that went on to an initial assessment, as a percentage of all referrals in the month.",
  },
  {
    code: "IA_RATE",
    name: "Initial assessments per 10,000 population aged under 18",
    unit: "rate",
    polarity: "higher",
    dashboard: false,
    frequency: "monthly",
    targets: [
      {
        kind: "benchmark",
        level: "statutory",
        benchmark: "statistical neighbour average",
        label: "in line with the statistical neighbour average",
        source: notice(7),
      },
    ],
    definition:
      "Initial assessments of children in need completed in the last twelve months per 10,000 children and young people aged under 18 living in Kent.",
  },
  {
    code: "CP_2YR",
    name: "% of child protection plans lasting two years or more",
    unit: "percent",
    polarity: "lower",
    dashboard: false,
    frequency: "monthly",
    targets: [overYear(6, "6% over 2012-13", notice(8))],
    definition:
      "Child protection plans that had lasted two years or more when they ended, as a percentage of all plans ended.",
  },
  {
    code: "CP_REPEAT",
    name: "% becoming subject to a child protection plan for a second or subsequent time",
    unit: "percent",
    polarity: "lower",
    dashboard: false,
    frequency: "monthly",
    targets: [
      {
        kind: "benchmark",
        level: "statutory",
        benchmark: "statistical neighbour average",
        label: "down to the statistical neighbour average",
        source: notice(8),
      },
      {
        kind: "by-date",
        level: "internal",
        value: 13.6,
        from: monthIndex(2013, 3),
        label: "below 13.6% by Mar 2013",
        source: "Internal target (Improvement Plan action 2.3.7)",
      },
    ],
    definition:
      "Children who became the subject of a child protection plan who had been the subject of a plan before, as a percentage of all children who became the subject of a plan.",
  },
  {
    code: "QSW_VACANCY",
    name: "Qualified social worker vacancy rate",
    unit: "percent",
    polarity: "lower",
    dashboard: false,
    frequency: "monthly",
    targets: [{ kind: "by-date", level: "statutory", value: 10, label: "≤ 10%", source: notice(9) }],
    definition:
      "Qualified social worker posts not filled by a permanent member of staff, as a percentage of the qualified social worker establishment.",
  },
  {
    code: "ADOPTED",
    name: "% of children leaving care who were adopted",
    unit: "percent",
    polarity: "higher",
    dashboard: false,
    frequency: "monthly",
    targets: [
      {
        kind: "by-date",
        level: "statutory",
        value: 11,
        from: MAR_2012,
        label: "≥ 11% by Mar 2012",
        source: notice(14),
      },
      overYear(13, "13% over 2012-13", notice(14)),
    ],
    definition:
      "Children who ceased to be looked after because they were adopted, as a percentage of all children who ceased to be looked after.",
  },
  attainmentGap("KS2_ENG_GAP", "level 4 English at KS2", "achieving level 4 in English at the end of Key Stage 2", 34),
  attainmentGap("KS2_MATHS_GAP", "level 4 maths at KS2", "achieving level 4 in maths at the end of Key Stage 2", 33),
  attainmentGap(
    "GCSE_GAP",
    "5+ A*-C GCSE incl. English and maths",
    "achieving 5+ A*-C at GCSE including English and maths",
    36,
  ),
  {
    code: "ABSENT25",
    name: "% of children in care missing 25 or more days of school",
    unit: "percent",
    polarity: "lower",
    dashboard: false,
    frequency: "annual",
    targets: [{ kind: "by-date", level: "statutory", value: 11, label: "≤ 11%", source: notice(15) }],
    definition:
      "Children in care who missed 25 or more days of schooling during the academic year, as a percentage of children in care of school age.",
  },
  {
    code: "HEALTH_CHECKS",
    name: "% of children in care with up-to-date health checks",
    unit: "percent",
    polarity: "higher",
    dashboard: false,
    frequency: "monthly",
    targets: [
      {
        kind: "by-date",
        level: "statutory",
        value: 85,
        from: MAR_2012,
        label: "≥ 85% by Mar 2012",
        source: notice(16),
      },
      overYear(85, "at least 85% maintained over 2012-13", notice(16)),
    ],
    definition:
      "Children in care whose health assessment was carried out within timescale, as a percentage of children in care needing one. 85% is the England average the Notice refers to.",
  },
  {
    code: "DENTAL_CHECKS",
    name: "% of children in care with up-to-date dental checks",
    unit: "percent",
    polarity: "higher",
    dashboard: false,
    frequency: "monthly",
    targets: [
      {
        kind: "by-date",
        level: "statutory",
        value: 85,
        from: MAR_2012,
        label: "≥ 85% by Mar 2012",
        source: notice(16),
      },
      overYear(85, "at least 85% maintained over 2012-13", notice(16)),
      { kind: "by-date", level: "internal", value: 90, label: "≥ 90%", source: "Internal target" },
    ],
    definition:
      "Children in care whose dental check was carried out within timescale, as a percentage of children in care needing one.",
  },
];
