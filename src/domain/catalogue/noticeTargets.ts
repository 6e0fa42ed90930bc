/**
 * The sixteen targets of the Improvement Notice (issued January 2011, added to
 * in March 2011), numbered as the Improvement Plan numbers them (IN 1 – IN 16).
 * Eight are measured by indicators in the catalogue; eight are qualitative and
 * are tracked through the plan actions that cite them. Summaries are this
 * catalogue's own short wording of each target.
 */
import { monthIndex } from "../periods";
import type { MonthIndex } from "../types";

/** The month the Notice was issued: "at least maintain … the levels prevailing when this Improvement Notice was issued". */
export const NOTICE_ISSUED: MonthIndex = monthIndex(2011, 1);

export interface NoticeTarget {
  /** 1 to 16. */
  number: number;
  /** "IN 3", as the Improvement Plan cross-references it. */
  reference: string;
  /** A short name for the target, for a table's first column. */
  title: string;
  /** What the target asks, in brief. */
  summary: string;
  /** True when no indicator measures it: progress is shown through the plan actions citing it. */
  qualitative: boolean;
}

const target = (number: number, qualitative: boolean, title: string, summary: string): NoticeTarget => ({
  number,
  reference: `IN ${number}`,
  title,
  summary,
  qualitative,
});

export const NOTICE_TARGETS: readonly NoticeTarget[] = [
  target(1, true, "Early intervention and prevention", "Develop preventative and early intervention services with partners across the partnership."),
  target(
    2,
    true,
    "Thresholds for access to social care",
    "Thresholds and criteria for access to children's social care, written and agreed with the Safeguarding Children Board and the Improvement Board, and applied consistently by all partners across the county.",
  ),
  target(
    3,
    false,
    "Unallocated cases and assessments out of timescale",
    "Unallocated cases over 28 days to 200 or less, initial assessments out of timescale to 200 and core assessments out of timescale to 100 by August 2011, and thereafter minimising each.",
  ),
  target(
    4,
    true,
    "Quality of assessments and investigations",
    "Assessments and child protection investigations more responsive, clear and evidence based, to the Working Together 2010 standards, with every referrer told the outcome of their referral.",
  ),
  target(
    5,
    true,
    "Performance management and quality assurance",
    "A written performance management and quality assurance framework used by all staff, with regular audits of case files whose results shape frontline practice.",
  ),
  target(
    6,
    false,
    "Timely assessments",
    "At least maintain the percentages of initial and core assessments done on time at the levels when the Notice was issued.",
  ),
  target(
    7,
    false,
    "Thresholds, referrals and initial assessments",
    "Initial assessments per 10,000 children in line with statistical neighbours; referrals going on to initial assessment up from 46% (2009-10) to 65% over January–March 2012 and an average of at least 65% over 2012-13.",
  ),
  target(
    8,
    false,
    "Child protection plans",
    "Child protection plans lasting two years or more down to 6% over 2012-13; plans for a second or later time down to the statistical neighbour average.",
  ),
  target(9, false, "Workforce capacity and stability", "Enough capacity and a stable workforce: the qualified social worker vacancy rate down to 10%."),
  target(
    10,
    true,
    "Workforce development and supervision",
    "Induction, training, mentoring and professional development for all social care staff; effective supervision of child protection work; management oversight and decisions written on case files and reviewed.",
  ),
  target(
    11,
    true,
    "Looked after children strategy",
    "A multi-agency looked after children strategy setting out each agency's responsibilities and supporting better outcomes for children in care.",
  ),
  target(
    12,
    true,
    "Children in care: having a say",
    "With the children in care council, make sure every child in care regularly knows how to help shape the service or make a complaint.",
  ),
  target(
    13,
    true,
    "Quality of care plans",
    "Better care plans: better assessment of looked after children, health and education information in every plan, and Independent Reviewing Officers assuring quality and challenging delay.",
  ),
  target(14, false, "Adoption", "Children adopted up to 11% by March 2012 and to 13% over 2012-13."),
  target(
    15,
    false,
    "Education of children in care",
    "With schools, a strategy for the education of children in care: attainment gaps of no more than 34 pp (KS2 English), 33 pp (KS2 maths) and 36 pp (5+ A*-C GCSE) by the end of 2011/12, and no more than 11% missing 25 or more days of school.",
  ),
  target(
    16,
    false,
    "Health and dental checks",
    "Health and dental checks for children in care up to at least the England average of 85% by March 2012, and at least maintained over 2012-13.",
  ),
];

/** "Improvement Notice target 7" → 7; undefined for any other source. */
export function noticeTargetNumber(source: string | undefined): number | undefined {
  const m = /^improvement notice target\s+(\d+)$/i.exec(source?.trim() ?? "");
  return m ? Number(m[1]) : undefined;
}
