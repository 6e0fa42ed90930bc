/** The three lists on the plan-actions sheet: needing attention, counts by lead, counts by priority. */
import { crossReferenceLabel, type ActionCounts } from "../../domain/actions";
import { dayLabel } from "../../domain/periods";
import type { ActionsReport } from "./actionsReport";
import { PALETTE } from "../layout/palette";
import type { PlanValue } from "../plan/plan";
import { ragStyle } from "../layout/ragStyle";
import { colLetter, type ReportColumn } from "../layout/reportColumns";
import { noteRow, reportTable, sectionHeading } from "../layout/reportTable";
import type { SheetParts } from "../layout/sheetParts";
import { emptyParts } from "../layout/sheetParts";
import { SHARE_FORMAT, share } from "../budget/budgetFormats";

/** The sheet's columns B–I, shared by every section (widths must suit them all). */
export const ACTION_SHEET_WIDTHS = [9, 46, 22, 11, 11, 11, 10, 11] as const;

/** The whole width, for headings and notes that span every section. */
export const ACTION_SHEET_COLUMNS: readonly ReportColumn[] = ACTION_SHEET_WIDTHS.map((width) => ({ header: "", width }));

export const ATTENTION_COLUMNS: readonly ReportColumn[] = [
  { header: "Ref", width: 9 },
  { header: "Action", width: 46, wrap: true },
  { header: "Lead", width: 22, wrap: true },
  { header: "Due", width: 11, align: "center" },
  { header: "Status", width: 11, align: "center" },
  // Days since the due date: "12 late", "5 to go".
  { header: "Days", width: 11, align: "right", numberFormat: '0" late";0" to go";"due today"' },
  { header: "Cross-refs", width: 10, align: "center", wrap: true },
  // The Status cell as the table has it, so an officer sees which rows to update.
  { header: "Table says", width: 11, align: "center", wrap: true },
];

/** "in progress" → "In progress"; blank when the table gives none. */
function statusWord(status: string | undefined): string {
  return status ? status[0]!.toUpperCase() + status.slice(1) : "(blank)";
}

const COUNT_HEADERS = ["Actions", "Completed", "Live", "Overdue", "Due soon", "% complete"] as const;

/** A counts table: the name over B–C (merged per row), then the counts in D–I. */
function countColumns(nameHeader: string): ReportColumn[] {
  return [
    { header: nameHeader, width: ACTION_SHEET_WIDTHS[0] },
    { header: "", width: ACTION_SHEET_WIDTHS[1] },
    ...COUNT_HEADERS.map((header, i): ReportColumn => ({
      header,
      width: ACTION_SHEET_WIDTHS[2 + i]!,
      align: "right",
      ...(header === "% complete" ? { numberFormat: SHARE_FORMAT } : {}),
    })),
  ];
}

function countValues(name: string, c: ActionCounts): PlanValue[] {
  return [name, null, c.total, c.completed, c.live, c.overdue, c.dueSoon, share(c.percentComplete)];
}

export interface Section {
  parts: SheetParts[];
  lastRow: number;
}

/** Overdue and due-soon actions, at `startRow` (its heading). */
export function attentionSection(report: ActionsReport, startRow: number): Section {
  const heading = sectionHeading(ACTION_SHEET_COLUMNS, startRow, "Overdue and due soon");
  if (report.attention.length === 0) {
    return { parts: [heading, noteRow(ACTION_SHEET_COLUMNS, startRow + 1, `No action is overdue or due within 30 days of ${dayLabel(report.today)}.`)], lastRow: startRow + 1 };
  }
  const rows = report.attention.map((a): PlanValue[] => [
    a.action.ref || "(no ref)",
    a.action.action,
    a.action.lead ?? "",
    a.action.due ? dayLabel(a.action.due) : "–",
    a.state === "overdue" ? "Overdue" : "Due soon",
    a.daysLate ?? "–",
    a.action.crossReferences.map(crossReferenceLabel).join(", "),
    statusWord(a.action.status),
  ]);
  const table = reportTable(ATTENTION_COLUMNS, startRow + 1, rows);
  const styles = emptyParts();
  report.attention.forEach((a, i) => {
    styles.styles.push({ range: `${colLetter(4)}${table.firstDataRow + i}`, style: ragStyle(a.state === "overdue" ? "red" : "amber") });
  });
  return { parts: [heading, table.parts, styles], lastRow: table.lastRow };
}

function countsTable(title: string, nameHeader: string, rows: { name: string; counts: ActionCounts }[], startRow: number, total?: ActionCounts): Section {
  const columns = countColumns(nameHeader);
  const heading = sectionHeading(columns, startRow, title);
  const values = rows.map((r) => countValues(r.name, r.counts));
  if (total) values.push(countValues("All actions", total));
  const table = reportTable(columns, startRow + 1, values);
  const extra = emptyParts();
  for (let r = startRow + 1; r <= table.lastRow; r++) extra.merges.push(`${colLetter(0)}${r}:${colLetter(1)}${r}`);
  if (total) {
    extra.styles.push({
      range: `${colLetter(0)}${table.lastRow}:${colLetter(columns.length - 1)}${table.lastRow}`,
      style: { bold: true, fill: PALETTE.headerFill, border: { top: true, color: PALETTE.rule } },
    });
  }
  return { parts: [heading, table.parts, extra], lastRow: table.lastRow };
}

/** Counts by delivery lead, people then roles (an action with two leads counts for both). */
export function leadSection(report: ActionsReport, startRow: number): Section {
  const rows = report.summary.byLead.map((l) => ({ name: l.kind === "role" ? `${l.lead} (role)` : l.lead, counts: l.counts }));
  const section = countsTable("Progress by lead", "Lead", rows, startRow);
  const note = noteRow(
    ACTION_SHEET_COLUMNS,
    section.lastRow + 1,
    "Named people first, then roles (job titles such as Heads of Service). A Lead cell naming several is split into each person and role, and the action counts once for each, so these rows add up to more than the total.",
  );
  return { parts: [...section.parts, note], lastRow: section.lastRow + 1 };
}

/** Counts by plan priority (the first number of the Ref), with the total. */
export function prioritySection(report: ActionsReport, startRow: number): Section {
  const rows = report.summary.byPriority.map((p) => ({ name: p.priority !== undefined ? `Priority ${p.priority}` : "No priority in Ref", counts: p.counts }));
  return countsTable("Progress by priority", "Priority", rows, startRow, report.summary.overall);
}
