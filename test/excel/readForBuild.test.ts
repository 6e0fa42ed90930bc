/**
 * readForBuild + applyPlan({ existing }): a whole validate + build in 3 syncs
 * (read 2, write 1), the same for any number of indicators or months; and the
 * write request's tail (arrangement and cosmetic settings after the swap) never
 * costs a finished build.
 */
import { describe, expect, it } from "vitest";
import { applyPlan } from "../../src/excel/applyPlan";
import { ExcelShellError } from "../../src/excel/errors";
import { readForBuild } from "../../src/excel/readForBuild";
import { readWorkbookTables } from "../../src/excel/readTables";
import { DASHBOARD as DASHBOARD_SHEET, DASHBOARD_DATA } from "../../src/report/generatedSheets";
import { parseAddress } from "../fakes/fakeAddress";
import { createFakeExcel, type FakeExcel, type FakeOptions } from "../fakes/fakeExcel";
import { DASHBOARD, DATA, dashboardPlan, headlineRow, supportsUpTo } from "./planFixtures";

/** The dashboard and its chart data, as a shell names them before the plan exists. */
const dashboardSheets = () => [DASHBOARD_SHEET, DASHBOARD_DATA].map(({ name, inputs }) => ({ name, inputs }));

const ALL = supportsUpTo("1.17");

function workbook(rows: number, options: FakeOptions = {}): FakeExcel {
  const data: (string | number)[][] = [["Code", "Period", "Value"]];
  for (let i = 0; i < rows; i++)
    data.push([`IND${String(i % 60).padStart(3, "0")}`, `2012-${String((i % 12) + 1).padStart(2, "0")}`, i]);
  return createFakeExcel(
    { sheets: [{ name: "Data", tables: [{ name: "IndicatorData", address: "A1", values: data }] }] },
    options,
  );
}

/** One build as the task pane runs it; returns the syncs it took. */
async function build(fake: FakeExcel, shape: { indicators: number; months: number }): Promise<number> {
  const before = fake.syncCount;
  const read = await readForBuild(fake.excelContext, dashboardSheets());
  expect(read.tables.get("indicatordata")?.rows.length).toBeGreaterThan(0);
  const report = await applyPlan(fake.excelContext, dashboardPlan(shape), { ...ALL, existing: read.existing });
  expect(report.syncsByPhase).toEqual({ read: 0, write: 1, cosmetic: 0 });
  expect(read.syncs + report.syncs).toBe(fake.syncCount - before);
  return fake.syncCount - before;
}

describe("validate + build round trips", () => {
  it.each([
    { indicators: 6, months: 13 },
    { indicators: 60, months: 13 },
    { indicators: 6, months: 120 },
    { indicators: 60, months: 120 },
  ])("$indicators indicators × $months months: 3 syncs for a first build and 3 for a refresh", async (shape) => {
    const fake = workbook(shape.indicators * shape.months);
    expect(await build(fake, shape)).toBe(3);
    const { row, column } = parseAddress(`G${headlineRow(0)}`);
    fake.state.get(DASHBOARD).ensure(row, column).value = "Typed";

    expect(await build(fake, shape)).toBe(3);
    expect(fake.sheet(DASHBOARD).cell(`G${headlineRow(0)}`).value).toBe("Typed");
    expect(fake.sheetNames()).toEqual(["Data", DASHBOARD, DATA]);
  });

  it("reads the same tables as readWorkbookTables", async () => {
    const fake = workbook(50);
    const read = await readForBuild(fake.excelContext, dashboardSheets());
    expect(read.tables).toEqual(await readWorkbookTables(fake.excelContext));
    // Every sheet's A1 is read (one cell each): here the table's first header.
    expect(read.existing).toMatchObject({
      structureProtected: false,
      sheets: [{ name: "Data", position: 0, marker: "Code" }],
    });
  });

  it("takes 1 sync when there is neither a wanted table nor a sheet under a planned name", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", cells: [["Code"]] }] });
    const read = await readForBuild(fake.excelContext, dashboardSheets());
    expect(read.tables.size).toBe(0);
    expect([read.syncs, fake.syncCount]).toEqual([1, 1]);
  });

  it("falls back to chunked reads when the combined response would be too large, with the same result", async () => {
    const whole = await readForBuild(workbook(3000, { responseLimit: null }).excelContext, dashboardSheets());
    const fake = workbook(3000, { responseLimit: 40_000 });

    const read = await readForBuild(fake.excelContext, dashboardSheets(), { responseBudget: 30_000 });

    expect(read.tables).toEqual(whole.tables);
    expect(read.existing.sheets).toEqual(whole.existing.sheets);
    expect(read.syncs).toBe(fake.syncCount);
    expect(read.syncs).toBeGreaterThan(4);
  });

  it("applyPlan reads the sheets again when a planned sheet with inputs was not read for", async () => {
    const fake = workbook(20);
    const read = await readForBuild(fake.excelContext, [{ name: "Elsewhere", inputs: true }]);
    const report = await applyPlan(fake.excelContext, dashboardPlan({ indicators: 2, months: 13 }), {
      ...ALL,
      existing: read.existing,
    });
    expect(report.syncsByPhase.read).toBe(1);
  });

  it("needs no second read for a planned sheet without inputs that was not named, and still replaces it on a refresh", async () => {
    const fake = workbook(20);
    const plan = dashboardPlan({ indicators: 2, months: 13 });
    const onlyDashboard = dashboardSheets().slice(0, 1);
    await applyPlan(fake.excelContext, plan, {
      ...ALL,
      existing: (await readForBuild(fake.excelContext, onlyDashboard)).existing,
    });

    const read = await readForBuild(fake.excelContext, onlyDashboard);
    const report = await applyPlan(fake.excelContext, plan, { ...ALL, existing: read.existing });

    expect(report.syncsByPhase.read).toBe(0);
    expect(report.renamed).toEqual([]);
    expect(fake.sheetNames()).toEqual(["Data", DASHBOARD, DATA]);
  });
});

describe("the write request's tail", () => {
  const plan = dashboardPlan({ indicators: 2, months: 13 });

  it("treats a failure before anything was built on a refresh as a failed build, not a finished one", async () => {
    const fake = workbook(10);
    await applyPlan(fake.excelContext, plan, ALL);
    const names = fake.sheetNames();
    const before = fake.sheet(DASHBOARD).snapshot();
    // The refresh reads in 2 syncs; its write is the 3rd and fails at its first operation.
    fake.failOn({ sync: fake.syncCount + 3, code: "GeneralException", atOp: 0 });

    const error = await applyPlan(fake.excelContext, plan, ALL).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExcelShellError);
    expect(fake.sheetNames()).toEqual(names);
    expect(fake.sheet(DASHBOARD).snapshot()).toEqual(before);
  });

  it("finishes the build when only showing the dashboard failed, and retries it", async () => {
    const fake = workbook(10);
    fake.failOn({ sync: 2, code: "GeneralException", atOp: "Worksheet.activate" });

    const report = await applyPlan(fake.excelContext, plan, ALL);

    expect(report.skipped).toEqual([]);
    expect(fake.activeSheetName).toBe(DASHBOARD);
    expect(fake.sheetNames()).toEqual(["Data", DASHBOARD, DATA]);
    expect(report.syncsByPhase.write).toBe(1);
  });

  it("reports the sheet order as skipped when the host keeps refusing it", async () => {
    const fake = workbook(10);
    fake.failOn({ sync: 2, code: "AccessDenied", atOp: "Worksheet.activate", persistent: true });

    const report = await applyPlan(fake.excelContext, plan, ALL);

    expect(report.skipped).toEqual([{ setting: "sheet-order", sheet: DASHBOARD, reason: "AccessDenied" }]);
    expect(fake.sheet(DASHBOARD).charts).toHaveLength(2);
  });
});
