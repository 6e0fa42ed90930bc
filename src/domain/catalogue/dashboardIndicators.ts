/**
 * The six key indicators of the Member Dashboard, in the dashboard's order.
 * Definitions and Impact text are the council's own (Member Dashboard –
 * Definitions & Explanations, May 2011), and each says so in its source; the
 * two out-of-timescale counts had no Impact paragraph there, so theirs are
 * written for this catalogue and marked as such.
 */
import { monthIndex } from "../periods";
import type { Indicator, Target } from "../types";
import { NOTICE_ISSUED } from "./noticeTargets";

const AUG_2011 = monthIndex(2011, 8);
const MAY_2011_REPORT = "County Council report, May 2011";
/** The paper the dashboard's own definitions and impact paragraphs are quoted from. */
const QUOTED = "quoted from the council's Member Dashboard definitions (County Council, 12 May 2011)";
/** Text the papers do not give, written for this tool. */
const WRITTEN_HERE = "written for this tool (the papers give none)";

/**
 * "At least maintaining … at the levels prevailing when this Improvement
 * Notice was issued": the papers do not give the figure, so the baseline is the
 * series' own figure at the issue month, or else the first one after it.
 */
function maintainAtNotice(): Target {
  return {
    kind: "maintain",
    level: "statutory",
    baseline: {
      month: NOTICE_ISSUED,
      note: "the level when the Improvement Notice was issued (January 2011): the figure for that month, or else the first figure after it",
    },
    label: "at least maintain the level when the Notice was issued (Jan 2011)",
    source: "Improvement Notice target 6",
  };
}

/** "… to 200 or less … by August 2011 and thereafter minimising the number". */
function byAugust2011(value: number): Target {
  return {
    kind: "by-date",
    level: "statutory",
    value,
    from: AUG_2011,
    thereafter: "minimise",
    label: `≤ ${value} by Aug 2011`,
    source: "Improvement Notice target 3",
  };
}

export const DASHBOARD_INDICATORS: readonly Indicator[] = [
  {
    code: "UNALLOC28",
    name: "Cases unallocated for over 28 days",
    unit: "count",
    polarity: "lower",
    dashboard: true,
    frequency: "monthly",
    targets: [
      byAugust2011(200),
    ],
    baseline: {
      value: 2269,
      month: monthIndex(2011, 2),
      note: `February 2011 figure, as at 13/03/2011 (${MAY_2011_REPORT})`,
    },
    definition:
      "The total number of cases (LAC, CP and CIN) that have remained unallocated to a qualified social worker for over 28 days. (Total cases unallocated according to ICS, minus cases that the districts feel are appropriately allocated.) After August 2011 the Notice asks for the number to be minimised; the council keeps a zero tolerance policy for CP and children in care cases.",
    impact:
      "If a case remains unallocated for a significant length of time there is a danger the child may not receive the required input from Children's Social Services, resulting in unmet/recognised need, limited oversight/management of case or drift. This presents a risk to both the child and the organisation.",
    definitionSource: `${QUOTED} with its chart caption in brackets; last sentence written for this tool from the Notice and the Oct 2012 report`,
    impactSource: `${QUOTED} (one typing slip corrected)`,
  },
  {
    code: "IA_OOT",
    name: "Initial assessments in progress out of timescale",
    unit: "count",
    polarity: "lower",
    dashboard: true,
    frequency: "monthly",
    targets: [
      byAugust2011(200),
      { kind: "by-date", level: "internal", value: 100, label: "≤ 100", source: "Internal target" },
    ],
    baseline: {
      value: 1926,
      month: monthIndex(2011, 2),
      note: `February 2011 figure, as at 13/03/2011 (${MAY_2011_REPORT})`,
    },
    definition:
      "The number of Initial Assessments on open cases that are overdue for completion i.e. which have not been ended within 7 days from referral.",
    impact:
      "An initial assessment that runs past its timescale leaves a child waiting to find out what help they need. A rising number is an early sign that teams are not keeping up with the work coming in.",
    definitionSource: QUOTED,
    impactSource: WRITTEN_HERE,
  },
  {
    code: "NI59",
    name: "% of initial assessments carried out within 7 days of referral (NI 59)",
    unit: "percent",
    polarity: "higher",
    dashboard: true,
    yearToDate: true,
    frequency: "monthly",
    targets: [maintainAtNotice()],
    definition:
      "The number of initial assessments completed in the period between 1st April and the reporting month, within seven working days of referral, as a percentage of the number of initial assessments completed in the period between 1st April and the reporting month.",
    impact:
      "It is important to assess a child's needs promptly once a referral has been accepted in order to plan appropriate input/services for that child.",
    definitionSource: QUOTED,
    impactSource: QUOTED,
  },
  {
    code: "CA_OOT",
    name: "Core assessments in progress out of timescale",
    unit: "count",
    polarity: "lower",
    dashboard: true,
    frequency: "monthly",
    targets: [
      byAugust2011(100),
    ],
    baseline: {
      value: 2019,
      month: monthIndex(2011, 2),
      note: `February 2011 figure, as at 13/03/2011 (${MAY_2011_REPORT})`,
    },
    definition:
      "The number of Core Assessments on open cases that are overdue for completion i.e. which have not been ended within 42 days from referral.",
    impact:
      "A core assessment that overruns delays the plan of help for a child already known to need it, and a backlog takes up social work time that new cases need.",
    definitionSource: QUOTED,
    impactSource: WRITTEN_HERE,
  },
  {
    code: "NI60",
    name: "% of core assessments carried out within 42 days of referral (NI 60)",
    unit: "percent",
    polarity: "higher",
    dashboard: true,
    yearToDate: true,
    frequency: "monthly",
    targets: [maintainAtNotice()],
    definition:
      "The number of core assessments that were completed in the period between 1st April and the reporting month, within 42 working days of the date of referral (as recorded on the Core Assessment exemplar), as a percentage of the number of core assessments completed in the period between 1st April and the reporting month. Please note, the exact definition of NI 60 is 35 working days from commencement of the Core Assessment to Core Assessment completed date and this is what will be reported and used by the DfE in national statistics. Kent has chosen to use 42 days from date of referral for the purpose of internal reporting.",
    impact:
      "It is important to assess a child's needs promptly once a core assessment has been deemed necessary in order to plan appropriate input/services for that child.",
    definitionSource: QUOTED,
    impactSource: QUOTED,
  },
  {
    code: "POSTS_FILLED",
    name: "% of caseholding posts filled",
    unit: "percent",
    polarity: "higher",
    dashboard: true,
    frequency: "monthly",
    targets: [],
    definition:
      "The total number of caseholding posts filled (made up of both permanent and agency qualified social workers) as a percentage of the total caseholding Establishment figure.",
    impact:
      "The established numbers of qualified social workers (caseholders) are required in order to manage the high number of referrals and assessments in a timely manner and ensure throughput of work.",
    definitionSource: QUOTED,
    impactSource: QUOTED,
  },
];
