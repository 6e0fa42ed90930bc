/**
 * Percent indicators are held on the 0–100 scale. Cells formatted as percentages
 * in Excel hold fractions (87.5% is stored as 0.875), so a whole indicator given
 * as fractions is rescaled, while a stray fraction among 0–100 values is an error.
 *
 * The policy, per percent indicator across all its areas:
 * - values written as text with "%" ("87.5%") are on 0–100 already and never rescaled;
 * - if every other (plain-number) value is within 0..1 and at least one is not
 *   zero, they are fractions: each is multiplied by 100, with one
 *   `percent-scale-fraction` note at the first of them;
 * - otherwise, if the median of all its values is above 1.5, each plain value
 *   strictly between 0 and 1 is a `percent-mixed-scale` error (probably a fraction);
 * - then any value below 0 or above 100 is `percent-out-of-range`.
 */
import { issue } from "./issue";
import type { ValidationIssue } from "../types";
import { cellPlace } from "./cellPlace";
import type { ParsedRow } from "./dataColumns";
import { median } from "./median";

/** Above this median an indicator is plainly on the 0–100 scale. */
const WHOLE_SCALE_MEDIAN = 1.5;

function groupPercentRows(rows: readonly ParsedRow[]): Map<string, ParsedRow[]> {
  const groups = new Map<string, ParsedRow[]>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.indicator.unit !== "percent" || row.obs.value === null) continue;
    const group = groups.get(row.indicator.code);
    if (group) group.push(row);
    else groups.set(row.indicator.code, [row]);
  }
  return groups;
}

function scaleIndicator(tableName: string, code: string, rows: ParsedRow[], issues: ValidationIssue[]): void {
  const plain = rows.filter((row) => !row.percentText);
  const isFraction = (v: number): boolean => v >= 0 && v <= 1;
  if (
    plain.length > 0 &&
    plain.every((row) => isFraction(row.obs.value!)) &&
    plain.some((row) => row.obs.value !== 0)
  ) {
    const first = plain[0]!;
    const example = first.obs.value!;
    // toPrecision drops binary noise: 0.123 × 100 is 12.3, not 12.299999999999999.
    for (const row of plain) row.obs.value = Number((row.obs.value! * 100).toPrecision(12));
    const count = plain.length === 1 ? "its only value is" : `all ${plain.length} of its values are`;
    issues.push(
      issue(
        "percent-scale-fraction",
        first.obs.at,
        `${cellPlace(tableName, "Value", first.obs.at)}: ${code} is a percentage and ${count} between 0 and 1, so they are read as fractions and multiplied by 100 (${example} becomes ${first.obs.value}).`,
      ),
    );
    return;
  }
  const typical = median(rows.map((row) => row.obs.value!));
  if (!(typical > WHOLE_SCALE_MEDIAN)) return;
  for (let i = 0; i < plain.length; i++) {
    const row = plain[i]!;
    const v = row.obs.value!;
    if (v <= 0 || v >= 1) continue;
    row.valueFlagged = true;
    issues.push(
      issue(
        "percent-mixed-scale",
        row.obs.at,
        `${cellPlace(tableName, "Value", row.obs.at)} is ${v}, but ${code}'s values are mostly on the 0–100 scale (median ${typical}). If this is a fraction, enter it as ${Number((v * 100).toPrecision(12))}.`,
      ),
    );
  }
}

/** Applies the scale policy above to the parsed rows, changing values in place, then checks the range. */
export function applyPercentScale(tableName: string, rows: readonly ParsedRow[], issues: ValidationIssue[]): void {
  for (const [code, group] of groupPercentRows(rows)) {
    scaleIndicator(tableName, code, group, issues);
    for (let i = 0; i < group.length; i++) {
      const row = group[i]!;
      const v = row.obs.value!;
      if (v >= 0 && v <= 100) continue;
      row.valueFlagged = true;
      issues.push(
        issue(
          "percent-out-of-range",
          row.obs.at,
          `${cellPlace(tableName, "Value", row.obs.at)} is ${v}, but ${code} is a percentage and must be between 0 and 100.`,
        ),
      );
    }
  }
}
