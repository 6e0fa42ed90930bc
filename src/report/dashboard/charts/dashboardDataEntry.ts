/** The dashboard's chart data in the registry: made with the dashboard (its charts read these ranges), written last. */
import type { GeneratedSheet } from "../../generatedSheet";
import type { DashboardReport } from "../buildDashboardPlan";
import { memberDashboardEntry } from "../memberDashboardEntry";
import { DATA_SHEET_KEY, DATA_SHEET_NAME } from "./dataSheet";

export const dashboardDataEntry = {
  key: DATA_SHEET_KEY,
  name: DATA_SHEET_NAME,
  inputs: false,
  report: (_input, reports) => reports.of(memberDashboardEntry)?.data,
  build: (data) => data.sheet,
} as const satisfies GeneratedSheet<DashboardReport["data"]>;
