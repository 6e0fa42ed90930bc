/**
 * The improvement plan's actions as the plan-actions sheet and `build --json`
 * show them, as at one day (the reporting month's last day): what needs
 * attention (overdue, then due soon), counts by lead and by priority, and the
 * coverage of Notice targets, inspection recommendations and Core Tasks.
 */
import {
  actionStatusAt,
  actionsSummary,
  coverageMatrix,
  todayIso,
  type ActionsSummary,
  type CoverageCell,
  type PlanAction,
  type Today,
} from "../../domain/actions";

export interface AttentionAction {
  action: PlanAction;
  state: "overdue" | "due soon";
  /** Days from the due date to today: positive when late, negative when still to come; undefined without a due date. */
  daysLate?: number;
}

export interface ActionsReport {
  /** ISO day the statuses are judged at. */
  today: string;
  attention: AttentionAction[];
  summary: ActionsSummary;
  coverage: CoverageCell[];
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const ORDER = { overdue: 0, "due soon": 1 } as const;

/** Overdue first, then due soon; each by due date (none last), then in table order. */
export function actionsReport(actions: readonly PlanAction[], today: Today): ActionsReport {
  const day = todayIso(today);
  const attention: AttentionAction[] = [];
  for (const action of actions) {
    const state = actionStatusAt(action, day);
    if (state !== "overdue" && state !== "due soon") continue;
    attention.push({ action, state, ...(action.due ? { daysLate: daysBetween(action.due, day) } : {}) });
  }
  attention.sort(
    (a, b) =>
      ORDER[a.state] - ORDER[b.state] ||
      (a.action.due ?? "9999").localeCompare(b.action.due ?? "9999") ||
      a.action.row - b.action.row,
  );
  return { today: day, attention, summary: actionsSummary(actions, day), coverage: coverageMatrix(actions, day) };
}
