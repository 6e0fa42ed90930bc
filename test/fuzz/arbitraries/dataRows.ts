/**
 * Rows of the IndicatorData table: loose rows of anything, runs of consecutive
 * months that drift like a real series (so trends, targets and trajectories get
 * exercised), and windows of the sample data with a few cells spoilt.
 */
import fc from "fast-check";
import { dateToExcelSerial, monthIndex, monthOf, yearOf } from "../../../src/domain/periods";
import { sampleObservationRows } from "../../../src/sample/sampleData";
import type { CellValue } from "../../../src/domain/types";
import { amountCell, anyCell, areaCell, dateCell, formatMonth, monthText, mostly, periodCell, textCell } from "./cells";
import { codeCell } from "./codes";
import { withRepeats, type FieldRow } from "./tables";

export const DATA_SPEC = [
  ["code", "Code"],
  ["period", "Period"],
  ["area", "Area"],
  ["value", "Value"],
  ["numerator", "Numerator"],
  ["denominator", "Denominator"],
  ["asAt", "As at"],
  ["note", "Note"],
] as const;
export type DataField = (typeof DATA_SPEC)[number][0];

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
      level: fc.oneof(
        fc.integer({ min: 0, max: 2500 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
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
    return rows.map(
      (r) => Object.fromEntries(DATA_SPEC.map(([field], i) => [field, r[i] ?? null])) as FieldRow<DataField>,
    );
  });

const BLANK_DATA_ROW = Object.fromEntries(DATA_SPEC.map(([f]) => [f, null])) as FieldRow<DataField>;

export function dataRows(pool: readonly string[]): fc.Arbitrary<FieldRow<DataField>[]> {
  const mixed = fc
    .tuple(
      fc.array(seriesBlock(pool), { maxLength: 4 }),
      fc.array(randomDataRow(pool), { maxLength: 10 }),
      fc.boolean(),
    )
    .chain(([blocks, loose, shuffle]) => {
      const rows = [...blocks.flat(), ...loose];
      return shuffle && rows.length > 1
        ? fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })
        : fc.constant(rows);
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
