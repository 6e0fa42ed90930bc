/** The total row under the budget lines. */
import type { MonthIndex } from "../types";
import { netBudget, type BudgetLine } from "./budgetLine";
import { budgetPosition, type BudgetPosition } from "./budgetPosition";
import { sumProfiles } from "./profile";

function sum(values: readonly number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
}

/**
 * Totals the top-level lines (a line that is Part of another is already inside
 * its parent's figures) and judges the total like a line. A line without a
 * forecast contributes spent + committed. The total has a profile only when
 * every top-level line with a net budget has one, so the planned figure is
 * never a part-total.
 */
export function budgetSummary(lines: readonly BudgetLine[], month?: MonthIndex, label = "Total"): BudgetPosition {
  const top = lines.filter((l) => l.partOf === undefined);
  const withForecast = top.filter((l) => l.forecast !== undefined).length;
  const profiled = top.every((l) => l.profile.length > 0 || netBudget(l) <= 0);
  const total: BudgetLine = {
    line: label,
    allocated: sum(top.map((l) => l.allocated)),
    deducted: sum(top.map((l) => l.deducted)),
    committed: sum(top.map((l) => l.committed)),
    spent: sum(top.map((l) => l.spent)),
    forecast: sum(top.map((l) => l.forecast ?? l.spent + l.committed)),
    profile: profiled ? sumProfiles(top.map((l) => l.profile)) : [],
    at: { sheet: "", cell: "" },
    row: -1,
  };
  if (top.some((l) => l.incomplete)) total.incomplete = true;
  const position = budgetPosition(total, month);
  position.forecastBasis =
    withForecast === 0 ? "spent and committed" : withForecast === top.length ? "forecast" : "mixed";
  return position;
}
