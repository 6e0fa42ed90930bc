/**
 * Workbooks for the hostile and huge cases, written from raw XML with
 * test/xlsx/fixtures/handmadeXlsx.ts (quick for 200,000 rows, and free to use
 * sheet and table names excelts' own writer might tidy up).
 */
import type { CellValue } from "../../../src/domain/types";
import { columnLetters } from "../../../src/domain/a1";
import { INDICATOR_HEADERS } from "../../../src/domain/catalogue/readCatalogue";
import { cell, handmadeXlsx, row, type HandmadeSheet } from "../../xlsx/fixtures/handmadeXlsx";

export { INDICATOR_HEADERS };

export const DATA_HEADERS = ["Code", "Period", "Area", "Value", "Note"] as const;

/** One indicator row, in INDICATOR_HEADERS order. */
export interface IndicatorSpec {
  code: string;
  name: string;
  definition?: string;
  impact?: string;
  target?: number;
  dashboard?: boolean;
}

export function indicatorRow(spec: IndicatorSpec): CellValue[] {
  return [
    spec.code,
    spec.name,
    "rate",
    "lower",
    spec.target ?? 50,
    null,
    null,
    null,
    spec.definition ?? `How many, per 10,000 children, for ${spec.code}.`,
    spec.impact ?? null,
    spec.dashboard === false ? "no" : "yes",
  ];
}

/** `<row>` r holding `values` from column A; null cells are left out, as Excel does. */
export function valuesRow(r: number, values: readonly CellValue[]): string {
  const cells = values.flatMap((value, c) => {
    const ref = `${columnLetters(c + 1)}${r}`;
    if (value === null) return [];
    if (typeof value === "number") return [cell.num(ref, value)];
    if (typeof value === "boolean") return [cell.bool(ref, value)];
    if (value instanceof Date) throw new Error("dates are written as YYYY-MM text here");
    return [cell.text(ref, value)];
  });
  return row(r, cells);
}

/** A sheet holding one table at A1: its header row and `rows`. */
export function tableSheet(
  sheetName: string,
  tableName: string,
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
): HandmadeSheet {
  const last = `${columnLetters(headers.length)}${rows.length + 1}`;
  return {
    name: sheetName,
    tables: [{ name: tableName, ref: `A1:${last}`, columns: [...headers] }],
    rows: [valuesRow(1, headers), ...rows.map((values, i) => valuesRow(i + 2, values))],
  };
}

/** "2012-10" for the month `index` months after January of `startYear`. */
export function monthKey(startYear: number, index: number): string {
  const year = startYear + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** A smooth, plausible series value: no implausible jumps, always positive. */
export function seriesValue(series: number, month: number): number {
  return Math.round((40 + series + 8 * Math.sin((month + series) / 6)) * 10) / 10;
}

/** A workbook with an Indicators table and an IndicatorData table, each on its own sheet. */
export function indicatorWorkbook(options: {
  indicators: IndicatorSpec[];
  data: readonly (readonly CellValue[])[];
  indicatorSheet?: string;
  dataSheet?: string;
  dataTable?: string;
  extraSheets?: HandmadeSheet[];
}): Promise<Uint8Array> {
  return handmadeXlsx([
    tableSheet(
      options.indicatorSheet ?? "Indicators",
      "Indicators",
      INDICATOR_HEADERS,
      options.indicators.map(indicatorRow),
    ),
    tableSheet(options.dataSheet ?? "IndicatorData", options.dataTable ?? "IndicatorData", DATA_HEADERS, options.data),
    ...(options.extraSheets ?? []),
  ]);
}

/** Twelve months of data (Nov 2011 to Oct 2012) for each code, whole authority only. */
export function yearOfData(
  codes: readonly string[],
  note?: (code: string, month: string) => string | null,
): CellValue[][] {
  return codes.flatMap((code, s) =>
    Array.from({ length: 12 }, (_, i) => {
      const month = monthKey(2011, 10 + i);
      return [code, month, null, seriesValue(s, i), note ? note(code, month) : null];
    }),
  );
}
