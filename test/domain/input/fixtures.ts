/** Small tables for the input-trust rules: RawTables as the shells hand them over, and a tiny catalogue. */
import { analyseTables, type Analysis } from "../../../src/domain/analyse";
import type { CellValue, Indicator, RawTable, Unit, ValidationIssue } from "../../../src/domain/types";

// IndicatorData columns A Code, B Period, C Area, D Value, E Numerator, F Denominator, G Note; header row 1.
export const DATA_HEADERS = ["Code", "Period", "Area", "Value", "Numerator", "Denominator", "Note"];
export const AREA_HEADERS = ["Area", "Part of", "Level", "From", "To", "Also called"];

export function rawTable(
  name: string,
  headers: readonly string[],
  rows: CellValue[][],
  extra: Partial<RawTable> = {},
): RawTable {
  return { name, sheet: name, origin: { row: 1, column: 1 }, headers: [...headers], rows, source: "table", ...extra };
}

export function ind(code: string, unit: Unit, extra: Partial<Indicator> = {}): Indicator {
  return { code, name: code, unit, polarity: "lower", targets: [], dashboard: false, ...extra };
}

export const CATALOGUE: Indicator[] = [
  ind("CASES", "count", { dashboard: true }),
  ind("RATE", "percent", { polarity: "higher", dashboard: true }),
  ind("NI60", "percent", { polarity: "higher", yearToDate: true }),
  ind("GAP", "pp", { frequency: "annual" }),
];

/** Analyses an IndicatorData table (and any other tables) against CATALOGUE. */
export function analyse(
  data: CellValue[][],
  others: RawTable[] = [],
  dataExtra: Partial<RawTable> = {},
  catalogue: Indicator[] = CATALOGUE,
): Analysis {
  const tables = new Map<string, RawTable>([
    ["indicatordata", rawTable("IndicatorData", DATA_HEADERS, data, dataExtra)],
  ]);
  for (const t of others) tables.set(t.name.toLowerCase(), t);
  return analyseTables(tables, catalogue);
}

/** [rule, severity, sheet!cell] of the issues with one of `rules`. */
export function found(issues: readonly ValidationIssue[], ...rules: string[]): [string, string, string][] {
  return issues.filter((i) => rules.includes(i.rule)).map((i) => [i.rule, i.severity, `${i.sheet}!${i.cell}`]);
}

/** Consecutive months "2012-01" … of `values` for one code and area. */
export function monthly(
  code: string,
  area: string | null,
  from: [number, number],
  values: (number | null)[],
  note: string | null = null,
): CellValue[][] {
  return values.map((v, i) => {
    const m = from[1] - 1 + i;
    const period = `${from[0] + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
    return [code, period, area, v, null, null, note];
  });
}
