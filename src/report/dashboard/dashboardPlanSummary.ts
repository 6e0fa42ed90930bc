/** A short account of a dashboard plan, for tests, logs and the command line. */
import { DASHBOARD_SHEET_KEY } from "./buildDashboardPlan";
import { DATA_SHEET_KEY } from "./charts/dataSheet";
import type { WorkbookPlan } from "../plan/plan";

export interface DashboardPlanSummary {
  sheets: string[];
  /** Chart names on the dashboard, in order. */
  charts: string[];
  /** Input keys on the dashboard, in order. */
  inputs: string[];
  printArea?: string;
  /** Printed pages the manual breaks make (at least; a long table adds Excel's own). */
  pages: number;
  /** Cells written on the data sheet. */
  dataCells: number;
}

/** Summarises the dashboard and data sheets of a plan made by `buildDashboardPlan`. */
export function dashboardPlanSummary(plan: WorkbookPlan): DashboardPlanSummary {
  const dashboard = plan.sheets.find((s) => s.key === DASHBOARD_SHEET_KEY);
  const data = plan.sheets.find((s) => s.key === DATA_SHEET_KEY);
  return {
    sheets: plan.sheets.map((s) => s.name),
    charts: dashboard?.charts.map((c) => c.name) ?? [],
    inputs: dashboard?.inputs.map((i) => i.key) ?? [],
    ...(dashboard?.print?.area ? { printArea: dashboard.print.area } : {}),
    pages: (dashboard?.print?.rowBreaks?.length ?? 0) + 1,
    dataCells: data?.blocks.reduce((n, b) => n + b.values.reduce((m, row) => m + row.length, 0), 0) ?? 0,
  };
}
