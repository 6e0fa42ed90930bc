/**
 * Taking the person to a place in the workbook: one sync each. Excel selects
 * only on the active sheet, so the sheet is activated first in the same request.
 */
import { mapExcelError } from "./errors";

/** Activates `sheet` and selects `cell` on it (1 sync). Throws ExcelShellError. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  try {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  } catch (error) {
    throw mapExcelError(error, "read");
  }
}

/** Activates `sheet` (1 sync). Throws ExcelShellError. */
export async function activateSheet(context: Excel.RequestContext, sheet: string): Promise<void> {
  try {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  } catch (error) {
    throw mapExcelError(error, "read");
  }
}
