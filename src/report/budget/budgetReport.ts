/**
 * The budget lines of the reporting month's financial year in reading order,
 * each with its position: every top-level line followed by the lines that are
 * Part of it, then the total (which counts top-level lines only, as
 * budgetSummary does). Lines of other years are left out, and said to be.
 */
import { budgetPosition, budgetSummary, linesForYear, type BudgetLine, type BudgetPosition, type RolledUpFigure } from "../../domain/budget";
import { lineKey } from "../../domain/budget/subLines";
import { monthLabel } from "../../domain/periods";
import type { MonthIndex } from "../../domain/types";

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
  /** The reporting month's financial year ("2012-13"): the lines shown are that year's. */
  year: string;
  /** The other years the Budget table has lines for (left out). */
  otherYears: string[];
  /** How many lines shown have no Year (and no profile to date them). */
  undated: number;
}

/**
 * Said plainly when the reporting month's year has no lines: "No budget lines
 * for 2011-12, the financial year of Aug 2011: the Budget table has lines for
 * 2012-13 only." Undefined when there are lines.
 */
export function noLinesSentence(report: BudgetReport): string | undefined {
  if (report.rows.length > 0) return undefined;
  const others = report.otherYears;
  const has = others.length === 0 ? "the Budget table has no lines" : `the Budget table has lines for ${others.join(", ")} only`;
  return `No budget lines for ${report.year}, the financial year of ${monthLabel(report.month)}: ${has}.`;
}

/** Lines as `readBudget` returns them (a Part of that named no line was already cleared). */
export function budgetReport(all: readonly BudgetLine[], month: MonthIndex): BudgetReport {
  const { year, lines, otherYears, undated } = linesForYear(all, month);
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
  return { rows, total: budgetSummary(lines, month), month, year, otherYears, undated };
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
