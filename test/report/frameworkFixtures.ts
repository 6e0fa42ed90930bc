/** The sample workbook's tables as the domain sees them, analysed for October 2012, for the framework sheets' tests. */
import { analyseTables, type Analysis } from "../../src/domain/analyse";
import { DEFAULT_CATALOGUE } from "../../src/domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../../src/domain/catalogue/readCatalogue";
import { computeResults } from "../../src/domain/gaps";
import { monthIndex } from "../../src/domain/periods";
import type { IndicatorResult } from "../../src/domain/results";
import { sampleActionRows } from "../../src/sample/sampleActions";
import { sampleBudgetRows } from "../../src/sample/sampleBudget";
import { sampleAreaRows, sampleObservationRows } from "../../src/sample/sampleData";
import type { CellValue, RawTable, WorkbookTables } from "../../src/domain/types";
import type { WorkbookInput } from "../../src/report/workbookInput";

export const OCT_2012 = monthIndex(2012, 10);

export function rawTable(name: string, headers: readonly string[], rows: CellValue[][]): RawTable {
  return { name, sheet: name, origin: { row: 1, column: 1 }, headers: [...headers], rows, source: "table" };
}

/** The tables `scorecard init` writes; leave out Budget or Actions with `without`. */
export function sampleTables(without: ("budget" | "actions")[] = []): WorkbookTables {
  const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
  const data = sampleObservationRows();
  const tables = new Map<string, RawTable>([
    ["indicators", rawTable("Indicators", catalogue.headers, catalogue.rows)],
    ["indicatordata", rawTable("IndicatorData", data.headers, data.rows)],
  ]);
  const areas = sampleAreaRows();
  tables.set("areas", rawTable("Areas", areas.headers, areas.rows));
  if (!without.includes("budget")) {
    const budget = sampleBudgetRows();
    tables.set("budget", rawTable("Budget", budget.headers, budget.rows));
  }
  if (!without.includes("actions")) {
    const actions = sampleActionRows();
    tables.set("actions", rawTable("Actions", actions.headers, actions.rows));
  }
  return tables;
}

let cached: { analysis: Analysis; results: IndicatorResult[] } | undefined;

/** The sample analysed and computed for October 2012 (computed once: the sample has ~1,900 rows). */
export function sampleOctober(): { analysis: Analysis; results: IndicatorResult[] } {
  if (!cached) {
    const analysis = analyseTables(sampleTables(), undefined, { month: OCT_2012 });
    const results = computeResults(analysis.catalogue, analysis.observations, {
      month: OCT_2012,
      benchmarks: analysis.benchmarks,
      ...(analysis.areas ? { areas: analysis.areas } : {}),
    });
    cached = { analysis, results };
  }
  return cached;
}

/** The workbook input `scorecard build --period 2012-10` makes from the sample. */
export function sampleWorkbookInput(): WorkbookInput {
  const { analysis, results } = sampleOctober();
  return {
    results,
    month: OCT_2012,
    catalogue: analysis.catalogue,
    benchmarks: analysis.benchmarks,
    ...(analysis.budget ? { budget: analysis.budget } : {}),
    ...(analysis.actions ? { actions: analysis.actions } : {}),
  };
}
