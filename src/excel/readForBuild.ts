/**
 * Everything a validate + build reads, in 2 syncs whatever the workbook's size:
 *
 * 1. the tables' names, the sheets' names, positions and ids, and the
 *    workbook's structure protection;
 * 2. each wanted table's values, every sheet's A1 ownership marker and sheet
 *    protection, and the text people typed into the sheets under the names
 *    of planned sheets with inputs.
 *
 * The plan does not exist yet when the workbook is read (it is made from the
 * tables), so the caller names the sheets it will write (`SHEETS_TO_READ`,
 * from the registry of generated sheets); `applyPlan` then takes `existing` instead of
 * reading again, and the whole build is read 2 + write 1 = 3 syncs.
 * `applyPlan` reads again by itself only if the plan has a sheet with inputs
 * under a name that was not given.
 *
 * Only when a response would pass the host's cap (very large tables, or a
 * person's huge sheet under a planned name) do the reads fall back to the
 * chunked table read and the two-step marker read, in as many syncs as needed.
 */
import type { WorkbookTables } from "../domain/types";
import { mapExcelError } from "./errors";
import {
  type ExistingWorkbook,
  listedSheets,
  markersOf,
  type PlannedSheet,
  protectionsOf,
  queueExistingReads,
  queueSheetList,
  readMarkersApart,
} from "./readExisting";
import { readInChunks } from "./readInChunks";
import { isResponseTooLarge, queueTableList, queueWholeTables, type ReadTablesOptions, wantedTables, wholeTables } from "./readTables";

export interface BuildRead {
  tables: WorkbookTables;
  /** Hand to `applyPlan` as `options.existing`. */
  existing: ExistingWorkbook;
  /** The syncs this read made. */
  syncs: number;
}

/** Reads the indicator tables and what the build needs to know about the sheets named in `planned`. Throws ExcelShellError. */
export async function readForBuild(
  context: Excel.RequestContext,
  planned: readonly PlannedSheet[],
  options: ReadTablesOptions = {},
): Promise<BuildRead> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  try {
    const tableList = queueTableList(context);
    const sheetList = queueSheetList(context);
    await sync();
    const found = wantedTables(tableList);
    const items = listedSheets(sheetList);
    const base = {
      structureProtected: sheetList.protection.protected,
      readFor: [...planned],
      ids: items.map((i) => i.id),
      everyMarker: true,
    };

    if (found.length === 0) {
      // Nothing to build from (validation says so): no second round trip, and nothing read for a build.
      const sheets = items.map((i) => ({ name: i.name, position: i.position, marker: null }));
      return { tables: new Map(), existing: { ...base, readFor: [], everyMarker: false, sheets }, syncs };
    }
    const tableReads = queueWholeTables(found, options);
    const markerReads = queueExistingReads(planned, items);
    try {
      await sync();
      const existing = { ...base, sheets: markersOf(markerReads), protectedSheets: protectionsOf(markerReads) };
      return { tables: wholeTables(tableReads), existing, syncs };
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
    }
    // Too much for one response: each part by its own fallback.
    const read = await readMarkersApart(planned, items, sync, true);
    const tables = await readInChunks(context, found, options, sync);
    return { tables, existing: { ...base, ...read }, syncs };
  } catch (error) {
    throw mapExcelError(error, "read");
  }
}
