/**
 * `scorecard init <out.xlsx>`: a ready workbook with the default catalogue, the
 * sample monthly figures, the sample's Areas (Kent's areas and districts, before
 * and after the September 2012 restructure), and the sample Budget and Actions tables.
 */
import { DEFAULT_CATALOGUE } from "../domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../domain/catalogue/readCatalogue";
import { sampleActionRows } from "../sample/sampleActions";
import { sampleBudgetRows } from "../sample/sampleBudget";
import { sampleAreaRows, sampleObservationRows } from "../sample/sampleData";
import { writeOutput } from "./files";

/** The bytes of the sample workbook: the same for `init`, the demo and the tests. */
export async function sampleWorkbook(): Promise<Uint8Array> {
  const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
  const data = sampleObservationRows();
  const budget = sampleBudgetRows();
  const actions = sampleActionRows();
  const areas = sampleAreaRows();
  // Loaded when first needed: the xlsx library is large, and only init and build write with it.
  const { writeTablesWorkbook } = await import("../xlsx/writeTables");
  return writeTablesWorkbook([
    { sheet: "Indicators", table: "Indicators", headers: catalogue.headers, rows: catalogue.rows },
    { sheet: "IndicatorData", table: "IndicatorData", headers: data.headers, rows: data.rows },
    { sheet: "Areas", table: "Areas", headers: areas.headers, rows: areas.rows },
    { sheet: "Budget", table: "Budget", headers: budget.headers, rows: budget.rows, numberFormats: moneyFormats(budget.headers) },
    { sheet: "Actions", table: "Actions", headers: actions.headers, rows: actions.rows },
  ]);
}

/** Every Budget column but the names, year and note holds pounds. */
function moneyFormats(headers: readonly string[]): Record<string, string> {
  const text = new Set(["line", "part of", "year", "note"]);
  return Object.fromEntries(headers.filter((h) => !text.has(h.toLowerCase())).map((h) => [h, "£#,##0"]));
}

export async function runInit(path: string, out: (t: string) => void): Promise<number> {
  await writeOutput(path, await sampleWorkbook());
  out(`Wrote ${path}: the Indicators catalogue (${DEFAULT_CATALOGUE.length} indicators), sample monthly figures in IndicatorData, the sample's Areas, and sample Budget and Actions tables.`);
  return 0;
}
