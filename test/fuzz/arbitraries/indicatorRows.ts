/**
 * Rows of the Indicators table: the default catalogue's own rows with a cell
 * or two changed, and made-up rows for codes the defaults do not know.
 */
import fc from "fast-check";
import { DEFAULT_CATALOGUE } from "../../../src/domain/catalogue/defaultCatalogue";
import { catalogueToTable, INDICATOR_COLUMNS } from "../../../src/domain/catalogue/readCatalogue";
import type { CellValue } from "../../../src/domain/types";
import { amountCell, anyCell, mostly, periodCell, PROTOTYPE_WORDS, textCell } from "./cells";
import { codeCell } from "./codes";
import { withRepeats, type FieldRow } from "./tables";

type IndicatorField = keyof typeof INDICATOR_COLUMNS;
export const INDICATOR_SPEC = Object.entries(INDICATOR_COLUMNS).map(
  ([field, spec]) => [field as IndicatorField, spec.name] as const,
);

const UNIT_WORDS = [
  "count",
  "percent",
  "rate",
  "pp",
  "currency",
  "Percent ",
  "PERCENTAGE",
  "%",
  "per 10,000",
  "£",
  "number",
  "ratio",
  "widgets",
];
const POLARITY_WORDS = ["lower", "higher", "Lower is better", "High", "↓", "↑", "up", "neither", "better"];
const YES_NO: CellValue[] = ["yes", "Yes", "Y", "no", "n", true, false, 1, 0, "TRUE", "maybe"];

const INDICATOR_CELLS: { [F in IndicatorField]: fc.Arbitrary<CellValue> } = {
  code: anyCell,
  name: mostly(fc.oneof(textCell, fc.constant("An indicator"))),
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...UNIT_WORDS) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_WORDS) },
    { weight: 1, arbitrary: anyCell },
  ),
  polarity: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...POLARITY_WORDS) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_WORDS) },
    { weight: 1, arbitrary: anyCell },
  ),
  target: fc.oneof(fc.constant(null), amountCell),
  targetDate: fc.oneof(fc.constant(null), periodCell),
  internalTarget: fc.oneof(fc.constant(null), amountCell),
  tolerance: fc.oneof(fc.constant(null), amountCell),
  definition: fc.oneof(fc.constant(null), textCell),
  impact: fc.oneof(fc.constant(null), textCell),
  dashboard: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<CellValue>("yes", "Yes", true, 1) },
    { weight: 2, arbitrary: fc.constantFrom(...YES_NO) },
    { weight: 1, arbitrary: anyCell },
  ),
  definitionFrom: fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: periodCell },
    { weight: 1, arbitrary: anyCell },
  ),
  definitionNote: fc.oneof(fc.constant(null), textCell),
};

const DEFAULT_ROWS: Map<string, CellValue[]> = new Map(
  catalogueToTable(DEFAULT_CATALOGUE).rows.map((r) => [String(r[0]), r]),
);

/** One Indicators row for `code`: the default's row when there is one, else a made-up one; a cell or two changed. */
function indicatorRow(code: string, pool: readonly string[]): fc.Arbitrary<FieldRow<IndicatorField>> {
  const base = DEFAULT_ROWS.get(code);
  const made = fc.record(INDICATOR_CELLS);
  const start = base
    ? fc.constant(
        Object.fromEntries(INDICATOR_SPEC.map(([field], i) => [field, base[i] ?? null])) as FieldRow<IndicatorField>,
      )
    : made;
  const changes = fc.record(
    Object.fromEntries(
      INDICATOR_SPEC.map(([field]) => [
        field,
        fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: INDICATOR_CELLS[field] }),
      ]),
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

export function indicatorRows(pool: readonly string[]): fc.Arbitrary<FieldRow<IndicatorField>[]> {
  return withRepeats(fc.tuple(...pool.map((code) => indicatorRow(code, pool))), BLANK_INDICATOR_ROW);
}
