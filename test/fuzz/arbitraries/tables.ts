/**
 * Whole RawTables: a header row (see headers.ts) laid over rows of named
 * fields, placed anywhere on a sheet, with ragged rows, extra columns,
 * merged areas and hidden rows.
 */
import fc from "fast-check";
import type { CellValue, RawTable } from "../../../src/domain/types";
import { anyCell } from "./cells";
import { columnSlots, type ColumnSlot } from "./headers";

/** Excel's grid: the last row and column a table can reach. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/** A data row by field name; the layout decides where each field goes. */
export type FieldRow<F extends string> = Record<F, CellValue>;

/** How a row deviates from the header row: full width, cut short, or running on past it. */
type RowShape = { cut?: number; extend?: CellValue[] };

interface RowNoise {
  /** Values for the columns that are not the table's own, in turn. */
  extras: CellValue[];
  shape: RowShape;
}

const rowNoise: fc.Arbitrary<RowNoise> = fc.record({
  extras: fc.array(anyCell, { minLength: 1, maxLength: 3 }),
  shape: fc.oneof(
    { weight: 14, arbitrary: fc.constant<RowShape>({}) },
    { weight: 1, arbitrary: fc.nat({ max: 8 }).map((cut): RowShape => ({ cut })) },
    { weight: 1, arbitrary: fc.array(anyCell, { minLength: 1, maxLength: 3 }).map((extend): RowShape => ({ extend })) },
  ),
});

/** The cells of one row under the header row `slots`. */
function layOutRow<F extends string>(slots: readonly ColumnSlot<F>[], row: FieldRow<F>, noise: RowNoise): CellValue[] {
  let extra = 0;
  const cells = slots.map((slot) =>
    slot.field !== undefined ? row[slot.field] : noise.extras[extra++ % noise.extras.length]!,
  );
  if (noise.shape.cut !== undefined) return cells.slice(0, noise.shape.cut);
  return noise.shape.extend ? [...cells, ...noise.shape.extend] : cells;
}

export interface Placement {
  name: string;
  sheet: string;
  source: "table" | "sheet";
}

const originRow = fc.oneof(
  { weight: 4, arbitrary: fc.constant(1) },
  { weight: 4, arbitrary: fc.integer({ min: 2, max: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: MAX_ROW }) },
);
const originColumn = fc.oneof(
  { weight: 4, arbitrary: fc.constant(1) },
  { weight: 4, arbitrary: fc.integer({ min: 2, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: MAX_COLUMN }) },
);

/** Merged areas as a shell might report them, over the data or not, readable or not. */
function mergedAreas(origin: { row: number; column: number }): fc.Arbitrary<string[] | undefined> {
  const near = fc
    .tuple(fc.integer({ min: -2, max: 30 }), fc.integer({ min: -2, max: 12 }), fc.nat({ max: 3 }), fc.nat({ max: 3 }))
    .map(([dr, dc, h, w]) => {
      const top = Math.max(1, origin.row + dr);
      const left = Math.max(1, origin.column + dc);
      return `${letters(left)}${top}:${letters(left + w)}${top + h}`;
    });
  const odd = fc.constantFrom("Data!B4:C5", "$B$4", "B4", "XFD1048576", "A0", "", "not a range", "B4:");
  return fc.option(fc.array(fc.oneof(near, odd), { maxLength: 3 }), { freq: 3, nil: undefined });
}

const hiddenRows: fc.Arbitrary<number[] | undefined> = fc.option(
  fc.array(fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(Number.NaN, 1.5, Infinity)), { maxLength: 5 }),
  { freq: 3, nil: undefined },
);

function letters(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A table with the columns of `spec` and the rows `rows` produces, placed so
 * that it fits on Excel's grid (origin not always at A1).
 */
export function tableOf<F extends string>(
  spec: readonly (readonly [F, string])[],
  rows: fc.Arbitrary<FieldRow<F>[]>,
  placement: Placement,
): fc.Arbitrary<RawTable> {
  return fc
    .record({ slots: columnSlots(spec), rows, row: originRow, column: originColumn })
    .chain(({ slots, rows: fieldRows, row, column }) => {
      const width = Math.max(1, slots.length);
      const origin = {
        row: Math.min(row, MAX_ROW - fieldRows.length),
        column: Math.min(column, MAX_COLUMN - width - 3),
      };
      return fc
        .record({
          noise: fc.array(rowNoise, { minLength: fieldRows.length, maxLength: fieldRows.length }),
          merged: mergedAreas(origin),
          hidden: hiddenRows,
        })
        .map(({ noise, merged, hidden }): RawTable => {
          const table: RawTable = {
            name: placement.name,
            sheet: placement.sheet,
            origin,
            headers: slots.map((s) => s.header),
            rows: fieldRows.map((r, i) => layOutRow(slots, r, noise[i]!)),
            source: placement.source,
          };
          if (merged) table.mergedAreas = merged;
          if (hidden) table.hiddenRows = hidden;
          return table;
        });
    });
}

/** Rows, with some of them repeated (duplicated rows) and, now and then, blank ones. */
export function withRepeats<R>(rows: fc.Arbitrary<R[]>, blank: R): fc.Arbitrary<R[]> {
  return fc
    .record({ rows, repeats: fc.array(fc.nat(), { maxLength: 3 }), blanks: fc.array(fc.nat(), { maxLength: 2 }) })
    .map(({ rows: list, repeats, blanks }) => {
      const out = [...list];
      if (list.length) for (const i of repeats) out.splice(i % (out.length + 1), 0, list[i % list.length]!);
      for (const i of blanks) out.splice(i % (out.length + 1), 0, blank);
      return out;
    });
}
