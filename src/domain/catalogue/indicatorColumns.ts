/** The columns of the workbook's `Indicators` table, in the order `scorecard init` writes them. */
import type { ColumnSpec } from "../columns";

export type IndicatorColumn =
  | "code"
  | "name"
  | "unit"
  | "polarity"
  | "target"
  | "targetDate"
  | "internalTarget"
  | "tolerance"
  | "definition"
  | "impact"
  | "dashboard"
  | "definitionFrom"
  | "definitionNote";

export const INDICATOR_COLUMNS: Record<IndicatorColumn, ColumnSpec> = {
  code: { name: "Code", required: true },
  name: { name: "Indicator", required: true },
  unit: { name: "Unit", required: true },
  polarity: { name: "Polarity", required: true },
  target: { name: "Target", required: false },
  targetDate: { name: "Target date", required: false },
  internalTarget: { name: "Internal target", required: false },
  tolerance: { name: "Tolerance", required: false },
  definition: { name: "Definition", required: false },
  impact: { name: "Impact", required: false },
  dashboard: { name: "Dashboard", required: false },
  // A change of definition: figures from this month on are not compared with those before.
  definitionFrom: { name: "Definition from", required: false },
  definitionNote: { name: "Definition note", required: false },
};

/** The header row, in column order. */
export const INDICATOR_HEADERS: readonly string[] = Object.values(INDICATOR_COLUMNS).map((spec) => spec.name);
