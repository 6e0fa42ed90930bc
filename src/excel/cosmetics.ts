/**
 * Settings that make the dashboard nicer but must never fail the build: dashed
 * target lines, line widths, markers, axis bounds (all of which have thrown on
 * some hosts), and the newer-requirement-set ones (axis number format and
 * gridlines need ExcelApi 1.8, print setup 1.9). `applyPlan` queues them after
 * the swap at the end of the last write request, where a failure can no longer
 * undo the build; only if that request fails after the swap is each kind
 * retried in its own sync (`retryByKind`), and the kinds that still fail are
 * reported as skipped. Each kind reaches its objects by path (sheet name,
 * chart name), so retries never reuse a failed proxy.
 */
import type { ChartPlan, PrintPlan, SheetPlan } from "../report/plan";
import { lineStyleOf, markerStyleOf } from "./chartExtras";

export type CosmeticKind =
  | "series-dash"
  | "series-width"
  | "series-markers"
  /** Unsmoothed lines and value labels (chartExtras.ts). */
  | "series-smooth"
  | "series-labels"
  /** Printed footer and margins (sheetExtras.ts). */
  | "footer"
  /** Input cells' prompts as data-validation input messages (sheetExtras.ts). */
  | "prompts"
  | "axis-bounds"
  | "axis-number-format"
  | "gridlines"
  | "print"
  /** Where the new sheets sit among the tabs and which is shown: never worth failing a finished build. */
  | "sheet-order"
  /** Sheet protection carried from the previous version of a protected sheet (reprotect.ts), queued last. */
  | "protection"
  /** Not cosmetic: a planned chart with no series, which is left out rather than drawn empty. */
  | "chart"
  /** In-cell sparklines: the Office JavaScript API has none, so they are never drawn here (the sheet keeps its text trend). */
  | "sparklines";

/** A setting that was not applied, and why. */
export interface SkippedSetting {
  setting: CosmeticKind;
  /** The sheet it belonged to. */
  sheet: string;
  reason: string;
}

/** Charts already queued in the open request, by final sheet name and chart name: reached without navigating again. */
export type BuiltCharts = (sheet: string, chart: string) => { chart: Excel.Chart; series: Excel.ChartSeries[] } | undefined;

export interface Cosmetic {
  kind: CosmeticKind;
  sheet: string;
  queue(workbook: Excel.Workbook, built?: BuiltCharts): void;
}

/** Which optional requirement sets the host has ("1.8", "1.9"). */
export type SupportsSet = (version: string) => boolean;

const NEEDS: Partial<Record<CosmeticKind, string>> = { "axis-number-format": "1.8", gridlines: "1.8", print: "1.9", footer: "1.9", prompts: "1.8" };

/** Keeps what the host supports; lists the rest as skipped. */
export function gate(cosmetics: readonly Cosmetic[], supports: SupportsSet): { run: Cosmetic[]; skipped: SkippedSetting[] } {
  const run: Cosmetic[] = [];
  const skipped: SkippedSetting[] = [];
  for (const c of cosmetics) {
    const needed = NEEDS[c.kind];
    if (needed && !supports(needed)) skipped.push({ setting: c.kind, sheet: c.sheet, reason: `needs ExcelApi ${needed}` });
    else run.push(c);
  }
  return { run, skipped: dedupe(skipped) };
}

function dedupe(skipped: SkippedSetting[]): SkippedSetting[] {
  const seen = new Set<string>();
  return skipped.filter((s) => {
    const key = `${s.setting}\u0000${s.sheet}\u0000${s.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What `plan` asks for that no version of the Office JavaScript API can do, on `sheet` (its final name). */
export function withoutApi(sheet: string, plan: SheetPlan): SkippedSetting[] {
  return (plan.sparklines?.length ?? 0) > 0 ? [{ setting: "sparklines", sheet, reason: "no Office JavaScript API" }] : [];
}

/** The cosmetic settings of one chart placed on `sheet` (its final name). */
export function chartCosmetics(sheet: string, chart: ChartPlan): Cosmetic[] {
  const out: Cosmetic[] = [];
  const chartOf = (wb: Excel.Workbook, built?: BuiltCharts): Excel.Chart =>
    built?.(sheet, chart.name)?.chart ?? wb.worksheets.getItem(sheet).charts.getItem(chart.name);
  chart.series.forEach((s, i) => {
    const series = (wb: Excel.Workbook, built?: BuiltCharts): Excel.ChartSeries =>
      built?.(sheet, chart.name)?.series[i] ?? chartOf(wb).series.getItemAt(i);
    if (s.dash || s.line === false) out.push({ kind: "series-dash", sheet, queue: (wb, b) => (series(wb, b).format.line.lineStyle = lineStyleOf(s)) });
    if (s.lineWidth !== undefined) out.push({ kind: "series-width", sheet, queue: (wb, b) => (series(wb, b).format.line.weight = s.lineWidth!) });
    if (s.markers !== undefined) out.push({ kind: "series-markers", sheet, queue: (wb, b) => (series(wb, b).markerStyle = markerStyleOf(s)) });
  });
  const axis = chart.valueAxis;
  if (axis.min !== undefined || axis.max !== undefined) {
    out.push({
      kind: "axis-bounds",
      sheet,
      queue: (wb, b) => {
        const valueAxis = chartOf(wb, b).axes.valueAxis;
        if (axis.min !== undefined) valueAxis.minimum = axis.min;
        if (axis.max !== undefined) valueAxis.maximum = axis.max;
      },
    });
  }
  if (axis.numberFormat) out.push({ kind: "axis-number-format", sheet, queue: (wb, b) => (chartOf(wb, b).axes.valueAxis.numberFormat = axis.numberFormat) });
  return out;
}

/** Gridlines and print setup of a sheet (by final name). */
export function sheetCosmetics(sheet: string, showGridlines: boolean | undefined, print: PrintPlan | undefined): Cosmetic[] {
  const out: Cosmetic[] = [];
  if (showGridlines !== undefined) out.push({ kind: "gridlines", sheet, queue: (wb) => (wb.worksheets.getItem(sheet).showGridlines = showGridlines) });
  if (print) {
    out.push({
      kind: "print",
      sheet,
      queue: (wb) => {
        const layout = wb.worksheets.getItem(sheet).pageLayout;
        layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        layout.paperSize = print.paper;
        layout.zoom = { horizontalFitToPages: print.fitToPagesWide };
        if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
        if (print.area) layout.setPrintArea(print.area);
      },
    });
  }
  return out;
}

/** Operations one cosmetic setting queues (a setting, and navigation when its chart was not built in the same request), for the payload estimate. */
export const COSMETIC_OPERATIONS = 4;

/** Queue every setting (for the end of a write request, reusing the charts it built). */
export function queueCosmetics(workbook: Excel.Workbook, cosmetics: readonly Cosmetic[], built?: BuiltCharts): void {
  for (const c of cosmetics) c.queue(workbook, built);
}

/** One sync per kind of setting, after a request carrying them all failed; the kinds that fail again are skipped. */
export async function retryByKind(context: Excel.RequestContext, cosmetics: readonly Cosmetic[]): Promise<{ skipped: SkippedSetting[]; syncs: number }> {
  let syncs = 0;
  const skipped: SkippedSetting[] = [];
  const kinds = [...new Set(cosmetics.map((c) => c.kind))];
  for (const kind of kinds) {
    const ofKind = cosmetics.filter((c) => c.kind === kind);
    syncs++;
    try {
      for (const c of ofKind) c.queue(context.workbook);
      // One sync per kind, only after a failure: bounded by the number of kinds, not by the plan's size.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      for (const c of ofKind) skipped.push({ setting: kind, sheet: c.sheet, reason: typeof code === "string" ? code : "failed" });
    }
  }
  return { skipped: dedupe(skipped), syncs };
}
