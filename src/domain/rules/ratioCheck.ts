/**
 * `ratio-mismatch`: when a row gives Numerator and Denominator, they should give
 * its Value. Percentages compare with 100 × N / D; counts and currency (averages
 * such as caseload per worker) with N / D. Rates are skipped because their base
 * (per 1,000, per 10,000 …) is not recorded, and percentage-point gaps are not ratios.
 * Up to 0.1 apart is allowed, so values rounded to one decimal place pass.
 * Year-to-date indicators are left to `ytd-mismatch`: their Value is cumulative
 * from April while the row's counts may be the month's own.
 */
import { issue } from "./issue";
import type { Unit, ValidationIssue } from "../types";
import { cellPlace } from "./cellPlace";
import type { ParsedRow } from "./dataColumns";

const TOLERANCE = 0.1;
const SCALE: Partial<Record<Unit, number>> = { percent: 100, count: 1, currency: 1 };

function shown(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** Checks each row's Value against its Numerator and Denominator, on the final (rescaled) value. */
export function checkRatios(tableName: string, rows: readonly ParsedRow[], issues: ValidationIssue[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const { value, numerator: n, denominator: d, at } = row.obs;
    const scale = SCALE[row.indicator.unit];
    if (scale === undefined || row.indicator.yearToDate || row.valueFlagged || value === null || n === undefined || d === undefined || d === 0)
      continue;
    if (scale === 100 && n > d) continue; // numerator-above-denominator has said it
    const expected = (scale * n) / d;
    if (Math.abs(expected - value) <= TOLERANCE) continue;
    const formula = scale === 100 ? "100 × Numerator / Denominator" : "Numerator / Denominator";
    issues.push(
      issue(
        "ratio-mismatch",
        at,
        `${cellPlace(tableName, "Value", at)} is ${shown(value)}, but ${formula} (${shown(n)} and ${shown(d)}) gives ${shown(expected)}. Check the three figures for ${row.indicator.code}.`,
      ),
    );
  }
}
