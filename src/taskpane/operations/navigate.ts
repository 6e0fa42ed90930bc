/** Taking the person to a problem cell or to the dashboard. */
import type { ValidationIssue } from "../../domain/types";
import { ExcelShellError } from "../../excel/errors";
import { activateSheet, selectCell } from "../../excel/navigate";
import type { PaneServices } from "../paneServices";

/** Selects the issue's cell (1 sync). A sheet renamed since the check gets its own sentence. */
export async function goToIssue(services: Pick<PaneServices, "excel">, issue: ValidationIssue): Promise<void> {
  try {
    await services.excel((context) => selectCell(context, issue.sheet, issue.cell));
  } catch (error) {
    if (error instanceof ExcelShellError && error.code === "EXCEL_ITEM_GONE") {
      throw new Error(`The sheet ${issue.sheet} is no longer in the workbook. Validate again to refresh the list.`);
    }
    throw error;
  }
}

/** Activates the dashboard sheet (1 sync). */
export async function goToSheet(services: Pick<PaneServices, "excel">, sheet: string): Promise<void> {
  try {
    await services.excel((context) => activateSheet(context, sheet));
  } catch (error) {
    if (error instanceof ExcelShellError && error.code === "EXCEL_ITEM_GONE") {
      throw new Error(`The sheet ${sheet} is no longer in the workbook. Build the dashboard again.`);
    }
    throw error;
  }
}
