/**
 * Settings that make the dashboard nicer but must never fail the build: dashed
 * target lines, line widths, markers, axis bounds (all of which have thrown on
 * some hosts), and the newer-requirement-set ones (axis number format and
 * gridlines need ExcelApi 1.8, print setup 1.9), and frozen panes (Office 2019
 * builds have thrown GeneralException freezing a sheet that is not the active
 * one, office-js #2196, #3148; it is not worth losing a build over). `applyPlan` queues them after
 * the swap at the end of the last write request, where a failure can no longer
 * undo the build; only if that request fails after the swap is each kind
 * retried in its own sync (`retryByKind`), and the kinds that still fail are
 * reported as skipped. Each kind reaches its objects by path (sheet name,
 * chart name), so retries never reuse a failed proxy.
 */
import { columnLetters } from "../domain/a1";
import type { ChartPlan, PrintPlan, SheetPlan } from "../report/plan/plan";
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
  | "freeze"
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

/** After the request carrying a setting has synced: why the host did not apply it, or undefined when it did. */
export type Verify = () => string | undefined;

export interface Cosmetic {
  kind: CosmeticKind;
  sheet: string;
  /** Queues the setting; may return a check to run once the request has synced (for settings a host can silently ignore). */
  queue(workbook: Excel.Workbook, built?: BuiltCharts): Verify | void;
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

/**
 * How a cosmetic reaches one chart and its series: through the proxies the
 * main write built when there are any, else by path (sheet and chart name),
 * so a retry never reuses a failed proxy.
 */
export function chartAccess(sheet: string, chart: ChartPlan) {
  const chartOf = (wb: Excel.Workbook, built?: BuiltCharts): Excel.Chart =>
    built?.(sheet, chart.name)?.chart ?? wb.worksheets.getItem(sheet).charts.getItem(chart.name);
  const seriesOf = (i: number) => (wb: Excel.Workbook, built?: BuiltCharts): Excel.ChartSeries =>
    built?.(sheet, chart.name)?.series[i] ?? chartOf(wb).series.getItemAt(i);
  return { chartOf, seriesOf };
}

/** The cosmetic settings of one chart placed on `sheet` (its final name). */
export function chartCosmetics(sheet: string, chart: ChartPlan): Cosmetic[] {
  const out: Cosmetic[] = [];
  const { chartOf, seriesOf } = chartAccess(sheet, chart);
  chart.series.forEach((s, i) => {
    const series = seriesOf(i);
    if (s.dash || s.line === false) out.push({ kind: "series-dash", sheet, queue: (wb, b) => void (series(wb, b).format.line.lineStyle = lineStyleOf(s)) });
    if (s.lineWidth !== undefined) out.push({ kind: "series-width", sheet, queue: (wb, b) => void (series(wb, b).format.line.weight = s.lineWidth!) });
    if (s.markers !== undefined) out.push({ kind: "series-markers", sheet, queue: (wb, b) => void (series(wb, b).markerStyle = markerStyleOf(s)) });
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
  if (axis.numberFormat) out.push({ kind: "axis-number-format", sheet, queue: (wb, b) => void (chartOf(wb, b).axes.valueAxis.numberFormat = axis.numberFormat) });
  return out;
}

/** Gridlines, frozen panes and print setup of a sheet (by final name). */
export function sheetCosmetics(sheet: string, showGridlines: boolean | undefined, print: PrintPlan | undefined, freeze?: SheetPlan["freeze"]): Cosmetic[] {
  const out: Cosmetic[] = [];
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    out.push({
      kind: "freeze",
      sheet,
      queue: (wb) => {
        const panes = wb.worksheets.getItem(sheet).freezePanes;
        if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(`A1:${columnLetters(freeze.columns)}${freeze.rows}`);
        else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
        else panes.freezeColumns(freeze.columns);
      },
    });
  }
  if (showGridlines !== undefined) out.push({ kind: "gridlines", sheet, queue: (wb) => void (wb.worksheets.getItem(sheet).showGridlines = showGridlines) });
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
        // Fit to width is silently not applied on some hosts until the Page Layout tab has been shown
        // (office-js #1860): read it back in the same request rather than report it as done.
        layout.load("zoom");
        return () => (layout.zoom.horizontalFitToPages === print.fitToPagesWide ? undefined : "fit to page width not applied by this host; set it in Page Layout > Scale to Fit");
      },
    });
  }
  return out;
}

/** Operations one cosmetic setting queues (a setting, and navigation when its chart was not built in the same request), for the payload estimate. */
export const COSMETIC_OPERATIONS = 4;

/** A setting's check, queued with it. */
export interface PendingCheck {
  cosmetic: Cosmetic;
  verify: Verify;
}

/** Queue every setting (for the end of a write request, reusing the charts it built); returns the checks to run after the sync. */
export function queueCosmetics(workbook: Excel.Workbook, cosmetics: readonly Cosmetic[], built?: BuiltCharts): PendingCheck[] {
  const checks: PendingCheck[] = [];
  for (const c of cosmetics) {
    const verify = c.queue(workbook, built);
    if (verify) checks.push({ cosmetic: c, verify });
  }
  return checks;
}

/** The settings a synced request carried that the host did not apply. */
export function unappliedSettings(checks: readonly PendingCheck[]): SkippedSetting[] {
  return dedupe(
    checks.flatMap(({ cosmetic, verify }) => {
      const reason = verify();
      return reason === undefined ? [] : [{ setting: cosmetic.kind, sheet: cosmetic.sheet, reason }];
    }),
  );
}

/** One sync per kind of setting, after a request carrying them all failed; the kinds that fail again are skipped. */
export async function retryByKind(context: Excel.RequestContext, cosmetics: readonly Cosmetic[]): Promise<{ skipped: SkippedSetting[]; syncs: number }> {
  let syncs = 0;
  const skipped: SkippedSetting[] = [];
  // Frozen panes fail sheet by sheet (only on sheets that are not active), so each is retried alone.
  const groupOf = (c: Cosmetic): string => (c.kind === "freeze" ? `${c.kind}\u0000${c.sheet}` : c.kind);
  const groups = [...new Set(cosmetics.map(groupOf))];
  for (const group of groups) {
    const ofKind = cosmetics.filter((c) => groupOf(c) === group);
    const kind = ofKind[0]!.kind;
    syncs++;
    try {
      const checks = queueCosmetics(context.workbook, ofKind);
      // One sync per kind (per sheet for frozen panes), only after a failure: bounded by the kinds and sheets, not by the plan's size.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      skipped.push(...unappliedSettings(checks));
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      for (const c of ofKind) skipped.push({ setting: kind, sheet: c.sheet, reason: typeof code === "string" ? code : "failed" });
    }
  }
  return { skipped: dedupe(skipped), syncs };
}
