/**
 * The sheets `buildDashboardPlan` writes, known before the plan is made: the
 * Office JavaScript API shell reads what sits under these names in the same round trip as
 * the tables (see `readForBuild`), since the plan itself needs the tables first.
 */

/** The default names, as `buildDashboardPlan` uses them. */
export const DASHBOARD_SHEET_NAME = "Member Dashboard";
export const DASHBOARD_DATA_SHEET_NAME = "Dashboard Data";

/** Each planned sheet's name, and whether it has input cells (commentary) whose typed text a refresh carries over. */
export function dashboardSheets(
  names: { sheetName?: string; dataSheetName?: string } = {},
): { name: string; inputs: boolean }[] {
  return [
    { name: names.sheetName ?? DASHBOARD_SHEET_NAME, inputs: true },
    { name: names.dataSheetName ?? DASHBOARD_DATA_SHEET_NAME, inputs: false },
  ];
}
