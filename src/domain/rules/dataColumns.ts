/** The IndicatorData table's columns, and what one parsed row carries between checks. */
import type { ColumnMap, ColumnSpec } from "../columns";
import type { Indicator, Observation } from "../types";

/** Code, Period and Value are required; the rest are optional. Headers match case- and space-insensitively. */
export const DATA_COLUMNS = {
  code: { name: "Code", required: true },
  period: { name: "Period", required: true },
  value: { name: "Value", required: true },
  area: { name: "Area", required: false },
  numerator: { name: "Numerator", required: false },
  denominator: { name: "Denominator", required: false },
  asAt: { name: "As at", required: false },
  note: { name: "Note", required: false },
} satisfies Record<string, ColumnSpec>;

export type DataColumn = keyof typeof DATA_COLUMNS;

/** Column indexes once the required ones are known to be present. */
export type DataColumns = ColumnMap<DataColumn> & { code: number; period: number; value: number };

/** A row that became an observation, with what later checks need to know about it. */
export interface ParsedRow {
  obs: Observation;
  indicator: Indicator;
  /** The value was written as text with "%", so it is on the 0–100 scale already. */
  percentText: boolean;
  /** A scale or range rule has already flagged the value; the ratio check then stays quiet. */
  valueFlagged?: boolean;
}
