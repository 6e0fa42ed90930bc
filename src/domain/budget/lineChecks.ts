/** Checks on a whole line once its figures (and any roll-up) are known. */
import { quoteCellText } from "../cellText";
import { issue } from "../rules/issue";
import { monthLabel } from "../periods";
import { dataCell } from "../tableCells";
import type { ValidationIssue } from "../types";
import { netBudget, type BudgetLine } from "./budgetLine";
import type { BudgetReader } from "./readBudgetRow";
import { formatPounds } from "./money";

/** The cell of a figure, or the Line cell when the figure was rolled up or its column is absent. */
function figureCell(reader: BudgetReader, line: BudgetLine, column: number | undefined, rolled: boolean) {
  return dataCell(reader.table, line.row, column !== undefined && !rolled ? column : reader.columns.line);
}

function checkProfile(reader: BudgetReader, line: BudgetLine, out: ValidationIssue[]): void {
  const { table, profile } = reader;
  const rolled = line.rolledUp?.includes("profile") ?? false;
  const columnOf = (month: number) => (rolled ? undefined : profile.find((p) => p.month === month)?.column);
  for (let i = 1; i < line.profile.length; i++) {
    const before = line.profile[i - 1]!;
    const point = line.profile[i]!;
    if (point.planned >= before.planned) continue;
    const at = figureCell(reader, line, columnOf(point.month), rolled);
    out.push(
      issue(
        "budget-profile-decreasing",
        at,
        `In table ${table.name}, the profile for ${quoteCellText(line.line)} falls from ${formatPounds(before.planned)} in ${monthLabel(before.month)} to ${formatPounds(point.planned)} in ${monthLabel(point.month)} (${at.cell}); the profile is planned spend to date, so each month should be at least the month before.`,
      ),
    );
    break;
  }
  const last = line.profile[line.profile.length - 1];
  const net = netBudget(line);
  if (last && last.planned > net) {
    const at = figureCell(reader, line, columnOf(last.month), rolled);
    out.push(
      issue(
        "budget-profile-above-net",
        at,
        `In table ${table.name}, the profile for ${quoteCellText(line.line)} plans to spend ${formatPounds(last.planned)} by ${monthLabel(last.month)} (${at.cell}), more than the net budget of ${formatPounds(net)}.`,
      ),
    );
  }
}

/** Deduction, commitment and profile checks for one readable line. */
export function checkLine(reader: BudgetReader, line: BudgetLine): ValidationIssue[] {
  if (line.incomplete) return [];
  const { table, columns } = reader;
  const out: ValidationIssue[] = [];
  const net = netBudget(line);
  if (line.deducted > line.allocated) {
    const at = dataCell(table, line.row, columns.deducted ?? columns.allocated);
    out.push(
      issue(
        "budget-deduction-above-allocation",
        at,
        `In table ${table.name}, ${formatPounds(line.deducted)} is deducted at source from ${quoteCellText(line.line)} (${at.cell}), more than its allocation of ${formatPounds(line.allocated)}.`,
      ),
    );
  } else if (line.spent + line.committed > net) {
    const rolled = line.rolledUp?.includes("committed") ?? false;
    const at = figureCell(reader, line, columns.committed ?? columns.spent, rolled);
    out.push(
      issue(
        "budget-overcommitted",
        at,
        `In table ${table.name}, ${quoteCellText(line.line)} has ${formatPounds(line.spent)} spent and ${formatPounds(line.committed)} committed (${at.cell}), ${formatPounds(line.spent + line.committed - net)} more than its net budget of ${formatPounds(net)}.`,
      ),
    );
  }
  checkProfile(reader, line, out);
  return out;
}
