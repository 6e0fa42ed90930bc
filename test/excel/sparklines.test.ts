/** Sparklines in a plan: the Office JavaScript API has none, so the shell writes everything else and says it left them out. */
import { describe, expect, it } from "vitest";
import { applyPlan } from "../../src/excel/applyPlan";
import type { WorkbookPlan } from "../../src/report/plan/plan";
import { createFakeExcel } from "../fakes/fakeExcel";
import { DASHBOARD, DATA, dashboardPlan, supportsUpTo } from "./planFixtures";

const ALL = supportsUpTo("1.17");

function withSparklines(plan: WorkbookPlan, count: number): WorkbookPlan {
  const [dashboard, ...rest] = plan.sheets;
  const sparklines = Array.from({ length: count }, (_, i) => ({ location: `Z${i + 1}`, dataSheet: DATA, dataRange: "C4:C6", markers: true }));
  return { ...plan, sheets: [{ ...dashboard!, sparklines }, ...rest] };
}

describe("planned sparklines on the Office.js shell", () => {
  it.each([
    { name: "none planned", count: 0, skipped: [] },
    { name: "some planned", count: 3, skipped: [{ setting: "sparklines", sheet: DASHBOARD, reason: "no Office JavaScript API" }] },
  ])("reports them as left out only when the plan has any ($name), in the same syncs", async ({ count, skipped }) => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    const plain = await applyPlan(createFakeExcel({ sheets: [{ name: "Data" }] }).excelContext, dashboardPlan({ indicators: 2, months: 13 }), ALL);

    const report = await applyPlan(fake.excelContext, withSparklines(dashboardPlan({ indicators: 2, months: 13 }), count), ALL);

    expect(report.skipped).toEqual(skipped);
    expect(report.syncs).toBe(plain.syncs);
    expect(report.written).toEqual([DASHBOARD, DATA]);
  });

  it("reports a sheet once however many sparklines it plans, under its final name", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }, { name: DASHBOARD }] });
    const report = await applyPlan(fake.excelContext, withSparklines(dashboardPlan({ indicators: 2, months: 13 }), 5), ALL);
    const used = report.renamed[0]!.used;
    expect(report.skipped).toEqual([{ setting: "sparklines", sheet: used, reason: "no Office JavaScript API" }]);
  });
});
