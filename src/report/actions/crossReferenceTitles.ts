/**
 * Short titles for the Improvement Plan's cross-references, so "IN 3" on the
 * plan-actions sheet says what it is. Summarised for this tool from the plan's
 * appendices (Improvement Notice targets; the inspection's recommendations)
 * and its list of the ten Core Tasks (County Council papers, May 2011).
 */
import type { CrossReferenceKind } from "../../domain/actions";

const IN: readonly string[] = [
  "Preventative and early intervention services",
  "Thresholds and criteria for social care",
  "Unallocated cases and assessment backlogs",
  "Quality and timeliness of assessments",
  "Performance management and quality assurance",
  "Timeliness of initial and core assessments",
  "Initial assessment rate; referrals to assessment",
  "Child protection plans: length and repeats",
  "Workforce capacity; social worker vacancies",
  "Training, supervision and recorded decisions",
  "Looked after children strategy",
  "Children in care heard and able to complain",
  "Quality of care plans; reviewing officers",
  "Adoptions",
  "Education of children in care",
  "Health and dental checks of children in care",
];

const O: readonly string[] = [
  "Review caseloads; safeguard every child",
  "Partners know the referral threshold",
  "Quality and timeliness of assessments",
  "Mental health referrals for 16–18s",
  "Performance management at all levels",
  "Child protection conferences",
  "Measurable child protection plans",
  "Contact centre value for money",
  "Ethnicity recorded on every file",
  "Independent interpreting for health",
  "Workforce capacity and capability",
  "Case recording systems value for money",
  "Training aligned to priorities",
  "Assessments of looked after children",
  "Case planning with all professionals",
  "Performance system; ICS fit for purpose",
  "Mental health services up to 18",
  "Missing from care and school policies",
  "Exclusions of looked after children",
  "Generic teams for looked after children",
  "Looked after children strategy and roles",
  "Substance misuse screening tool",
  "Voluntary sector contribution",
];

const CT: readonly string[] = [
  "Peripatetic team for the backlog",
  "Quality of assessment team work",
  "Throughput, caseloads, children in need",
  "Structure: assessments, contact service, teams",
  "First-line management and supervision",
  "Management information and quality assurance",
  "Recruitment and workforce strategy",
  "Commissioning and preventive services",
  "Safeguarding Board, Trust, CAF, thresholds",
  "Accommodation, ICT and support for teams",
];

const TITLES: Record<CrossReferenceKind, readonly string[]> = { IN, O, CT };

/** "Unallocated cases and assessment backlogs" for IN 3; undefined for a number the plan does not have. */
export function crossReferenceTitle(kind: CrossReferenceKind, number: number): string | undefined {
  return TITLES[kind][number - 1];
}
