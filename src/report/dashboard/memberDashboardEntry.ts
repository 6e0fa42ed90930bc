/** The Member Dashboard in the registry: its indicators, with the other sheets' first-page blocks under the key. */
import type { GeneratedSheet } from "../generatedSheet";
import { DASHBOARD_SHEET_KEY, DASHBOARD_SHEET_NAME, type DashboardReport, dashboardReport, dashboardSheet } from "./buildDashboardPlan";

export const memberDashboardEntry = {
  key: DASHBOARD_SHEET_KEY,
  name: DASHBOARD_SHEET_NAME,
  inputs: true,
  report: (input) => dashboardReport(input),
  build: (report, { input, firstPageBlocks }) => dashboardSheet(report, { ...input, firstPageBlocks }),
} as const satisfies GeneratedSheet<DashboardReport>;
