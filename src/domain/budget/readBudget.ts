/**
 * Reads the optional Budget table into finance lines and reports, at the cell,
 * what is wrong with it. Decisions worth knowing:
 * - Money may be typed as text: "£1,000,000", "£251K", "1M", "(25,000)"; see parseMoney.
 * - Committed is money promised but not yet paid, so remaining = net − spent − committed.
 * - Monthly profile columns are any headers that read as months ("Apr 2012",
 *   "2012-04"); each holds planned spend to date (cumulative), because that is
 *   what people compare with spend to date. A blank month carries the previous
 *   total forward.
 * - A negative Deducted at source is read as the amount deducted (deductions
 *   are often shown in brackets); other negative figures are errors.
 * - A line with an unreadable figure is kept (the figure counts as 0) and
 *   marked incomplete, so it is shown but not judged.
 * - Two lines with the same name and year are both kept, with a warning.
 * - "Part of" links a line to the line whose budget it shares out (see subLines).
 */
import { parseA1 } from "../a1";
import { quoteCellText } from "../cellText";
import { findColumns } from "../columns";
import { issue } from "../rules/issue";
import type { RawTable, ValidationIssue } from "../types";
import type { BudgetLine } from "./budgetLine";
import { BUDGET_COLUMNS, profileColumns, type BudgetColumns } from "./budgetColumns";
import { checkLine } from "./lineChecks";
import { readBudgetRow, type BudgetReader, type ReadLine } from "./readBudgetRow";
import { lineKey, linkSubLines } from "./subLines";

function reportDuplicates(reader: BudgetReader, lines: readonly ReadLine[]): void {
  const { table, issues } = reader;
  const first = new Map<string, BudgetLine>();
  for (const { line } of lines) {
    const key = lineKey(line.line, line.year);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, line);
      continue;
    }
    const year = line.year ? ` for ${line.year}` : "";
    issues.push(
      issue(
        "budget-duplicate-line",
        line.at,
        `In table ${table.name}, the line ${quoteCellText(line.line)}${year} at ${line.at.cell} repeats the line at ${earlier.at.cell}; both are counted, so merge them or give each its own name.`,
      ),
    );
  }
}

/** Issues in reading order (row, then column), so an analyst can work down the table. */
function byPosition(issues: ValidationIssue[]): ValidationIssue[] {
  return issues
    .map((item, i) => ({ item, i, ...parseA1(item.cell) }))
    .sort((a, b) => a.row - b.row || a.column - b.column || a.i - b.i)
    .map((x) => x.item);
}

/**
 * Reads the Budget table. No table means no lines and no issues (the table is
 * optional); a missing Line or Allocated column returns only that issue.
 */
export function readBudget(table: RawTable | undefined): { lines: BudgetLine[]; issues: ValidationIssue[] } {
  if (!table) return { lines: [], issues: [] };
  const found = findColumns(table, BUDGET_COLUMNS);
  const { line, allocated } = found.columns;
  if (line === undefined || allocated === undefined) return { lines: [], issues: found.issues };
  const columns: BudgetColumns = { ...found.columns, line, allocated };
  const named = new Set(Object.values(found.columns).filter((c): c is number => c !== undefined));
  const reader: BudgetReader = { table, columns, profile: profileColumns(table, named), issues: [...found.issues] };

  const read: ReadLine[] = [];
  table.rows.forEach((_, r) => {
    const result = readBudgetRow(reader, r);
    if (result) read.push(result);
  });
  reportDuplicates(reader, read);
  linkSubLines(reader, read);
  const lines = read.map((r) => r.line);
  for (const l of lines) reader.issues.push(...checkLine(reader, l));
  return { lines, issues: byPosition(reader.issues) };
}
