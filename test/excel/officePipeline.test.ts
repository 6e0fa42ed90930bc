/**
 * The Office.js path end to end on the fake: the sample tables as Excel would
 * hold them → readWorkbookTables → domain → the real report plan → applyPlan,
 * then a refresh after someone typed commentary.
 */
import { expect, it } from "vitest";
import { analyseTables } from "../../src/domain/analyse";
import { DEFAULT_CATALOGUE } from "../../src/domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../../src/domain/catalogue/readCatalogue";
import { computeResults } from "../../src/domain/gaps";
import { sampleObservationRows } from "../../src/sample/sampleData";
import type { CellValue } from "../../src/domain/types";
import { applyPlan } from "../../src/excel/applyPlan";
import { readForBuild } from "../../src/excel/readForBuild";
import { readWorkbookTables } from "../../src/excel/readTables";
import { DASHBOARD, DASHBOARD_DATA } from "../../src/report/generatedSheets";
import { buildDashboardPlan, DASHBOARD_SHEET_KEY } from "../../src/report";
import { parseAddress } from "../fakes/fakeAddress";
import { createFakeExcel } from "../fakes/fakeExcel";

/** The dashboard and its chart data, as a shell names them before the plan exists. */
const dashboardSheets = () => [DASHBOARD, DASHBOARD_DATA].map(({ name, inputs }) => ({ name, inputs }));

/** Excel hands dates to Office.js as serial numbers. */
function asExcelValue(v: CellValue): string | number | boolean | null {
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  return v;
}

function table(name: string, headers: string[], rows: CellValue[][]) {
  return { name, address: "A1", values: [headers, ...rows.map((r) => r.map(asExcelValue))] };
}

it("reads the sample tables, builds the real plan and refreshes it in 3 syncs each, validation included", async () => {
  const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
  const data = sampleObservationRows();
  const fake = createFakeExcel({
    sheets: [
      { name: "Indicators", tables: [table("Indicators", catalogue.headers, catalogue.rows)] },
      { name: "IndicatorData", tables: [table("IndicatorData", data.headers, data.rows)] },
    ],
  });

  // Read (2 syncs: names, then tables with what sits under the dashboard's names), validate, compute, write (1 sync).
  const build = async () => {
    const before = fake.syncCount;
    const read = await readForBuild(fake.excelContext, dashboardSheets());
    const analysis = analyseTables(read.tables);
    expect(analysis.summary.usable).toBe(true);
    const results = computeResults(analysis.catalogue, analysis.observations, {});
    const plan = buildDashboardPlan({ results, month: results[0]!.month });
    const report = await applyPlan(fake.excelContext, plan, { isSetSupported: () => true, existing: read.existing });
    return { plan, read, report, syncs: fake.syncCount - before };
  };

  const first = await build();
  expect(first.plan.sheets.map((p) => ({ name: p.name, inputs: p.inputs.length > 0 }))).toEqual(dashboardSheets());
  expect([first.read.syncs, first.report.syncs, first.syncs]).toEqual([2, 1, 3]);
  expect(first.report.skipped).toEqual([]);
  const dashboard = first.plan.sheets.find((s) => s.key === DASHBOARD_SHEET_KEY)!;
  for (const name of first.report.written) expect(fake.sheet(name).formulas()).toEqual({});
  expect(fake.sheet(dashboard.name).charts.map((c) => c.name)).toEqual(dashboard.charts.map((c) => c.name));
  expect(fake.activeSheetName).toBe(dashboard.name);

  const input = dashboard.inputs[0]!;
  const { row, column } = parseAddress(input.address);
  fake.state.get(dashboard.name).ensure(row, column).value = "Reviewed at the October surgery.";

  const second = await build();
  expect([second.read.syncs, second.report.syncs, second.syncs]).toEqual([2, 1, 3]);
  expect(second.report.carriedInputs).toBe(1);
  expect(fake.sheet(dashboard.name).cell(input.address).value).toBe("Reviewed at the October surgery.");
  expect(fake.sheetNames()).toEqual(["Indicators", "IndicatorData", ...first.report.written]);

  // Without the combined read, the same refresh reads the tables (2) and then the sheets (2) before writing (1).
  const tables = await readWorkbookTables(fake.excelContext);
  const analysis = analyseTables(tables);
  const results = computeResults(analysis.catalogue, analysis.observations, {});
  const separate = await applyPlan(fake.excelContext, buildDashboardPlan({ results, month: results[0]!.month }), { isSetSupported: () => true });
  expect(separate.syncsByPhase).toEqual({ read: 2, write: 1, cosmetic: 0 });
});
