/**
 * The Office.js shell matches the file shell on two edges: generated text
 * longer than a cell holds is cut short instead of failing the write, and a
 * generated sheet a person protected is protected again after a rebuild (with
 * the same settings, though without the password, which Office.js cannot read).
 */
import { describe, expect, it } from "vitest";
import { applyPlan } from "../../src/excel/applyPlan";
import { fitBlock } from "../../src/excel/writeSheet";
import { readForBuild } from "../../src/excel/readForBuild";
import { plannedSheets } from "../../src/excel/readExisting";
import { EXCEL_CELL_TEXT_LIMIT } from "../../src/report/plan/textSafety";
import { parseAddress } from "../fakes/fakeAddress";
import { createFakeExcel, type FakeExcel } from "../fakes/fakeExcel";
import { DASHBOARD, DATA, dashboardPlan, headlineRow, supportsUpTo } from "./planFixtures";

const ALL = supportsUpTo("1.17");
const plan = dashboardPlan({ indicators: 2, months: 13 });

/** A workbook with an IndicatorData table (so `readForBuild` reads the sheets too) and a built dashboard. */
async function built(): Promise<FakeExcel> {
  const fake = createFakeExcel({
    sheets: [{ name: "Data", tables: [{ name: "IndicatorData", address: "A1", values: [["Code", "Period", "Value"], ["NI62", "2012-10", 5]] }] }],
  });
  await applyPlan(fake.excelContext, plan, ALL);
  return fake;
}

describe("text longer than a cell holds", () => {
  it("is cut to Excel's limit with a final ellipsis, and the build goes through", async () => {
    const long = "Children in need ".repeat(3000); // 51,000 characters
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });

    const report = await applyPlan(fake.excelContext, dashboardPlan({ indicators: 2, months: 13, names: () => long }), ALL);

    expect(report.written).toEqual([DASHBOARD, DATA]);
    const written = fake.sheet(DASHBOARD).cell(`C${headlineRow(0)}`).value as string;
    expect(written).toHaveLength(EXCEL_CELL_TEXT_LIMIT);
    expect(written.endsWith("…")).toBe(true);
    expect(long.startsWith(written.slice(0, -1))).toBe(true);
  });

  it("leaves a block with nothing too long as it is", () => {
    const block = { address: "B2", values: [["short", 1, null]] };
    expect(fitBlock(block)).toBe(block);
    expect(fitBlock({ address: "B2", values: [["x".repeat(EXCEL_CELL_TEXT_LIMIT + 1), 1]] }).values[0]![1]).toBe(1);
  });
});

describe("a protected generated sheet", () => {
  it("is rebuilt and protected again with the same settings, without a password, and reported", async () => {
    const fake = await built();
    const options = { allowFormatColumns: true, allowSort: true, selectionMode: "Unlocked" };
    fake.protectSheet(DASHBOARD, true, { options, password: "members only" });

    const report = await applyPlan(fake.excelContext, dashboardPlan({ indicators: 3, months: 13 }), ALL);

    expect(report.reprotected).toEqual([DASHBOARD]);
    expect(report.skipped).toEqual([]);
    expect(report.syncsByPhase).toEqual({ read: 2, write: 1, cosmetic: 0 });
    const dashboard = fake.sheet(DASHBOARD);
    expect(dashboard.charts).toHaveLength(3);
    expect(dashboard.protection).toEqual({ protected: true, options: expect.objectContaining(options) as unknown });
    expect(fake.sheet(DATA).protection.protected).toBe(false);
    expect(fake.sheetNames()).toEqual(["Data", DASHBOARD, DATA]);
  });

  it("is protected again after every setting reached it (print setup, gridlines, chart styles)", async () => {
    const fake = await built();
    fake.protectSheet(DASHBOARD);

    await applyPlan(fake.excelContext, plan, ALL);

    const dashboard = fake.sheet(DASHBOARD);
    expect(dashboard.protection.protected).toBe(true);
    expect(dashboard.pageLayout.orientation).toBe("Landscape");
    expect(dashboard.showGridlines).toBe(false);
    expect(dashboard.charts[0]!.series[1]!.lineStyle).toBe("Dash");
  });

  it("leaves sheets nobody protected unprotected, and reports none", async () => {
    const fake = await built();
    const report = await applyPlan(fake.excelContext, plan, ALL);
    expect(report.reprotected).toEqual([]);
    expect(fake.sheet(DASHBOARD).protection.protected).toBe(false);
  });

  it("carries typed commentary from the protected sheet", async () => {
    const fake = await built();
    const { row, column } = parseAddress(`G${headlineRow(1)}`);
    fake.state.get(DASHBOARD).ensure(row, column).value = "Reviewed in October.";
    fake.protectSheet(DASHBOARD);

    const report = await applyPlan(fake.excelContext, plan, ALL);

    expect(report.carriedInputs).toBe(1);
    expect(fake.sheet(DASHBOARD).cell(`G${headlineRow(1)}`).value).toBe("Reviewed in October.");
  });

  it("is read in the build's own read, so a refresh stays at 3 syncs", async () => {
    const fake = await built();
    fake.protectSheet(DASHBOARD, true, { options: { allowFormatRows: true } });
    const before = fake.syncCount;

    const read = await readForBuild(fake.excelContext, plannedSheets(plan));
    const report = await applyPlan(fake.excelContext, plan, { ...ALL, existing: read.existing });

    expect(read.existing.protectedSheets).toEqual([{ name: DASHBOARD, options: expect.objectContaining({ allowFormatRows: true }) as unknown }]);
    expect(fake.syncCount - before).toBe(3);
    expect(report.reprotected).toEqual([DASHBOARD]);
    expect(fake.sheet(DASHBOARD).protection.options).toMatchObject({ allowFormatRows: true });
  });

  it("when protecting again fails, still finishes the build and reports the sheet as left unprotected", async () => {
    const fake = await built();
    fake.protectSheet(DASHBOARD);
    // Sync 3 is the write (after 2 reads); the host refuses protection there and on the retry.
    fake.failOn({ sync: fake.syncCount + 3, code: "AccessDenied", atOp: "WorksheetProtection.protect", persistent: true });

    const report = await applyPlan(fake.excelContext, dashboardPlan({ indicators: 3, months: 13 }), ALL);

    expect(report.reprotected).toEqual([]);
    expect(report.skipped).toEqual([{ setting: "protection", sheet: DASHBOARD, reason: "AccessDenied" }]);
    expect(fake.sheet(DASHBOARD).charts).toHaveLength(3);
    expect(fake.sheet(DASHBOARD).protection.protected).toBe(false);
  });
});
