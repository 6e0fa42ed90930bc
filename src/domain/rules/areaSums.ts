/**
 * `area-sum-mismatch`: for count indicators, when a month has both a whole-authority
 * row and area rows, the areas should add up to the total. Skipped when any of
 * that month's values is blank. The rule cannot tell nested areas (districts
 * inside areas) from siblings, so a table mixing levels will be flagged: keep
 * one level of areas per indicator, or expect the warning.
 */
import { issue } from "../issue";
import { monthLabel } from "../periods";
import type { Catalogue, Observation, ValidationIssue } from "../types";
import { cellPlace } from "./cellPlace";
import { catalogueIndex } from "./seriesIndex";

interface MonthTotals {
  total?: Observation;
  sum: number;
  areas: number;
  blank: boolean;
}

function shown(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** Compares each count indicator's monthly total with the sum of its areas. */
export function checkAreaSums(
  tableName: string,
  observations: readonly Observation[],
  catalogue: Catalogue,
): ValidationIssue[] {
  const find = catalogueIndex(catalogue);
  // By code, then month (no key string per row); `all` keeps the order months were first met.
  const byCode = new Map<string, Map<number, MonthTotals>>();
  const all: MonthTotals[] = [];
  for (const obs of observations) {
    if (find(obs.code)?.unit !== "count") continue;
    let months = byCode.get(obs.code);
    if (!months) byCode.set(obs.code, (months = new Map()));
    let entry = months.get(obs.month);
    if (!entry) {
      months.set(obs.month, (entry = { sum: 0, areas: 0, blank: false }));
      all.push(entry);
    }
    if (obs.value === null) entry.blank = true;
    if (obs.area === "") entry.total ??= obs;
    else {
      entry.areas++;
      entry.sum += obs.value ?? 0;
    }
  }
  const issues: ValidationIssue[] = [];
  for (const { total, sum, areas, blank } of all) {
    if (!total || areas === 0 || blank) continue;
    const value = total.value!;
    // Counts are whole numbers; the tolerance only absorbs floating-point sums of decimals.
    if (Math.abs(sum - value) <= 1e-6 * Math.max(1, Math.abs(value))) continue;
    const rows = areas === 1 ? "1 area row adds" : `${areas} area rows add`;
    issues.push(
      issue(
        "area-sum-mismatch",
        "warning",
        total.at,
        `${cellPlace(tableName, "Value", total.at)}: ${total.code} for ${monthLabel(total.month)} is ${shown(value)} for the whole authority, but its ${rows} up to ${shown(sum)}. Check the figures, or whether an area is missing or counted twice.`,
      ),
    );
  }
  return issues;
}
