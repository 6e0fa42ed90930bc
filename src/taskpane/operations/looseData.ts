/**
 * Data typed or pasted on a sheet named after an input table, but never made
 * into an Excel table: the pane offers to make it one, rather than saying
 * the table is missing.
 */
import type { PaneServices } from "../paneServices";

/** A sheet holding loose data where a table is expected. */
export interface LooseData {
  /** The table it should be: "IndicatorData". */
  table: string;
  sheet: string;
  /** The used range, sheet-qualified as Excel gives it ("IndicatorData!A1:H40"). */
  address: string;
}

/**
 * For each missing table, the sheet of the same name if it exists and holds
 * values (1 sync, 2 when a sheet is found). A sheet whose data is already a
 * table under another name is found too; making the table then fails with
 * Excel's own sentence about overlapping tables.
 */
export async function findLooseData(services: Pick<PaneServices, "excel">, missing: readonly string[]): Promise<LooseData[]> {
  if (missing.length === 0) return [];
  return services.excel(async (context) => {
    const probes = missing.map((table) => ({ table, sheet: context.workbook.worksheets.getItemOrNullObject(table).load("name") }));
    await context.sync();
    const found = probes
      .filter((p) => !p.sheet.isNullObject)
      .map((p) => ({ table: p.table, sheet: p.sheet, used: p.sheet.getUsedRangeOrNullObject(true).load("address") }));
    if (found.length === 0) return [];
    await context.sync();
    return found.filter((f) => !f.used.isNullObject).map((f) => ({ table: f.table, sheet: f.sheet.name, address: f.used.address }));
  });
}

/** Makes the loose data a table with headers, named as expected (1 sync). Throws ExcelShellError. */
export async function makeTable(services: Pick<PaneServices, "excel">, loose: LooseData): Promise<void> {
  await services.excel(async (context) => {
    context.workbook.tables.add(loose.address, true).name = loose.table;
    await context.sync();
  });
}
