/**
 * The sample `Budget` rows `scorecard init` writes. The programme line carries
 * the figures the council reported for 2012-13 (£1M allocated, £251K deducted
 * at source for the accommodation and parking pressures of Core Task 10); the
 * three workstream lines that share out its £749,000 net budget, their
 * commitments, spend, forecasts and monthly profiles are illustrative, as of
 * October 2012 (the month of the progress report the figures come from).
 * Profiles are planned spend to date (cumulative), April 2012 to March 2013.
 */
import { monthIndex, monthLabel } from "../domain/periods";
import type { CellValue } from "../domain/types";

const PROGRAMME = "Improvement programme 2012-13";
const YEAR = "2012-13";
const ILLUSTRATIVE = "Illustrative: an invented split of the programme's net budget, not the council's figures.";

/** Month headers "Apr 2012" … "Mar 2013". */
const PROFILE_MONTHS: readonly string[] = Array.from({ length: 12 }, (_, i) => monthLabel(monthIndex(2012, 4) + i));

export const SAMPLE_BUDGET_HEADERS: readonly string[] = [
  "Line",
  "Part of",
  "Year",
  "Allocated",
  "Deducted at source",
  "Committed",
  "Spent",
  "Forecast outturn",
  "Note",
  ...PROFILE_MONTHS,
];

interface SampleLine {
  line: string;
  partOf?: string;
  allocated: number;
  deducted?: number;
  committed?: number;
  spent?: number;
  forecast?: number;
  note: string;
  /** Planned spend to date in £000s, April to March. */
  profileThousands?: readonly number[];
}

const LINES: readonly SampleLine[] = [
  {
    line: PROGRAMME,
    allocated: 1_000_000,
    deducted: 251_000,
    note:
      "Reported: £1M allocated to the improvement programme for 2012/13, of which £251K was deducted at source for the " +
      "accommodation and parking pressures of Core Task 10. Committed, spent, forecast and profile are left blank: " +
      "they are the sum of the lines that are part of it.",
  },
  {
    line: "Social work recruitment and retention",
    partOf: PROGRAMME,
    allocated: 320_000,
    committed: 95_000,
    spent: 150_000,
    forecast: 315_000,
    note: ILLUSTRATIVE,
    profileThousands: [15, 35, 60, 85, 110, 135, 160, 185, 215, 245, 280, 320],
  },
  {
    line: "Practice improvement and audit",
    partOf: PROGRAMME,
    allocated: 254_000,
    committed: 60_000,
    spent: 110_000,
    forecast: 249_000,
    note: ILLUSTRATIVE,
    profileThousands: [10, 25, 45, 65, 85, 105, 125, 150, 175, 200, 225, 254],
  },
  {
    line: "Performance and ICS improvements",
    partOf: PROGRAMME,
    allocated: 175_000,
    committed: 40_000,
    spent: 60_000,
    forecast: 178_000,
    note: ILLUSTRATIVE,
    profileThousands: [5, 10, 20, 30, 40, 50, 65, 85, 105, 125, 150, 175],
  },
  {
    line: "Children's Improvement Board grant (pending)",
    allocated: 0,
    note:
      "Reported: a further grant was being sought from the Children's Improvement Board for more improvement work " +
      "(such as phase 2 of the Practice Improvement Programme); nothing is allocated until it is awarded.",
  },
];

function toRow(l: SampleLine): CellValue[] {
  const profile = PROFILE_MONTHS.map((_, i) => (l.profileThousands ? l.profileThousands[i]! * 1000 : null));
  return [
    l.line,
    l.partOf ?? null,
    YEAR,
    l.allocated,
    l.deducted ?? null,
    l.committed ?? null,
    l.spent ?? null,
    l.forecast ?? null,
    l.note,
    ...profile,
  ];
}

/** Header and data rows for the sample Budget table. */
export function sampleBudgetRows(): { headers: string[]; rows: CellValue[][] } {
  return { headers: [...SAMPLE_BUDGET_HEADERS], rows: LINES.map(toRow) };
}
