/** The Actions table's rules. */
import type { RuleInfo } from "../rules/issue";

export const ACTION_RULES = [
  { id: "action-missing-ref", severity: "error", summary: "An action has no Ref." },
  { id: "action-duplicate-ref", severity: "warning", summary: "Two actions have the same Ref." },
  { id: "action-missing-text", severity: "warning", summary: "A row has a Ref but no Action text." },
  { id: "action-bad-date", severity: "error", summary: "Start or Due is not a date." },
  { id: "action-due-before-start", severity: "error", summary: "The action is due before it starts." },
  { id: "action-unknown-status", severity: "warning", summary: "Status is not one of the status words." },
  {
    id: "action-bad-crossref",
    severity: "warning",
    summary: "Cross-references holds something that is not an IN, O or CT reference in range.",
  },
  {
    id: "action-no-timescale",
    severity: "info",
    summary: "The action has no start, due date, recurrence or completion to go by.",
  },
  {
    id: "action-past-due",
    severity: "info",
    summary: "The action's due date has passed and its Status does not say Completed, Cancelled or Overdue.",
  },
] as const satisfies readonly RuleInfo[];
