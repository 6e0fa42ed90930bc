/**
 * What real Excel does that a kind fake would not: each case plays a
 * behaviour of Excel (documented, or reported on the office-js tracker) in the
 * fake and shows the shell copes. Each of these failed against the shell
 * before it was taught the behaviour.
 */
import { describe, expect, it } from "vitest";
import { applyPlan } from "../../src/excel/applyPlan";
import type { WorkbookPlan } from "../../src/report/plan/plan";
import { createFakeExcel } from "../fakes/fakeExcel";
import { DASHBOARD, DATA, dashboardPlan, headlineRow, supportsUpTo } from "./planFixtures";

const ALL = supportsUpTo("1.17");
const plan = dashboardPlan({ indicators: 3, months: 13 });
const commentary = `G${headlineRow(0)}`;

describe("a protected dashboard, rebuilt", () => {
  it("stays protected and its commentary cells stay typeable", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    await applyPlan(fake.excelContext, plan, ALL);
    fake.protectSheet(DASHBOARD);
    // Every cell is locked by default: without unlocking, typing is refused once the sheet is protected.
    expect(() => fake.typeInto(DASHBOARD, "C2", "x")).toThrow(/protected/);

    const report = await applyPlan(fake.excelContext, plan, ALL);

    expect(report.reprotected).toEqual([DASHBOARD]);
    expect(fake.sheet(DASHBOARD).protection.protected).toBe(true);
    fake.typeInto(DASHBOARD, commentary, "Caseloads fell after the new team started.");
    expect(fake.sheet(DASHBOARD).cell(commentary).value).toBe("Caseloads fell after the new team started.");
    expect(() => fake.typeInto(DASHBOARD, "C2", "x")).toThrow(/protected/);
  });

  it("is protected again when Excel reports some protection options as null", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    await applyPlan(fake.excelContext, plan, ALL);
    fake.protectSheet(DASHBOARD, true, { options: { allowFormatColumns: true, allowInsertHyperlinks: null, allowPivotTables: null } });

    const report = await applyPlan(fake.excelContext, plan, ALL);

    expect(report.skipped.filter((s) => s.setting === "protection")).toEqual([]);
    expect(fake.sheet(DASHBOARD).protection).toMatchObject({ protected: true, options: { allowFormatColumns: true } });
  });
});

describe("text stays exactly the text", () => {
  const texts = ["#N/A", "#div/0!", "'quoted", "5 PM", "1 1/2", "12/10/2012", "Oct 2012", "=SUM(A1)", "+44 1234", "-ve", "@home", "0123", "TRUE"];
  const textPlan: WorkbookPlan = {
    sheets: [{ ...dashboardPlan({ indicators: 1, months: 13 }).sheets[0]!, blocks: [{ address: "B2", values: texts.map((t) => [t]) }], inputs: [], charts: [], merges: [], styles: [] }],
  };

  it.each(texts.map((t, i) => [t, i] as const))("%j", async (text, i) => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    await applyPlan(fake.excelContext, textPlan, ALL);
    const cell = fake.sheet(DASHBOARD).cell(`B${2 + i}`);
    expect(cell).toMatchObject({ value: text });
    expect(cell.error).toBeUndefined();
    expect(cell.formula).toBeUndefined();
  });
});

describe("settings some hosts refuse or ignore", () => {
  it("freezing panes on a sheet that is not active (Office 2019) costs only that setting, never the build", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] }, { quirks: { freezeNeedsActiveSheet: true } });
    const frozenData: WorkbookPlan = { ...plan, sheets: plan.sheets.map((s) => (s.name === DATA ? { ...s, freeze: { rows: 1, columns: 0 } } : s)) };

    const report = await applyPlan(fake.excelContext, frozenData, ALL);

    expect(report.written).toEqual([DASHBOARD, DATA]);
    expect(fake.sheet(DASHBOARD).freeze).toEqual({ rows: 3, columns: 0 });
    expect(report.skipped.filter((s) => s.setting === "freeze")).toEqual([{ setting: "freeze", sheet: DATA, reason: "GeneralException" }]);
    expect(fake.activeSheetName).toBe(DASHBOARD);
  });

  it("reports fit-to-width as not applied when the host silently ignores it", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] }, { quirks: { fitToPagesIgnored: true } });

    const report = await applyPlan(fake.excelContext, plan, ALL);

    expect(report.skipped).toContainEqual(expect.objectContaining({ setting: "print", sheet: DASHBOARD, reason: expect.stringMatching(/fit to page width/) }));
    expect(report.syncs).toBe(2);
  });

  it("removes a very hidden leftover of an interrupted build (Excel refuses to delete a very hidden sheet)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }, { name: "~sc-tmp-1", visibility: "VeryHidden" }] });

    const report = await applyPlan(fake.excelContext, plan, ALL);

    expect(report.written).toEqual([DASHBOARD, DATA]);
    expect(fake.sheetNames().filter((n) => n.startsWith("~sc-"))).toEqual([]);
  });
});
