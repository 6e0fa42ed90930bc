/**
 * The budget lines in reading order, each with its position: every top-level
 * line followed by the lines that are Part of it, then the total (which counts
 * top-level lines only, as budgetSummary does).
 */
import { budgetPosition, budgetSummary, type BudgetLine, type BudgetPosition, type RolledUpFigure } from "../domain/budget";
import { lineKey } from "../domain/budget/subLines";
import type { MonthIndex } from "../domain/types";

export interface BudgetRow {
  line: BudgetLine;
  /** 0 for a top-level line, 1 for a line that is Part of one. */
  depth: 0 | 1;
  position: BudgetPosition;
}

export interface BudgetReport {
  rows: BudgetRow[];
  total: BudgetPosition;
  /** The reporting month the profile is read at. */
  month: MonthIndex;
}

/** Lines as `readBudget` returns them (a Part of that named no line was already cleared). */
export function budgetReport(lines: readonly BudgetLine[], month: MonthIndex): BudgetReport {
  const children = new Map<string, BudgetLine[]>();
  for (const line of lines) {
    if (line.partOf === undefined) continue;
    const key = lineKey(line.partOf, line.year);
    children.set(key, [...(children.get(key) ?? []), line]);
  }
  const rows: BudgetRow[] = [];
  const placed = new Set<BudgetLine>();
  const add = (line: BudgetLine, depth: 0 | 1) => {
    placed.add(line);
    rows.push({ line, depth, position: budgetPosition(line, month) });
  };
  for (const line of lines) {
    if (line.partOf !== undefined) continue;
    add(line, 0);
    const key = lineKey(line.line, line.year);
    for (const child of children.get(key) ?? []) if (!placed.has(child)) add(child, 1);
    // Only the first top-level line of a name takes its sub-lines (a repeat is warned about).
    children.delete(key);
  }
  // Defensive: a sub-line whose parent was not found still shows, on its own.
  for (const line of lines) if (!placed.has(line)) add(line, 0);
  return { rows, total: budgetSummary(lines, month), month };
}

/** The reason shown beside a line: the RAG's reason, and where its figures came from. */
export function budgetReason(position: BudgetPosition, rolledUp: readonly RolledUpFigure[] = []): string {
  const parts = [position.reason];
  const rolled = rolledUp.filter((f) => f !== "profile").map((f) => (f === "forecast" ? "forecast outturn" : f));
  if (rolled.length > 0) parts.push(`${rolled.join(", ")} summed from its sub-lines`);
  if (position.forecastBasis === "spent and committed" && position.net > 0) parts.push("no forecast outturn given: spent + committed used");
  const text = parts.join("; ");
  return text[0]!.toUpperCase() + text.slice(1);
}
