/**
 * Small hand-built plans for the Office.js shell tests: a dashboard sheet with
 * one headline row, commentary input and chart per indicator, and a data sheet
 * holding the charts' monthly series.
 */
import { a1, columnLetters } from "../../src/domain/a1";
import type { ChartPlan, PlanValue, SheetPlan, WorkbookPlan } from "../../src/report/plan/plan";

export const DASHBOARD = "Member Dashboard";
export const DATA = "Dashboard Data";
export const PLACEHOLDER = "Type commentary here";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function code(i: number): string {
  return `IND${String(i + 1).padStart(3, "0")}`;
}

/** Row of indicator i on the dashboard. */
export function headlineRow(i: number): number {
  return 4 + i;
}

export interface PlanShape {
  indicators: number;
  months: number;
  /** Extra text cells for the headline rows (column C), by indicator index. */
  names?: (i: number) => string;
}

function dataSheet(shape: PlanShape): SheetPlan {
  const header: PlanValue[] = ["Month"];
  for (let i = 0; i < shape.indicators; i++) header.push(`${code(i)} value`, `${code(i)} target`);
  const rows: PlanValue[][] = [header];
  for (let m = 0; m < shape.months; m++) {
    const label = `${MONTHS[(m + 3) % 12]} ${2012 + Math.floor((m + 3) / 12)}`;
    const row: PlanValue[] = [label];
    for (let i = 0; i < shape.indicators; i++) row.push(100 + i + m, 90 + i);
    rows.push(row);
  }
  return {
    key: "dashboard-data",
    name: DATA,
    blocks: [{ address: "B1", values: rows }],
    styles: [{ range: `B1:${a1(1, 2 + 2 * shape.indicators)}`, style: { bold: true } }],
    merges: [],
    columnWidths: { 1: 0, 2: 12 },
    charts: [],
    inputs: [],
  };
}

function chartFor(i: number, months: number): ChartPlan {
  const valueColumn = columnLetters(3 + 2 * i);
  const targetColumn = columnLetters(4 + 2 * i);
  const top = 8 + i * 18;
  return {
    name: `chart-${code(i)}`,
    type: "line",
    title: `${code(i)} over time`,
    dataSheet: DATA,
    categories: `B2:B${months + 1}`,
    series: [
      { name: "Value", values: `${valueColumn}2:${valueColumn}${months + 1}`, color: "#1F4E79", markers: true, lineWidth: 2.25 },
      { name: "Target", values: `${targetColumn}2:${targetColumn}${months + 1}`, color: "#C00000", dash: "dash" },
    ],
    valueAxis: { title: "Count", numberFormat: "#,##0", min: 0 },
    position: { from: `J${top}`, to: `Q${top + 15}` },
  };
}

function dashboardSheet(shape: PlanShape): SheetPlan {
  const rows: PlanValue[][] = [];
  for (let i = 0; i < shape.indicators; i++) {
    rows.push([code(i), shape.names?.(i) ?? `Indicator ${i + 1}`, 100 + i, 90 + i, i % 2 === 0 ? "Green" : "Red"]);
  }
  const last = headlineRow(shape.indicators - 1);
  return {
    key: "member-dashboard",
    name: DASHBOARD,
    blocks: [
      { address: "B1", values: [["Member Dashboard"]] },
      { address: "B3", values: [["Code", "Indicator", "Value", "Target", "RAG", "Commentary"]] },
      { address: "B4", values: rows },
    ],
    styles: [
      { range: "B1", style: { bold: true, fontSize: 16 } },
      { range: "B3:G3", style: { bold: true, fill: "#D9E1F2", border: { bottom: true, color: "#808080" } } },
      { range: `D4:E${last}`, style: { numberFormat: "#,##0", horizontalAlignment: "right" } },
      { range: `G4:G${last}`, style: { wrapText: true, verticalAlignment: "top" } },
    ],
    merges: ["B1:G1"],
    columnWidths: { 1: 0, 2: 10, 3: 40, 4: 10, 5: 10, 6: 8, 7: 50, 8: 0 },
    rowHeights: { 1: 24 },
    freeze: { rows: 3, columns: 0 },
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, titleRows: { first: 1, last: 3 }, area: `B1:Q${last + 20}` },
    charts: Array.from({ length: shape.indicators }, (_, i) => chartFor(i, shape.months)),
    inputs: Array.from({ length: shape.indicators }, (_, i) => ({ key: `commentary:${code(i)}`, address: `G${headlineRow(i)}`, placeholder: PLACEHOLDER })),
    tabColor: "#1F4E79",
    showGridlines: false,
  };
}

/** A two-sheet plan: the dashboard (shown at the end) and its chart data. */
export function dashboardPlan(shape: PlanShape): WorkbookPlan {
  return { sheets: [dashboardSheet(shape), dataSheet(shape)], activate: DASHBOARD };
}

/** Every ExcelApi set up to `max` ("1.8"). */
export function supportsUpTo(max: string): { isSetSupported(version: string): boolean } {
  const n = (v: string): number => Number(v.split(".")[1] ?? 0);
  return { isSetSupported: (v) => n(v) <= n(max) };
}
