/**
 * The Office.js path end to end on the fake: the sample tables as Excel would
 * hold them → readWorkbookTables → domain → the real report plan → applyPlan,
 * then a refresh after someone typed commentary.
 */
import { expect, it } from "vitest";
import { analyseTables } from "../../src/domain/analyse";
import { DEFAULT_CATALOGUE } from "../../src/domain/catalogue";
import { catalogueToTable } from "../../src/domain/catalogueTable";
import { computeResults } from "../../src/domain/gaps";
import { sampleObservationRows } from "../../src/domain/sampleData";
import type { CellValue } from "../../src/domain/types";
import { applyPlan } from "../../src/excel/applyPlan";
import { readWorkbookTables } from "../../src/excel/readTables";
import { buildDashboardPlan, DASHBOARD_SHEET_KEY } from "../../src/report";
import { parseAddress } from "../fakes/fakeAddress";
import { createFakeExcel } from "../fakes/fakeExcel";

/** Excel hands dates to Office.js as serial numbers. */
function asExcelValue(v: CellValue): string | number | boolean | null {
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  return v;
}

function table(name: string, headers: string[], rows: CellValue[][]) {
  return { name, address: "A1", values: [headers, ...rows.map((r) => r.map(asExcelValue))] };
}

it("reads the sample tables, builds the real plan and refreshes it in a constant number of syncs", async () => {
  const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
  const data = sampleObservationRows();
  const fake = createFakeExcel({
    sheets: [
      { name: "Indicators", tables: [table("Indicators", catalogue.headers, catalogue.rows)] },
      { name: "IndicatorData", tables: [table("IndicatorData", data.headers, data.rows)] },
    ],
  });

  const tables = await readWorkbookTables(fake.excelContext);
  const analysis = analyseTables(tables);
  expect(analysis.summary.usable).toBe(true);
  const results = computeResults(analysis.catalogue, analysis.observations, {});
  const plan = buildDashboardPlan({ results, month: results[0]!.month });
  const dashboard = plan.sheets.find((s) => s.key === DASHBOARD_SHEET_KEY)!;

  const first = await applyPlan(fake.excelContext, plan, { isSetSupported: () => true });
  expect(first.syncs).toBe(3);
  expect(first.skipped).toEqual([]);
  for (const name of first.sheets) expect(fake.sheet(name).formulas()).toEqual({});
  expect(fake.sheet(dashboard.name).charts.map((c) => c.name)).toEqual(dashboard.charts.map((c) => c.name));

  const input = dashboard.inputs[0]!;
  const { row, column } = parseAddress(input.address);
  fake.state.get(dashboard.name).ensure(row, column).value = "Reviewed at the October surgery.";

  const second = await applyPlan(fake.excelContext, plan, { isSetSupported: () => true });
  expect(second.syncs).toBe(4);
  expect(second.carriedInputs).toBe(1);
  expect(fake.sheet(dashboard.name).cell(input.address).value).toBe("Reviewed at the October surgery.");
  expect(fake.sheetNames()).toEqual(["Indicators", "IndicatorData", ...first.sheets]);
});
