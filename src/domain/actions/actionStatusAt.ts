/**
 * Where an action stands on a day. In order of precedence:
 * - completed: Status says so, or Status is blank and the Timescale says "Completed";
 * - cancelled: Status says so;
 * - overdue: Status says so, or the due date is before today;
 * - due soon: due within the next 30 days (today included);
 * - on hold / in progress / not started: as Status says; with Status blank,
 *   not started when the start is after today (or nothing is known), else in progress.
 * An action that recurs with no end date is never overdue.
 */
import type { PlanAction } from "./planAction";
import { addDays, todayIso, type Today } from "./today";

export type ActionState =
  "completed" | "cancelled" | "overdue" | "due soon" | "on hold" | "in progress" | "not started";

/** How far ahead "due soon" looks. */
export const DUE_SOON_DAYS = 30;

/** True when the action is still to be delivered: neither completed nor cancelled. */
export function isLive(state: ActionState): boolean {
  return state !== "completed" && state !== "cancelled";
}

export function actionStatusAt(action: PlanAction, today: Today): ActionState {
  const day = todayIso(today);
  const { status, due, start } = action;
  if (status === "completed" || (status === undefined && action.timescale?.completed)) return "completed";
  if (status === "cancelled") return "cancelled";
  if (status === "overdue") return "overdue";
  if (due !== undefined && due < day) return "overdue";
  if (due !== undefined && due <= addDays(day, DUE_SOON_DAYS)) return "due soon";
  if (status !== undefined) return status;
  if (start !== undefined && start > day) return "not started";
  return start !== undefined || due !== undefined ? "in progress" : "not started";
}
