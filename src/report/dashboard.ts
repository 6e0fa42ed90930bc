/** The Member Dashboard's entry point for the shells and the command line. */
export { buildDashboardPlan, DASHBOARD_SHEET_KEY, DEFAULT_MONTHS_SHOWN, type DashboardInput } from "./buildDashboardPlan";
export { dashboardPlanSummary, type DashboardPlanSummary } from "./dashboardPlanSummary";
export { DashboardOptionError } from "./DashboardOptionError";
export { DATA_SHEET_KEY } from "./dataSheet";
export { commentaryKey, COMMENTARY_PLACEHOLDER } from "./indicatorSection";
