/** Reads a Start or Due cell as an ISO day. */
import { parseDay } from "../periods";
import type { CellValue } from "../types";
import { dateTokens, isoDay } from "./dateTokens";
import { plainText } from "./plainText";

/**
 * A date cell, a serial, "01/03/2011", "2011-03-01", "1 March 2011" or a month
 * ("March 2011": its first day as a start, its last as a due date).
 * `undefined` when blank, `null` when the cell is not one date.
 */
export function readDayCell(value: CellValue | undefined, edge: "start" | "end"): string | undefined | null {
  const text = plainText(value);
  if (text === "") return undefined;
  const day = typeof value === "string" ? parseDay(text) : parseDay(value ?? null);
  if (day) return day;
  if (typeof value !== "string") return null;
  const normalised = text.toLowerCase();
  const tokens = dateTokens(normalised);
  const only = tokens.length === 1 ? tokens[0]! : undefined;
  if (!only || only.text.trim() !== normalised || only.month === undefined || only.year === undefined) return null;
  return isoDay({ day: only.day, month: only.month, year: only.year }, edge);
}
