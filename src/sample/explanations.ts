/**
 * The real events behind the sample's large month-on-month movements, written
 * into the Note of the rows they touch as "Explained: …", so validating the
 * sample shows them as explained queries rather than warnings to chase. Each
 * event is one the council's papers describe. An explanation holds no full
 * stop: the row's source note follows it after one.
 */
import { monthIndex } from "../domain/periods";
import type { MonthIndex } from "../domain/types";

interface SampleEvent {
  codes: readonly string[];
  months: readonly MonthIndex[];
  /** Which rows: the whole authority's, the areas', or both. */
  rows: "authority" | "areas" | "all";
  explanation: string;
}

const RESTRUCTURE = monthIndex(2012, 9);

export const SAMPLE_EVENTS: readonly SampleEvent[] = [
  {
    codes: ["UNALLOC28", "IA_OOT", "CA_OOT"],
    months: [monthIndex(2011, 3), monthIndex(2011, 4)],
    rows: "all",
    explanation:
      "the backlog was cleared between February and April 2011 (unallocated cases 2269 to 973, outstanding initial assessments 1926 to 856), as the County Council was told in May 2011",
  },
  {
    codes: ["CP_2YR"],
    months: [monthIndex(2012, 5)],
    rows: "authority",
    explanation:
      "plans of two years or more rose from April to a June 2012 peak and fell from then on, October's figure being the lowest since April (Cabinet Committee report, late 2012)",
  },
  {
    codes: ["PERM_POSTS", "QSW_VACANCY"],
    months: [RESTRUCTURE],
    rows: "authority",
    explanation:
      "permanent social workers filled many more posts between August and September 2012, when the new structure came in on 1 September (Cabinet Committee report, late 2012)",
  },
  {
    codes: ["UNALLOC28", "IA_OOT", "CA_OOT"],
    months: [RESTRUCTURE],
    rows: "areas",
    explanation:
      "the restructure of 1 September 2012 replaced East, Mid and West Kent with four areas, so each area's figures change basis this month (Cabinet Committee report, late 2012)",
  },
];

/** The row's Note with the event that explains it, if any, put first. */
export function withExplanation(code: string, month: MonthIndex, area: string | null, note: string): string {
  const event = SAMPLE_EVENTS.find(
    (e) =>
      e.codes.includes(code) &&
      e.months.includes(month) &&
      (e.rows === "all" || (e.rows === "areas") === (area !== null)),
  );
  return event ? `Explained: ${event.explanation}. ${note}` : note;
}

/** The source part of a sample Note ("Reported …" or "Illustrative …"), after any explanation. */
export function sourceNote(note: string): string {
  return note.replace(/^Explained:[^.]*\.\s*/, "");
}
