/**
 * Number formats per unit. Percentages are held on a 0–100 scale in results
 * but written to sheets as fractions (62.5 → 0.625) so that Excel's "%"
 * formats, sums and charts treat them as real percentages.
 */
import type { Unit } from "../../domain/types";

const FORMATS: Record<Unit, string> = {
  count: "#,##0",
  rate: "0.0",
  pp: "0.0",
  currency: "£#,##0",
  percent: "0.0%",
};

/** The Excel number format for a value in this unit, as written by `toSheetNumber`. */
export function unitFormat(unit: Unit): string {
  return FORMATS[unit];
}

/** A result value as written to a sheet: percentages become fractions. */
export function toSheetNumber(unit: Unit, value: number): number {
  // 15 significant digits, as Excel keeps: 88.1 / 100 is 0.881, not 0.8809999999999999.
  return unit === "percent" ? Number((value / 100).toPrecision(15)) : value;
}

// Gaps are in the indicator's unit, and in percentage points for percentages
// (never fractions). The headline shows the magnitude with "better"/"short",
// so the sign is carried by a word that survives greyscale and reading aloud.
const GAP_NUMBER: Record<Unit, { number: string; suffix: string }> = {
  count: { number: "#,##0", suffix: "" },
  rate: { number: "0.0", suffix: "" },
  pp: { number: "0.0", suffix: " pp" },
  currency: { number: "£#,##0", suffix: "" },
  percent: { number: "0.0", suffix: " pp" },
};

/**
 * The format of a signed gap (positive = better than target):
 * 137 → "137 better", -9.5 (percent) → "9.5 pp short", 0 → "on target".
 * A format with a negative section drops the minus sign, so "short" carries it.
 */
export function gapFormat(unit: Unit): string {
  const { number, suffix } = GAP_NUMBER[unit];
  return `${number}"${suffix} better";${number}"${suffix} short";"on target"`;
}
