/** "Today" for action statuses: a reporting month or a day. */
import { ActionDateError } from "../errors";
import { parseDay } from "../periods";
import type { MonthIndex } from "../types";
import { isoDay } from "./dateTokens";

/** A reporting month (taken as its last day: a monthly report is as at month end) or an ISO day. */
export type Today = MonthIndex | string;

/** `today` as an ISO day. */
export function todayIso(today: Today): string {
  if (typeof today === "number") {
    if (!Number.isInteger(today) || today < 0) throw new ActionDateError(`Not a month: ${today}.`);
    return isoDay({ month: (today % 12) + 1, year: Math.floor(today / 12) }, "end");
  }
  const day = /^\d{4}-\d{2}-\d{2}$/.test(today.trim()) ? parseDay(today.trim()) : undefined;
  if (!day) throw new ActionDateError(`Not an ISO day (yyyy-mm-dd): "${today}".`);
  return day;
}

/** The ISO day `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}
