/** The Budget table's Year cell: a financial year written in any of the usual ways. */
import { financialYearLabel } from "../periods";
import type { CellValue } from "../types";

/**
 * "2012-13", "2012/13", "2012/2013", "12/13", "FY 2012-13" or the number 2012
 * → "2012-13". `undefined` when blank, `null` when not a financial year
 * (the second year must follow the first).
 */
export function readFinancialYear(value: CellValue | undefined): string | undefined | null {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1990 && value <= 2099 ? financialYearLabel(value) : null;
  }
  if (typeof value !== "string") return null;
  const text = value.trim().replace(/^fy\s*/i, "");
  if (text === "") return value.trim() === "" ? undefined : null;
  if (/^\d{4}$/.test(text)) return readFinancialYear(Number(text));
  const m = /^(\d{2}|\d{4})\s*[-/\u2013]\s*(\d{2}|\d{4})$/.exec(text);
  if (!m) return null;
  const first = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  const second = Number(m[2]);
  const follows = m[2]!.length === 2 ? second === (first + 1) % 100 : second === first + 1;
  if (!follows || first < 1990 || first > 2099) return null;
  return financialYearLabel(first);
}
