/**
 * The whole generated workbook: every sheet in `GENERATED_SHEETS` whose input
 * is there, in its order. Sheets whose table is missing are left out (no
 * Budget table, no budget sheet or block; no Actions table, no actions sheet).
 */
import type { MonthIndex } from "../domain/types";
import type { FirstPageBlock } from "./dashboard/buildDashboardPlan";
import type { GeneratedSheet, SheetContext, SheetReports } from "./generatedSheet";
import { DASHBOARD, GENERATED_SHEETS } from "./generatedSheets";
import { PRINT_MARGINS, printFooter } from "./layout/printFooter";
import type { SheetPlan, WorkbookPlan } from "./plan/plan";
import { sheetReports } from "./sheetReports";
import type { WorkbookInput } from "./workbookInput";

const SHEETS: readonly GeneratedSheet[] = GENERATED_SHEETS;

/** Builds every sheet the inputs allow, from `reports` (worked out here when not given). */
export function buildWorkbookPlan(input: WorkbookInput, reports: SheetReports = sheetReports(input)): WorkbookPlan {
  // Blocks for the dashboard's first page, from the sheets that have them and are in this build.
  const firstPageBlocks: FirstPageBlock[] = SHEETS.flatMap((sheet) => {
    const report = sheet.firstPageBlock ? reports.of(sheet) : undefined;
    return report === undefined ? [] : [sheet.firstPageBlock!(report)];
  });
  const context: SheetContext = { input, firstPageBlocks };
  const sheets = SHEETS.flatMap((sheet) => {
    const report = reports.of(sheet);
    return report === undefined ? [] : [withFooter(sheet.build(report, context), input.month)];
  });
  const dashboard = sheets.find((s) => s.key === DASHBOARD.key);
  return { sheets, ...(dashboard ? { activate: dashboard.name } : {}) };
}

/** Every generated sheet prints its name, the reporting month and "Page n of m" at the foot of each page. */
function withFooter(sheet: SheetPlan, month: MonthIndex): SheetPlan {
  if (!sheet.print || sheet.print.footer) return sheet;
  return { ...sheet, print: { ...sheet.print, footer: printFooter(month), margins: sheet.print.margins ?? PRINT_MARGINS } };
}
