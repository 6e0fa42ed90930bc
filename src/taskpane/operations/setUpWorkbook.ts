/** "Set up this workbook": the Indicators and IndicatorData tables (and, with the sample, its Areas), created only where missing. */
import { DEFAULT_CATALOGUE } from "../../domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../../domain/catalogue/readCatalogue";
import { SAMPLE_HEADERS, sampleAreaRows, sampleObservationRows } from "../../sample/sampleData";
import { createMissingTables, type CreateTablesReport, type TableToCreate } from "../../excel/createTables";
import type { PaneServices } from "../paneServices";

/**
 * The tables, on sheets of their own names: the default catalogue, and the
 * sample figures or none. With the sample comes its Areas table, whose names
 * the sample's area rows use — only when the sample figures are written too:
 * beside a person's own figures it would make their area names errors.
 */
export function setupTables(withSample: boolean): TableToCreate[] {
  const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
  const data = withSample ? sampleObservationRows() : { headers: [...SAMPLE_HEADERS], rows: [] };
  const tables: TableToCreate[] = [
    { table: "Indicators", sheet: "Indicators", headers: catalogue.headers, rows: catalogue.rows },
    { table: "IndicatorData", sheet: "IndicatorData", headers: data.headers, rows: data.rows },
  ];
  if (withSample) {
    const areas = sampleAreaRows();
    tables.push({ table: "Areas", sheet: "Areas", headers: areas.headers, rows: areas.rows, onlyWith: "IndicatorData" });
  }
  return tables;
}

/** Creates what is missing (2–3 syncs). Throws ExcelShellError. */
export async function setUpWorkbook(services: Pick<PaneServices, "excel">, withSample: boolean): Promise<CreateTablesReport> {
  const specs = setupTables(withSample);
  return services.excel((context) => createMissingTables(context, specs));
}

function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** What set-up did, in sentences, and whether anything needs the person's attention. */
export function setupOutcome(report: CreateTablesReport, withSample: boolean): { intent: "success" | "info" | "warning"; text: string } {
  const parts: string[] = [];
  if (report.created.length > 0) {
    const noun = report.created.length === 1 ? "table" : "tables";
    const data = report.created.includes("IndicatorData") ? (withSample ? " IndicatorData holds the sample figures." : " Type or paste this month's figures into IndicatorData.") : "";
    parts.push(`Created the ${list(report.created)} ${noun}.${data}`);
  }
  if (report.existing.length > 0) {
    const verb = report.existing.length === 1 ? "was" : "were";
    parts.push(`The ${list(report.existing)} ${report.existing.length === 1 ? "table" : "tables"} ${verb} already in the workbook and ${verb} left as ${report.existing.length === 1 ? "it is" : "they are"}.`);
  }
  for (const b of report.blocked) {
    parts.push(`The sheet ${b.sheet} already holds data, so no ${b.table} table was made there. Rename that sheet, or turn its data into a table named ${b.table}, then set up again.`);
  }
  const intent = report.blocked.length > 0 ? "warning" : report.created.length > 0 ? "success" : "info";
  return { intent, text: parts.join(" ") };
}
