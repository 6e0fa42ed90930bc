/**
 * Runs in the page before the pane's bundle: installs the fake workbook as
 * `window.Excel` and a fake `Office` (onReady, requirement sets, document
 * settings), and exposes `window.harness` for the test to inspect the fake.
 * Query string: `workbook=empty|sample|errors|loose|leftover` (default
 * sample), `api=1.17` (the highest ExcelApi set the stand-in host supports),
 * `theme=dark|black|colorful|white` (Office's theme; none given: no
 * officeTheme, as on hosts without it).
 */
import { parseAddress } from "../../fakes/fakeAddress";
import { createPaneFake } from "../../taskpane/paneWorkbooks";
import { listeners, raiseAdded, raiseChanged } from "./fakeEvents";
import { workbookSpec } from "./workbooks";

const params = new URLSearchParams(location.search);
const spec = workbookSpec(params.get("workbook"));
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

// Office's four themes, by the body background each paints.
const THEMES: Record<string, string> = { white: "#FFFFFF", colorful: "#FFFFFF", dark: "#262626", black: "#000000" };
const themeName = params.get("theme");
const officeTheme = themeName && THEMES[themeName] ? { bodyBackgroundColor: THEMES[themeName], bodyForegroundColor: themeName === "dark" || themeName === "black" ? "#FFFFFF" : "#000000" } : undefined;

const office = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
  context: {
    officeTheme,
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
  selection: () => fake.selection ?? null,
  activeSheet: () => fake.activeSheetName ?? null,
  activate: (name: string) => void (fake.state.activeSheet = fake.state.get(name)),
  sheetNames: () => fake.sheetNames(),
  tables: () => fake.state.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, rows: t.rect.rows, columns: t.rect.columns })),
  fill: (sheet: string, cell: string) => fake.fillOf(sheet, cell),
  snapshot: (sheet: string) => fake.sheet(sheet).snapshot(),
  charts: (sheet: string) => fake.sheet(sheet).charts.map((c) => ({ name: c.name, series: c.series.length, xValues: c.series[0]?.xValues ?? null })),
  settings: () => copy(saved),
  values: (sheet: string) => (fake.hasSheet(sheet) ? fake.sheet(sheet).values() : null),
  syncs: () => fake.syncCount,
  listeners: () => listeners(),
  cell: (sheet: string, address: string) => fake.sheet(sheet).cell(address).value,
  /** A person types `value` into `sheet`!`cell`. */
  edit: (sheet: string, cell: string, value: string | number) => {
    const state = fake.state.get(sheet);
    const at = parseAddress(cell);
    state.ensure(at.row, at.column).value = value;
    raiseChanged(state.id, cell);
  },
  /** A person pastes `rows` under the IndicatorData table, which grows to take them, as Excel's tables do. */
  pasteData: (rows: (string | number | null)[][]) => {
    const table = fake.state.tables.find((t) => t.name === "IndicatorData")!;
    const first = table.rect.row + table.rect.rows;
    rows.forEach((row, r) => row.forEach((v, c) => void (v !== null && (table.sheet.ensure(first + r, table.rect.column + c).value = v))));
    table.rect = { ...table.rect, rows: table.rect.rows + rows.length };
    raiseChanged(table.sheet.id, `A${first + 1}:H${first + rows.length}`);
  },
  /** A person adds a sheet. */
  addSheet: (name: string) => raiseAdded(fake.state.addSheet(name).id),
  /** Protects the workbook's structure (Review > Protect Workbook): builds then fail. */
  protectStructure: () => void (fake.state.structureProtected = true),
};

Object.assign(window, { Office: office, Excel: excel, harness });
