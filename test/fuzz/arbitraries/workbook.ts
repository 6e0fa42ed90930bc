/**
 * Whole workbooks: the IndicatorData, Indicators and Benchmarks tables, each
 * there or not, sharing a pool of indicator codes so that the rows reach deep
 * into the engine (series, targets, trajectories) as well as its error paths.
 */
import fc from "fast-check";
import { DEFAULT_CATALOGUE } from "../../../src/domain/catalogue";
import { catalogueToTable, INDICATOR_COLUMNS } from "../../../src/domain/catalogueTable";
import { dateToExcelSerial, monthIndex, monthOf, yearOf } from "../../../src/domain/periods";
import { sampleObservationRows } from "../../../src/domain/sampleData";
import type { CellValue, RawTable, WorkbookTables } from "../../../src/domain/types";
import {
  amountCell,
  anyCell,
  areaCell,
  dateCell,
  formatMonth,
  monthText,
  mostly,
  periodCell,
  PROTOTYPE_WORDS,
  textCell,
} from "./cells";
import { tableOf, withRepeats, type FieldRow, type Placement } from "./tables";

const DATA_SPEC = [
  ["code", "Code"],
  ["period", "Period"],
  ["area", "Area"],
  ["value", "Value"],
  ["numerator", "Numerator"],
  ["denominator", "Denominator"],
  ["asAt", "As at"],
  ["note", "Note"],
] as const;
type DataField = (typeof DATA_SPEC)[number][0];

type IndicatorField = keyof typeof INDICATOR_COLUMNS;
const INDICATOR_SPEC = Object.entries(INDICATOR_COLUMNS).map(([field, spec]) => [field as IndicatorField, spec.name] as const);

const BENCHMARK_SPEC = [
  ["code", "Code"],
  ["benchmark", "Benchmark"],
  ["period", "Period"],
  ["source", "Source"],
] as const;
type BenchmarkField = (typeof BENCHMARK_SPEC)[number][0];

const DEFAULT_CODES = DEFAULT_CATALOGUE.map((i) => i.code);
const ODD_CODES = ["X1", "NI95", "A\nB", "=CODE", "Ü-1", "😀", "x".repeat(300), "  ", ...PROTOTYPE_WORDS];

/** The codes one workbook uses: a few from the default catalogue, perhaps an odd one or two. */
const codePool: fc.Arbitrary<string[]> = fc
  .tuple(fc.shuffledSubarray(DEFAULT_CODES, { minLength: 1, maxLength: 6 }), fc.subarray(ODD_CODES, { maxLength: 2 }))
  .map(([known, odd]) => [...known, ...odd]);

/** A code from the pool, as written (or in another case, or padded), now and then anything. */
function codeCell(pool: readonly string[]): fc.Arbitrary<CellValue> {
  const written = fc
    .tuple(fc.constantFrom(...pool), fc.constantFrom("as is", "lower", "padded"))
    .map(([code, how]) => (how === "lower" ? code.toLowerCase() : how === "padded" ? ` ${code} ` : code));
  return fc.oneof({ weight: 12, arbitrary: written }, { weight: 1, arbitrary: anyCell });
}

const smallCount = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 500 }));
const dayCell = fc.oneof(fc.constant(null), monthText, dateCell, fc.integer({ min: 40_179, max: 41_639 }));

function randomDataRow(pool: readonly string[]): fc.Arbitrary<FieldRow<DataField>> {
  return fc.record({
    code: codeCell(pool),
    period: periodCell,
    area: areaCell,
    value: amountCell,
    numerator: mostly(smallCount),
    denominator: mostly(smallCount),
    asAt: mostly(dayCell),
    note: fc.oneof(fc.constant(null), textCell),
  });
}

/** How a series writes its months: one of the text formats that read as months, a Date, or a serial. */
const periodStyle = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom("date" as const, "serial" as const));

function periodOf(month: number, style: number | "date" | "serial"): CellValue {
  const date = new Date(Date.UTC(yearOf(month), monthOf(month) - 1, 1));
  if (style === "date") return date;
  if (style === "serial") return dateToExcelSerial(date);
  return formatMonth(yearOf(month), monthOf(month), 1, style);
}

/** Consecutive months of one code in one area, drifting like a real series, so trends and targets get exercised. */
function seriesBlock(pool: readonly string[]): fc.Arbitrary<FieldRow<DataField>[]> {
  return fc
    .record({
      code: codeCell(pool),
      area: areaCell,
      start: fc.integer({ min: monthIndex(2010, 1), max: monthIndex(2013, 12) }),
      style: periodStyle,
      level: fc.oneof(fc.integer({ min: 0, max: 2500 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
      steps: fc.array(fc.double({ min: -0.3, max: 0.3, noNaN: true }), { minLength: 1, maxLength: 18 }),
      denominator: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
    })
    .map(({ code, area, start, style, level, steps, denominator }) => {
      let value = level;
      return steps.map((step, i): FieldRow<DataField> => {
        value = Math.max(0, value * (1 + step));
        const shown = Math.round(value * 10) / 10;
        return {
          code,
          period: periodOf(start + i, style),
          area,
          value: shown,
          numerator: denominator === undefined ? null : Math.min(denominator, Math.round(shown)),
          denominator: denominator ?? null,
          asAt: null,
          note: null,
        };
      });
    });
}

const SAMPLE = sampleObservationRows().rows;

/** A window of the sample data, with a few cells changed to anything at all. */
const sampleSlice: fc.Arbitrary<FieldRow<DataField>[]> = fc
  .record({
    start: fc.nat({ max: SAMPLE.length - 1 }),
    length: fc.integer({ min: 1, max: 60 }),
    changes: fc.array(fc.tuple(fc.nat(), fc.nat({ max: DATA_SPEC.length - 1 }), anyCell), { maxLength: 4 }),
  })
  .map(({ start, length, changes }) => {
    const rows = SAMPLE.slice(start, start + length).map((r) => [...r]);
    for (const [r, c, value] of changes) rows[r % rows.length]![c] = value;
    return rows.map((r) => Object.fromEntries(DATA_SPEC.map(([field], i) => [field, r[i] ?? null])) as FieldRow<DataField>);
  });

const BLANK_DATA_ROW = Object.fromEntries(DATA_SPEC.map(([f]) => [f, null])) as FieldRow<DataField>;

function dataRows(pool: readonly string[]): fc.Arbitrary<FieldRow<DataField>[]> {
  const mixed = fc
    .tuple(fc.array(seriesBlock(pool), { maxLength: 4 }), fc.array(randomDataRow(pool), { maxLength: 10 }), fc.boolean())
    .chain(([blocks, loose, shuffle]) => {
      const rows = [...blocks.flat(), ...loose];
      return shuffle && rows.length > 1 ? fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }) : fc.constant(rows);
    });
  return withRepeats(
    fc.oneof(
      { weight: 4, arbitrary: mixed },
      { weight: 1, arbitrary: sampleSlice },
      { weight: 1, arbitrary: fc.array(randomDataRow(pool), { maxLength: 6 }) },
    ),
    BLANK_DATA_ROW,
  );
}

const UNIT_WORDS = ["count", "percent", "rate", "pp", "currency", "Percent ", "PERCENTAGE", "%", "per 10,000", "£", "number", "ratio", "widgets"];
const POLARITY_WORDS = ["lower", "higher", "Lower is better", "High", "↓", "↑", "up", "neither", "better"];
const YES_NO: CellValue[] = ["yes", "Yes", "Y", "no", "n", true, false, 1, 0, "TRUE", "maybe"];

const INDICATOR_CELLS: { [F in IndicatorField]: fc.Arbitrary<CellValue> } = {
  code: anyCell,
  name: mostly(fc.oneof(textCell, fc.constant("An indicator"))),
  unit: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...UNIT_WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_WORDS) }, { weight: 1, arbitrary: anyCell }),
  polarity: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...POLARITY_WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_WORDS) }, { weight: 1, arbitrary: anyCell }),
  target: fc.oneof(fc.constant(null), amountCell),
  targetDate: fc.oneof(fc.constant(null), periodCell),
  internalTarget: fc.oneof(fc.constant(null), amountCell),
  tolerance: fc.oneof(fc.constant(null), amountCell),
  definition: fc.oneof(fc.constant(null), textCell),
  impact: fc.oneof(fc.constant(null), textCell),
  dashboard: fc.oneof({ weight: 4, arbitrary: fc.constantFrom<CellValue>("yes", "Yes", true, 1) }, { weight: 2, arbitrary: fc.constantFrom(...YES_NO) }, { weight: 1, arbitrary: anyCell }),
};

const DEFAULT_ROWS: Map<string, CellValue[]> = new Map(catalogueToTable(DEFAULT_CATALOGUE).rows.map((r) => [String(r[0]), r]));

/** One Indicators row for `code`: the default's row when there is one, else a made-up one; a cell or two changed. */
function indicatorRow(code: string, pool: readonly string[]): fc.Arbitrary<FieldRow<IndicatorField>> {
  const base = DEFAULT_ROWS.get(code);
  const made = fc.record(INDICATOR_CELLS);
  const start = base
    ? fc.constant(Object.fromEntries(INDICATOR_SPEC.map(([field], i) => [field, base[i] ?? null])) as FieldRow<IndicatorField>)
    : made;
  const changes = fc.record(
    Object.fromEntries(
      INDICATOR_SPEC.map(([field]) => [field, fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: INDICATOR_CELLS[field] })]),
    ) as { [F in IndicatorField]: fc.Arbitrary<CellValue | undefined> },
  );
  return fc.tuple(start, changes, codeCell(pool)).map(([row, change, otherCode]) => {
    const out = { ...row, code: code as CellValue };
    for (const [field] of INDICATOR_SPEC) if (change[field] !== undefined) out[field] = change[field]!;
    if (change.code !== undefined) out.code = otherCode;
    return out;
  });
}

const BLANK_INDICATOR_ROW = Object.fromEntries(INDICATOR_SPEC.map(([f]) => [f, null])) as FieldRow<IndicatorField>;

function indicatorRows(pool: readonly string[]): fc.Arbitrary<FieldRow<IndicatorField>[]> {
  return withRepeats(fc.tuple(...pool.map((code) => indicatorRow(code, pool))), BLANK_INDICATOR_ROW);
}

function benchmarkRows(pool: readonly string[]): fc.Arbitrary<FieldRow<BenchmarkField>[]> {
  const row = fc.record({
    code: codeCell(pool),
    benchmark: amountCell,
    period: fc.oneof(fc.constant(null), periodCell),
    source: fc.oneof(fc.constant(null), textCell),
  });
  return fc.array(row, { maxLength: 6 });
}

const SHEETS = ["Data", "Indicators", "Sheet1", "Benchmarks", "Indicator Data", "Daten – 2012", "مؤشرات", "📊 Figures", "O'Brien's"];

function placement(names: readonly string[], sheet: string): fc.Arbitrary<Placement> {
  return fc.record({ name: fc.constantFrom(...names), sheet: fc.constant(sheet), source: fc.constantFrom<"table" | "sheet">("table", "sheet") });
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
        placement(["IndicatorData", "INDICATORDATA", "Indicator Data"], dataSheet!).chain((p) => tableOf(DATA_SPEC, dataRows(pool), p)),
        { freq: 10, nil: undefined },
      ),
      indicators: fc.option(
        placement(["Indicators", "INDICATORS"], indicatorSheet!).chain((p) => tableOf(INDICATOR_SPEC, indicatorRows(pool), p)),
        { freq: 2, nil: undefined },
      ),
      benchmarks: fc.oneof(
        { weight: 2, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: placement(["Benchmarks"], benchmarkSheet!).chain((p) => tableOf(BENCHMARK_SPEC, benchmarkRows(pool), p)) },
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
