/**
 * The Budget table's rules. There is deliberately no "spent above committed"
 * rule: Committed holds commitments not yet paid, so Spent can be any size
 * beside it (a line that is fully paid has nothing committed).
 */
import type { RuleInfo } from "../rules/issue";

export const BUDGET_RULES = [
  { id: "budget-missing-line", severity: "error", summary: "A row has figures but no Line name." },
  {
    id: "budget-missing-allocation",
    severity: "error",
    summary: "A line has no Allocated figure (enter 0 if nothing is allocated yet).",
  },
  { id: "budget-not-money", severity: "error", summary: "A money cell holds something that is not an amount." },
  {
    id: "budget-negative",
    severity: "error",
    summary: "Allocated, Committed, Spent or Forecast outturn is below zero.",
  },
  { id: "budget-bad-year", severity: "warning", summary: "The Year cell is not a financial year such as 2012-13." },
  { id: "budget-duplicate-line", severity: "warning", summary: "Two rows have the same Line name for the same year." },
  {
    id: "budget-deduction-above-allocation",
    severity: "warning",
    summary: "More is deducted at source than was allocated.",
  },
  { id: "budget-overcommitted", severity: "warning", summary: "Spent plus committed is more than the net budget." },
  { id: "budget-unknown-parent", severity: "warning", summary: "Part of names no top-level line of the same year." },
  {
    id: "budget-split-above-parent",
    severity: "warning",
    summary: "Sub-lines are allocated more than their parent line's net budget.",
  },
  {
    id: "budget-profile-decreasing",
    severity: "warning",
    summary: "The cumulative monthly profile falls from one month to the next.",
  },
  {
    id: "budget-profile-above-net",
    severity: "warning",
    summary: "The profile plans to spend more than the net budget.",
  },
] as const satisfies readonly RuleInfo[];
