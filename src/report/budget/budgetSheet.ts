/**
 * The "Improvement Budget" sheet for finance: every budget line (sub-lines
 * indented under the line whose budget they share out) with allocation,
 * deduction at source, net budget, commitments, spend, forecast outturn, what
 * is left, forecast variance, spend against budget and profile, a RAG and its
 * reason; and a total row.
 */
import { BUDGET_RAG_THRESHOLDS } from "../../domain/budget";
import type { BudgetPosition } from "../../domain/budget";
import type { MonthIndex } from "../../domain/types";
import { monthLabel } from "../../domain/periods";
import { MONEY_FORMAT, SHARE_FORMAT, VARIANCE_FORMAT, budgetRagWord, share } from "./budgetFormats";
import { budgetReason, noLinesSentence, type BudgetReport } from "./budgetReport";
import { PALETTE } from "../layout/palette";
import type { PlanValue, SheetPlan } from "../plan/plan";
import { ragStyle } from "../layout/ragStyle";
import { colLetter, tableRowRange, type ReportColumn } from "../layout/reportColumns";
import { reportSheet } from "../layout/reportSheet";
import { noteRow, reportTable } from "../layout/reportTable";
import { REPORT_TITLE_ROWS, reportTitle } from "../layout/reportTitle";
import type { SheetParts } from "../layout/sheetParts";
import { emptyParts } from "../layout/sheetParts";
import { wrapHeight } from "../layout/wordWrap";

export const BUDGET_SHEET_KEY = "improvement-budget";
export const BUDGET_SHEET_NAME = "Improvement Budget";
/** Sub-lines are indented by leading spaces: the plan has no indent style, and spaces survive any shell. */
export const SUB_LINE_INDENT = "      ";

const pct = (x: number) => `${Math.round(x * 100)}%`;
export const BUDGET_NOTE =
  "Net budget = allocated − deducted at source; remaining = net − spent − committed; variance = forecast outturn − net budget. " +
  "% of profile: spent against planned spend to date at the reporting month. " +
  `RAG: Green = forecast within budget with no more than ${pct(BUDGET_RAG_THRESHOLDS.underspendAmber)} unspent; ` +
  `Amber = overspend up to ${pct(BUDGET_RAG_THRESHOLDS.overspendAmber)} or underspend over ${pct(BUDGET_RAG_THRESHOLDS.underspendAmber)}; Red = overspend over ${pct(BUDGET_RAG_THRESHOLDS.overspendAmber)}. ` +
  "Indented lines share out the budget of the line above them; the total counts top-level lines only.";

const money = (header: string, width = 11): ReportColumn => ({ header, width, align: "right", numberFormat: MONEY_FORMAT, wrap: false });

export const BUDGET_COLUMNS_LAYOUT: readonly ReportColumn[] = [
  { header: "Line", width: 40, wrap: true },
  money("Allocated"),
  money("Deducted at source"),
  money("Net budget"),
  money("Committed"),
  money("Spent"),
  money("Forecast outturn"),
  money("Remaining"),
  { header: "Forecast variance", width: 13, align: "right", numberFormat: VARIANCE_FORMAT },
  { header: "% spent", width: 8, align: "right", numberFormat: SHARE_FORMAT },
  { header: "% of profile", width: 9, align: "right", numberFormat: SHARE_FORMAT },
  { header: "RAG", width: 11, align: "center", wrap: true },
  { header: "Reason", width: 32, wrap: true },
];

const RAG_COL = 11;
const HEADER_ROW = REPORT_TITLE_ROWS + 2;

/** The figures of a line or the total, in column order after the Line name. */
export function positionValues(p: BudgetPosition): PlanValue[] {
  return [
    p.allocated,
    p.deducted,
    p.net,
    p.committed,
    p.spent,
    p.forecast,
    p.remaining,
    p.variance,
    share(p.percentSpent),
    share(p.percentOfProfile),
    budgetRagWord(p),
  ];
}

export interface BudgetSheetInput {
  report: BudgetReport;
  month: MonthIndex;
}

/** What was left out or could not be dated, said after the profile note. */
function yearsNote(report: BudgetReport): string {
  const parts: string[] = [];
  if (report.otherYears.length) parts.push(` Lines for ${report.otherYears.join(", ")} are not shown: this is ${report.year}'s budget.`);
  if (report.undated) parts.push(` ${report.undated} line${report.undated === 1 ? " has" : "s have"} no Year and no profile, so ${report.undated === 1 ? "it is" : "they are"} shown in every year.`);
  return parts.join("");
}

/** The budget sheet for a report from `budgetReport`. */
export function budgetSheet(input: BudgetSheetInput): SheetPlan {
  const columns = BUDGET_COLUMNS_LAYOUT;
  const { report } = input;
  // Only the reporting month's financial year is shown; the title names it.
  const title = reportTitle(columns, {
    title: `Improvement budget ${report.year}`,
    month: input.month,
    note: BUDGET_NOTE,
  });
  const spacer: SheetParts = { ...emptyParts(), rowHeights: { [REPORT_TITLE_ROWS + 1]: 8 } };
  const none = noLinesSentence(report);
  if (none !== undefined) {
    const header = reportTable(columns, HEADER_ROW, []);
    return reportSheet({ key: BUDGET_SHEET_KEY, name: BUDGET_SHEET_NAME, columns, parts: [title, spacer, header.parts, noteRow(columns, HEADER_ROW + 1, none)], lastRow: HEADER_ROW + 1, repeatRows: HEADER_ROW });
  }

  const name = (line: { line: string }) => line.line;
  const rows: PlanValue[][] = report.rows.map((r) => [
    `${r.depth === 1 ? SUB_LINE_INDENT : ""}${name(r.line)}`,
    ...positionValues(r.position),
    budgetReason(r.position, r.line.rolledUp),
  ]);
  rows.push(["Total", ...positionValues(report.total), budgetReason(report.total)]);
  const table = reportTable(columns, HEADER_ROW, rows, { minRowHeight: 20 });
  const styles = emptyParts();
  report.rows.forEach((r, i) => {
    const row = table.firstDataRow + i;
    if (r.depth === 0) {
      styles.styles.push({ range: `${colLetter(0)}${row}`, style: { bold: true } });
      // Bold names are wider: the row may need another line.
      const bold = wrapHeight(String(rows[i]![0]), columns[0]!.width, { bold: true, min: 20 });
      styles.rowHeights[row] = Math.max(table.parts.rowHeights[row] ?? 0, bold);
    }
    else styles.styles.push({ range: tableRowRange(columns, row, 0, RAG_COL - 1), style: { fontColor: PALETTE.muted } });
    styles.styles.push({ range: `${colLetter(RAG_COL)}${row}`, style: ragStyle(r.position.rag) });
  });
  const totalRow = table.lastRow;
  styles.styles.push(
    { range: tableRowRange(columns, totalRow), style: { bold: true, fill: PALETTE.headerFill, border: { top: true, bottom: true, color: PALETTE.rule } } },
    { range: `${colLetter(RAG_COL)}${totalRow}`, style: ragStyle(report.total.rag) },
  );
  const profileNote = noteRow(
    columns,
    totalRow + 2,
    `Profile position at the end of ${monthLabel(input.month)}. Sub-line figures are included in the line above them, so only top-level lines add up to the total.` +
      yearsNote(report),
  );
  return reportSheet({
    key: BUDGET_SHEET_KEY,
    name: BUDGET_SHEET_NAME,
    columns,
    parts: [title, spacer, table.parts, styles, profileNote],
    lastRow: totalRow + 2,
    repeatRows: HEADER_ROW,
  });
}
