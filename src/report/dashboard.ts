/** The Member Dashboard's entry point for the shells and the command line. */
export { buildDashboardPlan, DASHBOARD_SHEET_KEY, DEFAULT_MONTHS_SHOWN, type DashboardInput } from "./dashboard/buildDashboardPlan";
export { dashboardPlanSummary, type DashboardPlanSummary } from "./dashboard/dashboardPlanSummary";
export { DashboardOptionError } from "./DashboardOptionError";
export { DATA_SHEET_KEY } from "./dashboard/charts/dataSheet";
export { commentaryKey, COMMENTARY_PLACEHOLDER } from "./dashboard/indicatorSection";
