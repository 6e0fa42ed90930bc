/**
 * The sheets `buildWorkbookPlan` adds to the dashboard's, known before the
 * plan is made (as `dashboardSheets` lists the dashboard's own), so a shell
 * can read what sits under their names in the same round trip as the tables.
 * Only the Notice tracker has input cells (its commentary).
 */
import { ACTIONS_SHEET_NAME } from "./actions/actionsSheet";
import { AREA_SCORECARDS_NAME } from "./areas/areaScorecardsSheet";
import { BUDGET_SHEET_NAME } from "./budget/budgetSheet";
import { NOTICE_TRACKER_NAME } from "./tracker/noticeTrackerSheet";

/** Each added sheet's name, and whether a refresh carries typed text over on it. */
export function frameworkSheets(): { name: string; inputs: boolean }[] {
  return [
    { name: NOTICE_TRACKER_NAME, inputs: true },
    { name: AREA_SCORECARDS_NAME, inputs: false },
    { name: BUDGET_SHEET_NAME, inputs: false },
    { name: ACTIONS_SHEET_NAME, inputs: false },
  ];
}
