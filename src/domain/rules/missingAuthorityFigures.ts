/**
 * `missing-authority-figure`: an indicator with a whole-authority figure last
 * month and no whole-authority row at all in the reporting month. The Member
 * Dashboard and the Notice Tracker would show a dash for it without a word, so
 * the table is told. (A row that is there with a blank Value has its own
 * warning, `value-missing`.) Annual indicators are not expected every month.
 */
import { issue } from "./issue";
import { monthLabel } from "../periods";
import { tableCell } from "../tableCells";
import type { Catalogue, MonthIndex, Observation, RawTable, ValidationIssue } from "../types";

/** Warns, at the table, for each monthly indicator that stops short of `month`. */
export function checkMissingAuthorityFigures(
  table: RawTable,
  catalogue: Catalogue,
  observations: readonly Observation[],
  month: MonthIndex | undefined,
): ValidationIssue[] {
  if (month === undefined) return [];
  const before = new Set<string>();
  const now = new Set<string>();
  const areasNow = new Map<string, Set<string>>();
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    if (o.month === month - 1 && o.area === "" && o.value !== null) before.add(o.code);
    if (o.month !== month) continue;
    if (o.area === "") now.add(o.code);
    else areasNow.set(o.code, (areasNow.get(o.code) ?? new Set()).add(o.area));
  }
  const issues: ValidationIssue[] = [];
  for (const indicator of catalogue) {
    if (indicator.frequency === "annual" || !before.has(indicator.code) || now.has(indicator.code)) continue;
    const areas = [...(areasNow.get(indicator.code) ?? [])];
    const hint = areas.length
      ? ` There ${areas.length === 1 ? "is a row" : "are rows"} for ${areas.slice(0, 3).join(", ")}${areas.length > 3 ? " …" : ""} that month: if one of them is the whole authority, leave its Area blank or write All.`
      : "";
    issues.push(
      issue(
        "missing-authority-figure",
        tableCell(table),
        `Table ${table.name} has a whole-authority figure for ${indicator.code} for ${monthLabel(month - 1)} but none for ${monthLabel(month)}, the reporting month, so the dashboard would show no value for it.${hint} Add the row, or a row with a blank Value if the figure is not known.`,
      ),
    );
  }
  return issues;
}
