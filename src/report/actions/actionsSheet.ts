/**
 * The "Plan Actions" sheet: the improvement plan's actions as at the last day
 * of the reporting month — what is overdue or due soon, progress by lead and by
 * priority, and which Notice targets, inspection recommendations and Core
 * Tasks have a live action.
 */
import { DUE_SOON_DAYS } from "../../domain/actions";
import { dayLabel } from "../../domain/periods";
import type { Catalogue, MonthIndex } from "../../domain/types";
import type { ActionsReport } from "./actionsReport";
import { ACTION_SHEET_COLUMNS, attentionSection, leadSection, prioritySection, type Section } from "./actionsSections";
import { coverageSection } from "./coverageSection";
import type { Band } from "../layout/pageBreaks";
import type { SheetPlan } from "../plan/plan";
import { heightOf, reportSheet } from "../layout/reportSheet";
import { REPORT_TITLE_ROWS, reportTitle } from "../layout/reportTitle";
import type { SheetParts } from "../layout/sheetParts";
import { emptyParts, joinParts } from "../layout/sheetParts";

export const ACTIONS_SHEET_KEY = "plan-actions";
export const ACTIONS_SHEET_NAME = "Plan Actions";
const GAP_ROWS = 1;

function actionsNote(report: ActionsReport): string {
  const o = report.summary.overall;
  const complete = o.percentComplete !== undefined ? ` (${Math.round(o.percentComplete)}% of those not cancelled)` : "";
  return (
    `Statuses as at ${dayLabel(report.today)}, the last day of the reporting month. ${o.total} actions: ${o.completed} completed${complete}, ` +
    `${o.live} live, ${o.overdue} overdue, ${o.dueSoon} due within ${DUE_SOON_DAYS} days. Overdue: past its due date and not completed or cancelled, or marked Overdue.`
  );
}

export interface ActionsSheetInput {
  report: ActionsReport;
  month: MonthIndex;
  /** For naming the indicators that measure each Notice target in the coverage matrix. */
  catalogue?: Catalogue;
}

/** The plan-actions sheet for a report from `actionsReport`. */
export function actionsSheet(input: ActionsSheetInput): SheetPlan {
  const { report } = input;
  const title = reportTitle(ACTION_SHEET_COLUMNS, { title: "Improvement plan actions", month: input.month, note: actionsNote(report) });
  const parts: SheetParts[] = [title];
  const bandRows: { startRow: number; lastRow: number }[] = [];
  let row = REPORT_TITLE_ROWS + 1;
  const spacers = emptyParts();
  const place = (section: Section, start: number) => {
    parts.push(...section.parts);
    bandRows.push({ startRow: start - GAP_ROWS, lastRow: section.lastRow });
    spacers.rowHeights[start - GAP_ROWS] = 12;
    row = section.lastRow + 1;
  };
  for (const make of [attentionSection, leadSection, prioritySection]) {
    const start = row + GAP_ROWS;
    place(make(report, start), start);
  }
  const coverage = coverageSection(report.coverage, row + GAP_ROWS, input.catalogue);
  parts.push(...coverage.section.parts);
  // The matrix is taller than a page: its heading stays with the first piece of the first table.
  coverage.bands.forEach((b, i) => bandRows.push({ startRow: i === 0 ? row : b.startRow, lastRow: b.lastRow }));
  spacers.rowHeights[row] = 12;
  const lastRow = coverage.section.lastRow;

  const all = [spacers, ...parts];
  const heights = joinParts(all).rowHeights;
  // Long wrapped text prints a little taller than the row-height estimate: a fifth more keeps each band whole on its page.
  const bands: Band[] = bandRows.map((b) => ({ startRow: b.startRow, height: Math.ceil(heightOf(heights, b.startRow, b.lastRow) * 1.2) }));
  return reportSheet({ key: ACTIONS_SHEET_KEY, name: ACTIONS_SHEET_NAME, columns: ACTION_SHEET_COLUMNS, parts: all, lastRow, bands });
}
