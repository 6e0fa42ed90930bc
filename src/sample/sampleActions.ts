/**
 * The sample `Actions` rows `scorecard init` writes: actions from the council's
 * Improvement Plan "Putting Children First" (May 2011). Ref, Lead,
 * Cross-references and Timescale are as the plan writes them (the plan's own
 * typos, such as "31 Sept", included); the Action text is a shortened
 * paraphrase. Status is illustrative, as it might have stood at the end of
 * October 2011; Start and Due are read from the Timescale, so they always agree.
 */
import { parseTimescale } from "../domain/actions/parseTimescale";
import type { CellValue } from "../domain/types";

export const SAMPLE_ACTION_HEADERS: readonly string[] = [
  "Ref",
  "Action",
  "Start",
  "Due",
  "Lead",
  "Status",
  "Cross-references",
  "Timescale",
];

/** What the sample's Status column stands for. */
export const SAMPLE_ACTIONS_AS_AT = "2011-10-31";

type SampleAction = [ref: string, action: string, lead: string, status: string, crossRefs: string, timescale: string];

const ACTIONS: readonly SampleAction[] = [
  [
    "1.1.1",
    "Council-wide programme setting out the leadership competencies and behaviours expected of leaders, managers and staff",
    "Rob Semens",
    "In progress",
    "",
    "31 March 2011 - 31 March 2012",
  ],
  [
    "1.3.1",
    "Communications and engagement strategy, internal and external, then put it into practice",
    "Jill Rawlins",
    "Completed",
    "",
    "27 Jan 2011 - 30 April 2011 1 May 2011 - 31 May 2011",
  ],
  [
    "1.5.1",
    "Multi-agency strategy for looked after children, shaped by children's views, then implemented",
    "Liz Totman",
    "In progress",
    "IN 11. O 21",
    "1 Feb 2011 - 31 May 2011 1 May 2011- 30 Sept 2011 1 Feb 2012 - 29 Feb 2012",
  ],
  [
    "1.5.3",
    "Review the Corporate Parenting Group's terms of reference",
    "Liz Totman",
    "Completed",
    "",
    "1 March 2011 - 1 May 2011 (review)",
  ],
  [
    "2.1.1",
    "Managers review open cases and act to keep children safe",
    "Alastair Pettigrew Heads of Service",
    "Completed",
    "O 1.",
    "Completed",
  ],
  [
    "2.1.3",
    "Cut unallocated cases; every looked after child and child on a protection plan has an allocated social worker",
    "Heads of Service",
    "Overdue",
    "IN 3. CT 1. CT 3.",
    "1 March 2011 – 1 Sept 2011 (review)",
  ],
  [
    "2.1.4",
    "Complete the backlog of outstanding initial and core assessments",
    "Alastair Pettigrew",
    "Completed",
    "IN 3. O 3. CT1.",
    "Completed",
  ],
  [
    "2.1.7",
    "Monitor caseloads and act to keep them at the right level for every social worker",
    "Alastair Pettigrew",
    "In progress",
    "CT 3",
    "1 March 2011 (monthly review)",
  ],
  [
    "2.1.8",
    "Practice standards agreed with front-line staff and managers",
    "Eva Learner",
    "Completed",
    "CT 2.",
    "1 March – 31 May 2011",
  ],
  [
    "2.1.9",
    "Supervisors record management oversight and decisions on case files",
    "Heads of Service",
    "In progress",
    "IN 10. CT 5.",
    "1 March 2011 (Review at weekly and monthly intervals)",
  ],
  [
    "2.2.2",
    "Bring in external practice and management experts to review caseloads and speed up throughput",
    "Alastair Pettigrew",
    "Completed",
    "IN 4. CT 2. IN 7. CT 3.",
    "1 March 2011 – 31 August 2011",
  ],
  [
    "2.2.6",
    "Children seen and assessments written up and signed off within Working Together timescales",
    "Heads of Service",
    "In progress",
    "IN 4. IN 6.",
    "1 March 2011– 1 March 2012 1 April 2012- 1 April 2013",
  ],
  [
    "2.3.6",
    "Fewer children on a child protection plan for 2 years or more",
    "Donna Marriott",
    "In progress",
    "IN 8.",
    "1 June 2011 – 1 March 2013",
  ],
  [
    "2.4.2",
    "Raise the percentage of children who are adopted",
    "Heads of Service",
    "In progress",
    "IN 14.",
    "1 March 2011 – 1 March 2012",
  ],
  [
    "2.4.7",
    "Respond to the health needs of looked after children (health and dental checks)",
    "Lorraine Goodsell",
    "In progress",
    "IN 16.",
    "1 March 2011 – 31 March 2011 1 May– 1 March 2013 (year on year)",
  ],
  [
    "2.4.10",
    "Virtual School to raise attendance and attainment of looked after children",
    "Tony Doran",
    "In progress",
    "IN 15. O 19.",
    "1 March 2011 – 1 March 2012 (Review)",
  ],
  [
    "3.1.5",
    "Put the new structure in place with its protocols and procedures",
    "Alastair Pettigrew",
    "Not started",
    "CT 4.",
    "1 December 2011 – 1 May 2012",
  ],
  [
    "3.2.2",
    "External review of the technical working of the Integrated Children's System",
    "Peter Bole via -Price Waterhouse Cooper",
    "Completed",
    "O 12. O 16.",
    "Completed",
  ],
  [
    "3.3.4",
    "Understand the parking available to staff across the county and act on it",
    "Tom Molloy",
    "Overdue",
    "CT 10.",
    "1 April – 30 June 2011",
  ],
  [
    "5.1.2",
    "Make the most of public relations opportunities for social work in Kent",
    "Ella Hughes",
    "In progress",
    "CT 7.",
    "Monthly until 1 March 2012",
  ],
  [
    "5.1.6",
    "Review the workforce and close capacity and capability gaps",
    "Rob Semens",
    "In progress",
    "IN 9. O 11. CT 7.",
    "Jan 2011 – Sept 2011 (review)",
  ],
  [
    "6.1.1",
    "Children's services performance management framework linked to the council's and partners'",
    "Donna Shkalla",
    "Completed",
    "IN 5. O 5. O16. CT 6.",
    "1 March 2011- 30 April 2011",
  ],
  [
    "6.3.4",
    "Respond to audit findings and monitor them quarterly",
    "Heads of Service Donna Marriott",
    "In progress",
    "IN 5. CT 6.",
    "After each audit Quarterly",
  ],
];

function toRow([ref, action, lead, status, crossRefs, timescale]: SampleAction): CellValue[] {
  const ranges = parseTimescale(timescale).ranges;
  const starts = ranges.flatMap((r) => (r.start ? [r.start] : [])).sort();
  const ends = ranges.flatMap((r) => (r.end ? [r.end] : [])).sort();
  return [ref, action, starts[0] ?? null, ends[ends.length - 1] ?? null, lead, status, crossRefs || null, timescale];
}

/** Header and data rows for the sample Actions table (Start and Due as ISO text). */
export function sampleActionRows(): { headers: string[]; rows: CellValue[][] } {
  return { headers: [...SAMPLE_ACTION_HEADERS], rows: ACTIONS.map(toRow) };
}
