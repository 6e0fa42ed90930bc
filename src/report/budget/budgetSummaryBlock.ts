/**
 * The improvement budget in brief, for the foot of the Member Dashboard: the
 * reporting month's financial year's top-level lines and the total, in the dashboard's columns (B–I), with one
 * sentence on the total and a pointer to the budget sheet for the detail.
 */
import type { BudgetPosition } from "../../domain/budget";
import { MONEY_FORMAT, SHARE_FORMAT, VARIANCE_FORMAT, budgetRagWord, share } from "./budgetFormats";
import { noLinesSentence, type BudgetReport } from "./budgetReport";
import { FIRST_COL, L, LAST_COL, rowRange, widthOf } from "../dashboard/dashboardLayout";
import { PALETTE } from "../layout/palette";
import type { PlanValue } from "../plan/plan";
import { ragStyle } from "../layout/ragStyle";
import type { SheetParts } from "../layout/sheetParts";
import { emptyParts } from "../layout/sheetParts";
import { wrappedHeight } from "../layout/textHeight";

export const BUDGET_BLOCK_HEADERS = [
  "Budget line",
  "Net budget",
  "Spent",
  "Committed",
  "Forecast outturn",
  "Forecast variance",
  "% spent",
  "RAG",
] as const;

/** The block's own last column (RAG): its eight columns start at the dashboard's first. */
const RAG_COL = FIRST_COL + BUDGET_BLOCK_HEADERS.length - 1;

function values(name: string, p: BudgetPosition): PlanValue[] {
  return [name, p.net, p.spent, p.committed, p.forecast, p.variance, share(p.percentSpent), budgetRagWord(p)];
}

/** One italic sentence across the block's width. */
function sentenceRow(parts: SheetParts, row: number, sentence: string): void {
  parts.blocks.push({ address: `${L(FIRST_COL)}${row}`, values: [[sentence]] });
  parts.merges.push(rowRange(row));
  parts.styles.push({ range: rowRange(row), style: { italic: true, wrapText: true, verticalAlignment: "top", fontColor: PALETTE.muted } });
  parts.rowHeights[row] = wrappedHeight(sentence, widthOf(FIRST_COL, LAST_COL), 11, 20);
}

/**
 * The block with its heading at `startRow`, on the dashboard sheet named
 * `budgetSheetName` refers to: the reporting month's financial year only, and
 * when that year has no lines, a sentence saying so instead of figures.
 */
export function budgetSummaryBlock(report: BudgetReport, startRow: number, budgetSheetName: string): { parts: SheetParts; lastRow: number } {
  const parts = emptyParts();
  const top = report.rows.filter((r) => r.depth === 0);
  let row = startRow;
  parts.blocks.push({ address: `${L(FIRST_COL)}${row}`, values: [[`Improvement budget ${report.year}`]] });
  parts.merges.push(rowRange(row));
  parts.styles.push({
    range: rowRange(row),
    style: { bold: true, fontSize: 13, fill: PALETTE.sectionFill, verticalAlignment: "center", border: { bottom: true, color: PALETTE.rule } },
  });
  parts.rowHeights[row] = 22;

  const none = noLinesSentence(report);
  if (none !== undefined) {
    sentenceRow(parts, row + 1, none);
    return { parts, lastRow: row + 1 };
  }

  row += 1;
  parts.blocks.push({ address: `${L(FIRST_COL)}${row}`, values: [[...BUDGET_BLOCK_HEADERS]] });
  parts.styles.push(
    { range: rowRange(row, FIRST_COL, RAG_COL), style: { bold: true, fill: PALETTE.headerFill, wrapText: true, verticalAlignment: "center", border: { bottom: true, color: PALETTE.rule } } },
    { range: `${L(FIRST_COL + 1)}${row}:${L(RAG_COL - 1)}${row}`, style: { horizontalAlignment: "right" } },
    { range: `${L(RAG_COL)}${row}`, style: { horizontalAlignment: "center" } },
  );
  parts.rowHeights[row] = 22;

  const lines = [...top.map((r) => values(r.line.line, r.position)), values("Total", report.total)];
  const first = row + 1;
  const last = first + lines.length - 1;
  parts.blocks.push({ address: `${L(FIRST_COL)}${first}`, values: lines });
  parts.styles.push(
    { range: `${L(FIRST_COL)}${first}:${L(RAG_COL)}${last}`, style: { wrapText: true, verticalAlignment: "center", border: { bottom: true, color: PALETTE.lightRule } } },
    { range: `${L(FIRST_COL + 1)}${first}:${L(FIRST_COL + 4)}${last}`, style: { numberFormat: MONEY_FORMAT } },
    { range: `${L(FIRST_COL + 5)}${first}:${L(FIRST_COL + 5)}${last}`, style: { numberFormat: VARIANCE_FORMAT } },
    { range: `${L(FIRST_COL + 6)}${first}:${L(FIRST_COL + 6)}${last}`, style: { numberFormat: SHARE_FORMAT } },
    // Right-aligned, so a dash for "no figure" sits where the number would.
    { range: `${L(FIRST_COL + 1)}${first}:${L(RAG_COL - 1)}${last}`, style: { horizontalAlignment: "right" } },
    { range: rowRange(last, FIRST_COL, RAG_COL), style: { bold: true, fill: PALETTE.headerFill, border: { top: true, color: PALETTE.rule } } },
  );
  [...top.map((r) => r.position), report.total].forEach((p, i) => {
    parts.styles.push({ range: `${L(RAG_COL)}${first + i}`, style: ragStyle(p.rag) });
    // A line's name wraps only when it is longer than the column: the estimate's margin for whole words is generous.
    parts.rowHeights[first + i] = Math.max(20, wrappedHeight(String(lines[i]![0]), widthOf(FIRST_COL, FIRST_COL) + 5));
  });

  row = last + 1;
  sentenceRow(parts, row, `${report.total.reason[0]!.toUpperCase()}${report.total.reason.slice(1)}. Every line, sub-line and the spending profile are on the ${budgetSheetName} sheet.`);
  return { parts, lastRow: row };
}
