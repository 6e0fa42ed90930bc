/**
 * Fake workbooks for the pane's tests and the browser harness: empty, and the
 * sample tables as Excel would hold them with one planted fault (#N/A in
 * IndicatorData!D7), a cell that already has a fill of its own (D6), and an
 * indicator whose name is markup. Plain TypeScript, no Node imports.
 */
import { DEFAULT_CATALOGUE } from "../../src/domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../../src/domain/catalogue/readCatalogue";
import { sampleObservationRows } from "../../src/sample/sampleData";
import type { CellValue } from "../../src/domain/types";
import type { DocumentSettings } from "../../src/taskpane/documentSettings";
import { memorySettings } from "../../src/taskpane/documentSettings";
import { hostStatus } from "../../src/taskpane/hostNotices";
import type { PaneServices } from "../../src/taskpane/paneServices";
import { parseAddress } from "../fakes/fakeAddress";
import { createFakeExcel, type FakeExcel, type FakeOptions, type FakeWorkbookSpec } from "../fakes/fakeExcel";

export const PLANTED_FAULT = { sheet: "IndicatorData", cell: "D7" } as const;
/** A problem cell that has a fill of its own before any highlight. */
export const FILLED_CELL = { sheet: "IndicatorData", cell: "D6", fill: "#DDEBF7" } as const;
export const MARKUP_NAME = "<img src=x onerror=alert(1)>";

/** Excel hands dates to Office.js as serial numbers. */
function asExcelValue(v: CellValue): string | number | boolean | null {
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  return v;
}

function tableValues(headers: readonly string[], rows: readonly (readonly CellValue[])[]): (string | number | boolean | null)[][] {
  return [[...headers], ...rows.map((r) => r.map(asExcelValue))];
}

export function emptyWorkbookSpec(): FakeWorkbookSpec {
  return { sheets: [{ name: "Sheet1" }] };
}

/** The sample tables, with the planted fault and the markup-named indicator unless turned off. */
export function sampleWorkbookSpec(options: { fault?: boolean; markupName?: boolean } = {}): FakeWorkbookSpec {
  const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
  const data = sampleObservationRows();
  if (options.markupName ?? true) catalogue.rows[0]![1] = MARKUP_NAME;
  // Data rows start on row 2: D7 is data row 6 (index 5), the Value column.
  if (options.fault ?? true) data.rows[5]![3] = "#N/A";
  // D6's jump (the 2011 backlog clearance) keeps a warning to highlight: its "Explained:" note is taken off.
  data.rows[4]![7] = "Illustrative";
  return {
    sheets: [
      { name: "Indicators", tables: [{ name: "Indicators", address: "A1", values: tableValues(catalogue.headers, catalogue.rows) }] },
      { name: "IndicatorData", tables: [{ name: "IndicatorData", address: "A1", values: tableValues(data.headers, data.rows) }] },
    ],
    active: "Indicators",
  };
}

/** A fake with the planted cell fill in place. */
export function createPaneFake(spec: FakeWorkbookSpec, options: FakeOptions = {}): FakeExcel {
  const fake = createFakeExcel(spec, options);
  if (fake.hasSheet(FILLED_CELL.sheet)) {
    const rect = parseAddress(FILLED_CELL.cell);
    fake.state.get(FILLED_CELL.sheet).ensure(rect.row, rect.column).format.fill = FILLED_CELL.fill;
  }
  return fake;
}

/** The pane's services over a fake: its context as Excel.run's, memory settings, its API level. */
export function fakeServices(fake: FakeExcel, settings: DocumentSettings = memorySettings()): PaneServices {
  const version = fake.runtime.apiVersion;
  const n = (v: string): number => {
    const [a = "0", b = "0"] = v.split(".");
    return Number(a) * 1000 + Number(b);
  };
  const supports = (v: string): boolean => n(v) <= n(version);
  return {
    excel: (batch) => batch(fake.excelContext),
    settings,
    supports,
    host: hostStatus(supports),
  };
}
