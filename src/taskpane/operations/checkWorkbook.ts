/** Read the tables and check them: the pane's Validate, and its first look at the workbook. */
import { analyseTables, type Analysis } from "../../domain/analyse";
import { availableMonths, reportingMonth } from "../../domain/gaps";
import type { MonthIndex } from "../../domain/types";
import { readWorkbookTables } from "../../excel/readTables";
import type { PaneServices } from "../paneServices";

export interface WorkbookCheck {
  analysis: Analysis;
  /** Months with figures, oldest first. */
  months: MonthIndex[];
  /** The month a build reports when none is picked: the core's one rule (`reportingMonth`). */
  defaultMonth: MonthIndex | undefined;
  hasIndicatorsTable: boolean;
  hasDataTable: boolean;
  /** Indicators or IndicatorData read from a plain sheet of that name, not an Excel table: the pane offers to make it one. */
  readFromSheet: string[];
}

/** Reads the tables (2 syncs; 1 when none exists) and analyses them. Throws ExcelShellError. */
export async function checkWorkbook(services: Pick<PaneServices, "excel"> & Partial<Pick<PaneServices, "supports">>): Promise<WorkbookCheck> {
  const supports = services.supports;
  const tables = await services.excel((context) => readWorkbookTables(context, supports ? { isSetSupported: (v) => supports(v) } : {}));
  const analysis = analyseTables(tables);
  return {
    analysis,
    months: availableMonths(analysis.observations),
    defaultMonth: reportingMonth(analysis.catalogue, analysis.observations),
    hasIndicatorsTable: tables.has("indicators"),
    hasDataTable: tables.has("indicatordata"),
    readFromSheet: ["Indicators", "IndicatorData"].filter((name) => tables.get(name.toLowerCase())?.source === "sheet"),
  };
}
