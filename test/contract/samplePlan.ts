/** The sample workbook's tables as plain data, and the plan a build makes of them: what the write cases apply. */
import { prepareBuild, type ReadyBuild } from "../../src/build";
import { DEFAULT_CATALOGUE } from "../../src/domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../../src/domain/catalogue/readCatalogue";
import { sampleObservationRows } from "../../src/sample/sampleData";
import type { CellValue, RawTable } from "../../src/domain/types";
import type { SpecValue, TableSpec } from "./workbookSpec";

function raw(name: string, { headers, rows }: { headers: string[]; rows: CellValue[][] }): RawTable {
  return { name, sheet: name, origin: { row: 1, column: 1 }, headers, rows, source: "table" };
}

/** The sample's Indicators and IndicatorData, with a hostile indicator name when asked. */
export function sampleTables(options: { firstName?: string } = {}): { indicators: RawTable; data: RawTable } {
  const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
  if (options.firstName) catalogue.rows[0]![1] = options.firstName;
  return { indicators: raw("Indicators", catalogue), data: raw("IndicatorData", sampleObservationRows()) };
}

/** A ready build of the sample (plain-data tables, no shell involved). */
export function samplePlan(options: { firstName?: string } = {}): ReadyBuild {
  const { indicators, data } = sampleTables(options);
  const built = prepareBuild(
    new Map([
      ["indicators", indicators],
      ["indicatordata", data],
    ]),
    { allowErrors: true },
  );
  if (built.kind !== "ready") throw new Error(`the sample does not build: ${JSON.stringify(built)}`);
  return built;
}

/** A RawTable as a spec table at A1 of its own sheet (dates as ISO text, which both shells keep as text). */
export function specTable(table: RawTable): TableSpec {
  const value = (v: CellValue): SpecValue => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
  return { name: table.name, address: "A1", values: [table.headers, ...table.rows.map((r) => r.map(value))] };
}
