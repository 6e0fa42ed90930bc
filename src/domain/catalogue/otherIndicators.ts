/**
 * Indicators the progress reports and inspections track beside the Notice:
 * workforce stretch targets (Cabinet Committee report, late 2012), population
 * rates (2017 inspection) and case audit results (action plan report, 2014).
 */
import { monthIndex } from "../periods";
import type { Indicator } from "../types";

export const OTHER_INDICATORS: readonly Indicator[] = [
  {
    code: "PERM_POSTS",
    name: "% of caseholding posts filled by permanent qualified social workers",
    unit: "percent",
    polarity: "higher",
    dashboard: false,
    frequency: "monthly",
    targets: [{ kind: "by-date", level: "internal", value: 90, label: "≥ 90%", source: "Internal target" }],
    definition:
      "Caseholding posts filled by permanent (not agency) qualified social workers, as a percentage of the caseholding establishment.",
  },
  {
    code: "CASELOAD",
    name: "Average caseload per caseholder",
    unit: "rate",
    polarity: "lower",
    dashboard: false,
    frequency: "monthly",
    targets: [{ kind: "by-date", level: "internal", value: 20, label: "≤ 20", source: "Internal target" }],
    baseline: { value: 23.5, month: monthIndex(2011, 4), note: "April 2011 (County Council report, May 2011)" },
    definition:
      "Open cases held by qualified social workers divided by the number of caseholding social workers, county average.",
  },
  {
    code: "CP_RATE",
    name: "Children subject to a child protection plan per 10,000 children",
    unit: "rate",
    // No target: the polarity only names the direction of travel.
    polarity: "lower",
    dashboard: false,
    frequency: "annual",
    targets: [],
    definition:
      "Children who are the subject of a child protection plan at 31 March, per 10,000 children aged under 18.",
  },
  {
    code: "LAC_RATE",
    name: "Children looked after per 10,000 children",
    unit: "rate",
    polarity: "lower",
    dashboard: false,
    frequency: "annual",
    targets: [],
    definition: "Children looked after by the local authority at 31 March, per 10,000 children aged under 18.",
  },
  {
    code: "CIN_AUDIT",
    name: "% of children in need cases audited as adequate or better",
    unit: "percent",
    polarity: "higher",
    dashboard: false,
    frequency: "annual",
    targets: [],
    definition:
      "Children in need cases judged adequate or better for case practice in the peer review audit, as a percentage of the cases audited over the period.",
  },
];
