/**
 * Whole workbooks: the IndicatorData, Indicators and Benchmarks tables, each
 * there or not, sharing a pool of indicator codes so that the rows reach deep
 * into the engine (series, targets, trajectories) as well as its error paths.
 */
import fc from "fast-check";
import type { RawTable, WorkbookTables } from "../../../src/domain/types";
import { amountCell, periodCell, textCell } from "./cells";
import { codeCell, codePool } from "./codes";
import { DATA_SPEC, dataRows } from "./dataRows";
import { INDICATOR_SPEC, indicatorRows } from "./indicatorRows";
import { tableOf, type FieldRow, type Placement } from "./tables";

const BENCHMARK_SPEC = [
  ["code", "Code"],
  ["benchmark", "Benchmark"],
  ["period", "Period"],
  ["source", "Source"],
] as const;
type BenchmarkField = (typeof BENCHMARK_SPEC)[number][0];

function benchmarkRows(pool: readonly string[]): fc.Arbitrary<FieldRow<BenchmarkField>[]> {
  const row = fc.record({
    code: codeCell(pool),
    benchmark: amountCell,
    period: fc.oneof(fc.constant(null), periodCell),
    source: fc.oneof(fc.constant(null), textCell),
  });
  return fc.array(row, { maxLength: 6 });
}

const SHEETS = [
  "Data",
  "Indicators",
  "Sheet1",
  "Benchmarks",
  "Indicator Data",
  "Daten – 2012",
  "مؤشرات",
  "📊 Figures",
  "O'Brien's",
];

function placement(names: readonly string[], sheet: string): fc.Arbitrary<Placement> {
  return fc.record({
    name: fc.constantFrom(...names),
    sheet: fc.constant(sheet),
    source: fc.constantFrom<"table" | "sheet">("table", "sheet"),
  });
}

/** A generated workbook: its tables by lower-cased name, as `analyseTables` takes them, and as a list. */
export interface WorkbookFixture {
  tables: WorkbookTables;
  list: RawTable[];
}

/** Any workbook: IndicatorData nearly always, Indicators about half the time, Benchmarks now and then. */
export const workbookArb: fc.Arbitrary<WorkbookFixture> = fc
  .tuple(codePool, fc.shuffledSubarray(SHEETS, { minLength: 3, maxLength: 3 }))
  .chain(([pool, [dataSheet, indicatorSheet, benchmarkSheet]]) =>
    fc.record({
      data: fc.option(
        placement(["IndicatorData", "INDICATORDATA", "Indicator Data"], dataSheet!).chain((p) =>
          tableOf(DATA_SPEC, dataRows(pool), p),
        ),
        { freq: 10, nil: undefined },
      ),
      indicators: fc.option(
        placement(["Indicators", "INDICATORS"], indicatorSheet!).chain((p) =>
          tableOf(INDICATOR_SPEC, indicatorRows(pool), p),
        ),
        { freq: 2, nil: undefined },
      ),
      benchmarks: fc.oneof(
        { weight: 2, arbitrary: fc.constant(undefined) },
        {
          weight: 1,
          arbitrary: placement(["Benchmarks"], benchmarkSheet!).chain((p) =>
            tableOf(BENCHMARK_SPEC, benchmarkRows(pool), p),
          ),
        },
      ),
    }),
  )
  .map(({ data, indicators, benchmarks }) => {
    const tables = new Map<string, RawTable>();
    if (data) tables.set("indicatordata", data);
    if (indicators) tables.set("indicators", indicators);
    if (benchmarks) tables.set("benchmarks", benchmarks);
    return { tables, list: [...tables.values()] };
  });
