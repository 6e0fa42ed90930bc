/**
 * Runs in the page before the pane's bundle: installs the fake workbook as
 * `window.Excel` and a fake `Office` (onReady, requirement sets, document
 * settings), and exposes `window.harness` for the test to inspect the fake.
 * Query string: `workbook=empty|sample` (default sample), `api=1.17` (the
 * highest ExcelApi set the stand-in host supports).
 */
import type { FakeWorkbookSpec } from "../../fakes/fakeExcel";
import { fillColorOf, selectionOf } from "../../taskpane/fakeExcelExtras";
import { createPaneFake, emptyWorkbookSpec, sampleWorkbookSpec } from "../../taskpane/paneWorkbooks";

const params = new URLSearchParams(location.search);
const spec: FakeWorkbookSpec = params.get("workbook") === "empty" ? emptyWorkbookSpec() : sampleWorkbookSpec();
const apiVersion = params.get("api") ?? "1.17";
const fake = createPaneFake(spec, { apiVersion });

const versionNumber = (v: string): number => {
  const [major = "0", minor = "0"] = v.split(".");
  return Number(major) * 1000 + Number(minor);
};

// Office's settings: live values, and what saveAsync last stored.
const live: Record<string, unknown> = {};
let saved: Record<string, unknown> = {};
const copy = <T,>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

const office = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
  context: {
    requirements: {
      isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && versionNumber(version) <= versionNumber(apiVersion),
    },
    document: {
      settings: {
        get: (name: string) => (name in live ? copy(live[name]) : null),
        set: (name: string, value: unknown) => void (live[name] = copy(value)),
        remove: (name: string) => void delete live[name],
        saveAsync: (callback?: (result: { status: string }) => void) => {
          saved = copy(live);
          setTimeout(() => callback?.({ status: "succeeded" }), 0);
        },
      },
    },
  },
};

const excel = {
  run: <T,>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(fake.excelContext),
};

/** What the browser test reads from the page. */
const harness = {
  selection: () => selectionOf(fake) ?? null,
  activeSheet: () => fake.activeSheetName ?? null,
  activate: (name: string) => void (fake.state.activeSheet = fake.state.get(name)),
  sheetNames: () => fake.sheetNames(),
  tables: () => fake.state.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, rows: t.rect.rows, columns: t.rect.columns })),
  fill: (sheet: string, cell: string) => fillColorOf(fake, sheet, cell),
  snapshot: (sheet: string) => fake.sheet(sheet).snapshot(),
  charts: (sheet: string) => fake.sheet(sheet).charts.map((c) => ({ name: c.name, series: c.series.length, xValues: c.series[0]?.xValues ?? null })),
  settings: () => copy(saved),
  values: (sheet: string) => (fake.hasSheet(sheet) ? fake.sheet(sheet).values() : null),
  syncs: () => fake.syncCount,
};

Object.assign(window, { Office: office, Excel: excel, harness });
