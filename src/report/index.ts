/** The report layer: turns computed results into a WorkbookPlan the shells apply. */
export * from "./plan/plan";
export * from "./plan/preserve";
export * from "./plan/textSafety";
export { buildDashboardPlan, DASHBOARD_SHEET_KEY, DEFAULT_MONTHS_SHOWN, type DashboardInput } from "./dashboard/buildDashboardPlan";
export { buildWorkbookPlan, type WorkbookInput } from "./buildWorkbookPlan";
export { frameworkSheets } from "./frameworkSheets";
export { dashboardPlanSummary, type DashboardPlanSummary } from "./dashboard/dashboardPlanSummary";
export { DashboardOptionError } from "./DashboardOptionError";
export { dashboardResults } from "./dashboard/dashboardResults";
export { dataSheet, DATA_SHEET_KEY, type ChartRanges } from "./dashboard/charts/dataSheet";
export { chartMonths, chartRows, type ChartRow } from "./dashboard/charts/chartRows";
export { targetApplies, targetLevelOf, targetLineValue } from "./dashboard/charts/targetLine";
export { ragStyle, ragWord } from "./layout/ragStyle";
export { directionText } from "./layout/directionText";
export { unitFormat, gapFormat, toSheetNumber } from "./layout/unitFormat";
export { axisTitle, axisNumberFormat } from "./dashboard/charts/axisTitle";
export { commentaryKey, COMMENTARY_PLACEHOLDER } from "./dashboard/indicatorSection";
export { chartName } from "./dashboard/charts/indicatorChart";
