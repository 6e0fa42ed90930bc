import { describe, expect, it } from "vitest";
import { applyPlan } from "../../src/excel/applyPlan";
import type { WorkbookPlan } from "../../src/report/plan/plan";
import { createFakeExcel } from "../fakes/fakeExcel";
import { DASHBOARD, DATA, dashboardPlan, supportsUpTo } from "./planFixtures";

/** The small dashboard plus a large block of values on the data sheet. */
function hugePlan(rows: number): WorkbookPlan {
  const plan = dashboardPlan({ indicators: 2, months: 13 });
  const values = Array.from({ length: rows }, (_, r) => [`row ${r + 1}`, r, r * 1.5, "-", `=not a formula ${r}`, null]);
  plan.sheets[1]!.blocks.push({ address: "Z1", values });
  return plan;
}

describe("large writes are split below the payload budget", () => {
  const budget = 60_000;

  it("splits a huge block into chunks, each request under the budget, and loses nothing", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] }, { requestLimit: budget });

    const report = await applyPlan(fake.excelContext, hugePlan(6000), { ...supportsUpTo("1.17"), payloadBudget: budget });

    expect(report.syncsByPhase.write).toBeGreaterThan(5);
    expect(fake.largestRequest).toBeLessThan(budget);
    expect(report.largestRequestBytes).toBeLessThanOrEqual(budget);
    expect(report.largestRequestBytes).toBeGreaterThanOrEqual(Math.max(...fake.requestSizes));
    const data = fake.sheet(DATA);
    expect(data.cell("Z6000").value).toBe("row 6000");
    expect(data.cell("AB6000").value).toBe(5999 * 1.5);
    expect(data.cell("AD6000")).toMatchObject({ value: "=not a formula 5999", numberFormat: "@" });
    expect(data.formulas()).toEqual({});
    expect(fake.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
  });

  it("keeps the same plan in one write request under the default budget", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    const report = await applyPlan(fake.excelContext, hugePlan(6000), supportsUpTo("1.17"));
    expect(report.syncsByPhase.write).toBe(1);
  });

  it("fails cleanly when the host's cap is lower than the budget assumed", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] }, { requestLimit: budget });
    const error = await applyPlan(fake.excelContext, hugePlan(6000), supportsUpTo("1.17")).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "EXCEL_REQUEST_TOO_LARGE", phase: "write" });
    expect(fake.sheetNames()).toEqual(["Data"]);
  });
});

describe("newer requirement sets are optional", () => {
  const plan = dashboardPlan({ indicators: 2, months: 13 });

  it("on ExcelApi 1.8 skips and reports print setup, and still builds", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] }, { apiVersion: "1.8" });

    const report = await applyPlan(fake.excelContext, plan, supportsUpTo("1.8"));

    expect(report.skipped).toEqual([{ setting: "print", sheet: DASHBOARD, reason: "needs ExcelApi 1.9" }]);
    expect(fake.sheet(DASHBOARD).pageLayout).toEqual({});
    expect(fake.sheet(DASHBOARD).showGridlines).toBe(false);
    expect(fake.context.application.screenUpdatingSuspensions).toBe(0);
  });

  it("on ExcelApi 1.7 also skips gridlines and the axis number format", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] }, { apiVersion: "1.7" });

    const report = await applyPlan(fake.excelContext, plan, supportsUpTo("1.7"));

    expect(report.skipped.map((s) => s.setting).sort()).toEqual(["axis-number-format", "gridlines", "print", "prompts"]);
    expect(fake.sheet(DASHBOARD).showGridlines).toBe(true);
    expect(fake.sheet(DASHBOARD).charts[0]!.valueAxis.numberFormat).toBeUndefined();
    expect(fake.sheet(DASHBOARD).charts[0]!.series[1]!.lineStyle).toBe("Dash");
  });

  it("suspends screen updating once per write request where 1.9 exists", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    await applyPlan(fake.excelContext, plan, supportsUpTo("1.9"));
    expect(fake.context.application.screenUpdatingSuspensions).toBe(1);
  });
});

describe("cosmetic chart settings never fail the build", () => {
  const plan = dashboardPlan({ indicators: 2, months: 13 });

  // A first build reads in sync 1 and writes in sync 2, the settings riding at the end of that request.
  it("retries kind by kind and reports only the kind the host rejects", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    fake.failOn({ sync: 2, code: "InvalidOperation", atOp: "ChartSeries.markerStyle", persistent: true });

    const report = await applyPlan(fake.excelContext, plan, supportsUpTo("1.17"));

    expect(report.skipped).toEqual([{ setting: "series-markers", sheet: DASHBOARD, reason: "InvalidOperation" }]);
    const chart = fake.sheet(DASHBOARD).charts[1]!;
    expect(chart.series[0]!.markerStyle).toBeUndefined();
    expect(chart.series[1]!.lineStyle).toBe("Dash");
    expect(chart.valueAxis.minimum).toBe(0);
    expect(fake.sheet(DASHBOARD).pageLayout.orientation).toBe("Landscape");
    expect(fake.sheetNames()).toEqual(["Data", DASHBOARD, DATA]);
    expect(fake.activeSheetName).toBe(DASHBOARD);
    // The write request carried them all; then 1 look to see the swap had finished, and one sync
    // per kind present (sheet order, dash, width, markers, bounds, number format, gridlines, print,
    // unsmoothed lines, input-cell prompts), and one per sheet with frozen panes (the dashboard).
    expect(report.syncsByPhase).toEqual({ read: 1, write: 1, cosmetic: 1 + 10 + 1 });
  });

  it("skips a print setup the host rejects and keeps the rest", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    fake.failOn({ sync: 2, code: "InvalidArgument", atOp: "PageLayout.zoom", persistent: true });

    const report = await applyPlan(fake.excelContext, plan, supportsUpTo("1.17"));

    expect(report.skipped).toEqual([{ setting: "print", sheet: DASHBOARD, reason: "InvalidArgument" }]);
    expect(fake.sheet(DASHBOARD).charts[0]!.series[0]!.markerStyle).toBe("Circle");
    expect(fake.sheet(DASHBOARD).showGridlines).toBe(false);
  });
});
