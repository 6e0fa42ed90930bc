/**
 * "Never stale": tells the pane when a worksheet changes or a sheet is added
 * (Worksheet events, ExcelApi 1.7), naming the sheet, so results from an
 * earlier check can be marked out of date. The handlers live as long as the
 * pane, which registers them once.
 */
import type { PaneServices } from "../paneServices";

export interface WorkbookChange {
  kind: "changed" | "added";
  /** The sheet's name; undefined when it could not be read (deleted since). */
  sheet: string | undefined;
}

/** The name of the sheet with `id` (1 sync), or undefined. */
async function sheetName(services: Pick<PaneServices, "excel">, id: string): Promise<string | undefined> {
  try {
    return await services.excel(async (context) => {
      const sheets = context.workbook.worksheets.load("items/id,items/name");
      await context.sync();
      return sheets.items.find((s) => s.id === id)?.name;
    });
  } catch {
    return undefined;
  }
}

/**
 * Registers the handlers (1 sync). Resolves false when the host cannot raise
 * these events; the pane then relies on the person pressing Validate.
 */
export async function watchWorkbook(services: Pick<PaneServices, "excel">, onChange: (change: WorkbookChange) => void): Promise<boolean> {
  try {
    await services.excel(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.onChanged.add(async (event) => onChange({ kind: "changed", sheet: await sheetName(services, event.worksheetId) }));
      sheets.onAdded.add(async (event) => onChange({ kind: "added", sheet: await sheetName(services, event.worksheetId) }));
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
