/** How a cell reads as text wherever a name, a note or a message needs it. */
import type { CellValue } from "./types";

/**
 * A cell as trimmed text: "" when blank, a Date as its ISO day (yyyy-mm-dd).
 * An invalid Date (a shell can hand one over) reads as "": it has no day to show,
 * and `toISOString` would throw on it.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value).trim();
}
