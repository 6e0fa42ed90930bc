/** The report layer: turns computed results into a WorkbookPlan the shells apply. */
export * from "./plan";
export * from "./preserve";
export * from "./textSafety";
export { buildDashboardPlan, DASHBOARD_SHEET_KEY, DEFAULT_MONTHS_SHOWN, type DashboardInput } from "./buildDashboardPlan";
export { buildWorkbookPlan, type WorkbookInput } from "./buildWorkbookPlan";
export { frameworkSheets } from "./frameworkSheets";
export { dashboardPlanSummary, type DashboardPlanSummary } from "./dashboardPlanSummary";
export { DashboardOptionError } from "./DashboardOptionError";
export { dashboardResults } from "./dashboardResults";
export { dataSheet, DATA_SHEET_KEY, type ChartRanges } from "./dataSheet";
export { chartMonths, chartRows, type ChartRow } from "./chartRows";
export { targetApplies, targetLevelOf, targetLineValue } from "./targetLine";
export { ragStyle, ragWord } from "./ragStyle";
export { directionText } from "./directionText";
export { unitFormat, gapFormat, toSheetNumber } from "./unitFormat";
export { axisTitle, axisNumberFormat } from "./axisTitle";
export { commentaryKey, COMMENTARY_PLACEHOLDER } from "./indicatorSection";
export { chartName } from "./indicatorChart";
