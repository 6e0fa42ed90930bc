/** The pane's build against the fake: stages, the errors question, settings applied, sync counts. */
import { describe, expect, it } from "vitest";
import { monthIndex } from "../../src/domain/periods";
import { sampleActionRows } from "../../src/sample/sampleActions";
import { sampleBudgetRows } from "../../src/sample/sampleBudget";
import type { CellValue } from "../../src/domain/types";
import { NOTICE_TRACKER_NAME, TRACKER_PLACEHOLDER } from "../../src/report/tracker/noticeTrackerSheet";
import { buildDashboard, builtSentence, type BuildStage } from "../../src/taskpane/operations/buildDashboard";
import { DEFAULT_PANE_SETTINGS, type PaneSettings } from "../../src/taskpane/paneSettings";
import { createPaneFake, emptyWorkbookSpec, fakeServices, sampleWorkbookSpec } from "./paneWorkbooks";

const settings = (over: Partial<PaneSettings> = {}): PaneSettings => ({ ...DEFAULT_PANE_SETTINGS, ...over });

describe("building the dashboard from the pane", () => {
  it("stops before writing when the data has errors, and builds when the person says so", async () => {
    const fake = createPaneFake(sampleWorkbookSpec());
    const services = fakeServices(fake);
    const stages: BuildStage[] = [];
    const first = await buildDashboard(services, { allowErrors: false, settings: settings() }, (s) => stages.push(s));
    expect(first).toEqual({ kind: "has-errors", errors: 1 });
    expect(stages).toEqual(["reading", "checking"]);
    expect(fake.hasSheet("Member Dashboard")).toBe(false);

    stages.length = 0;
    const start = fake.syncCount;
    const built = await buildDashboard(services, { allowErrors: true, settings: settings() }, (s) => stages.push(s));
    expect(stages).toEqual(["reading", "checking", "gaps", "writing"]);
    // Read 2 (tables, and the sheets under the dashboard's names), write 1.
    expect(fake.syncCount - start).toBe(3);
    if (built.kind !== "built") throw new Error(`not built: ${JSON.stringify(built)}`);
    const { summary } = built;
    expect(summary.sheet).toBe("Member Dashboard");
    expect(summary.month).toBe(monthIndex(2017, 3));
    expect(summary.errorsIgnored).toBe(1);
    expect(summary.indicators).toBe(6);
    const { green, amber, red, none } = summary.counts;
    expect(green + amber + red + none).toBe(6);
    expect(fake.sheet("Member Dashboard").charts).toHaveLength(6);
    expect(fake.activeSheetName).toBe("Member Dashboard");
  });

  it("uses the saved choice of indicators, their order and the months shown", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    const indicators = [
      { code: "NI60", shown: true },
      { code: "UNALLOC28", shown: true },
      { code: "NI59", shown: false },
    ];
    const built = await buildDashboard(fakeServices(fake), { allowErrors: false, settings: settings({ indicators, monthsShown: 6 }) });
    if (built.kind !== "built") throw new Error("not built");
    // NI59 is off; IA_OOT, CA_OOT and POSTS_FILLED keep the catalogue's "yes" and follow the saved ones.
    expect(built.summary.indicators).toBe(5);
    const charts = fake.sheet("Member Dashboard").charts;
    expect(charts.map((c) => c.name).slice(0, 2)).toEqual([expect.stringContaining("NI60"), expect.stringContaining("UNALLOC28")]);
    expect(charts.some((c) => c.name.includes("NI59"))).toBe(false);
    const categories = charts[0]!.series[0]!.xValues!;
    const [, range] = categories.split("!");
    const rows = range!.split(":").map((a) => Number(a.replace(/[A-Z]/g, "")));
    expect(rows[1]! - rows[0]! + 1).toBe(6);
  });

  it("judges with the default tolerance from the settings", async () => {
    // In the sample, one indicator without a tolerance of its own is short of target in Nov 2011.
    const counts = async (tolerancePercent: number) => {
      const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
      const built = await buildDashboard(fakeServices(fake), { month: monthIndex(2011, 11), allowErrors: false, settings: settings({ tolerancePercent }) });
      if (built.kind !== "built") throw new Error("not built");
      return built.summary.counts;
    };
    expect(await counts(0)).toMatchObject({ amber: 0, red: 1 });
    expect(await counts(100)).toMatchObject({ amber: 1, red: 0 });
  });

  it("builds for a chosen month and refuses one without figures", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    const services = fakeServices(fake);
    const built = await buildDashboard(services, { month: monthIndex(2012, 10), allowErrors: false, settings: settings() });
    expect(built).toMatchObject({ kind: "built", summary: { month: monthIndex(2012, 10) } });
    const missing = await buildDashboard(services, { month: monthIndex(2030, 1), allowErrors: false, settings: settings() });
    expect(missing).toMatchObject({ kind: "cannot-build", message: expect.stringContaining("2030-01") });
  });

  it("refreshes in 3 syncs, and says when no indicator is chosen", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    const services = fakeServices(fake);
    await buildDashboard(services, { allowErrors: false, settings: settings() });
    const start = fake.syncCount;
    await buildDashboard(services, { allowErrors: false, settings: settings() });
    expect(fake.syncCount - start).toBe(3);
    const off = await buildDashboard(services, { allowErrors: false, settings: settings({ indicators: [] }) });
    expect(off.kind).toBe("built");
    const allOff = ["UNALLOC28", "IA_OOT", "NI59", "CA_OOT", "NI60", "POSTS_FILLED"].map((code) => ({ code, shown: false }));
    expect(await buildDashboard(services, { allowErrors: false, settings: settings({ indicators: allOff }) })).toMatchObject({ kind: "cannot-build" });
  });

  it("takes as many syncs with 300 rows of figures as with the whole sample", async () => {
    const syncsFor = async (dataRows?: number) => {
      const spec = sampleWorkbookSpec({ fault: false });
      const data = spec.sheets[1]!.tables![0]!;
      if (dataRows !== undefined) data.values = data.values.slice(0, dataRows + 1);
      const fake = createPaneFake(spec);
      expect(await buildDashboard(fakeServices(fake), { allowErrors: false, settings: settings() })).toMatchObject({ kind: "built" });
      return fake.syncCount;
    };
    expect(await syncsFor()).toBe(await syncsFor(300));
  });

  it("renames around a person's own sheet and reports what an older Excel left out", async () => {
    const spec = sampleWorkbookSpec({ fault: false });
    spec.sheets.push({ name: "Member Dashboard", cells: [["my own notes"]] });
    const fake = createPaneFake(spec, { apiVersion: "1.8" });
    const built = await buildDashboard(fakeServices(fake), { allowErrors: false, settings: settings() });
    if (built.kind !== "built") throw new Error("not built");
    expect(built.summary.renamed).toEqual([{ wanted: "Member Dashboard", used: built.summary.sheet }]);
    expect(built.summary.sheet).not.toBe("Member Dashboard");
    expect(built.summary.skipped.map((s) => s.setting)).toContain("print");
    expect(fake.sheet("Member Dashboard").values()).toEqual([["my own notes"]]);
  });

  it("cannot build a workbook without IndicatorData", async () => {
    const fake = createPaneFake(emptyWorkbookSpec());
    expect(await buildDashboard(fakeServices(fake), { allowErrors: true, settings: settings() })).toMatchObject({ kind: "cannot-build" });
  });

  it("turns a cell being edited into the sentence with the next step", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    fake.failOn({ sync: 1, code: "InvalidOperationInCellEditMode" });
    await expect(buildDashboard(fakeServices(fake), { allowErrors: false, settings: settings() })).rejects.toMatchObject({
      code: "EXCEL_CELL_EDIT_MODE",
      message: expect.stringContaining("Press Enter or Esc"),
    });
  });
});

/** A table of the sample as Excel holds it (dates as serial numbers). */
function sampleTable(name: string, { headers, rows }: { headers: string[]; rows: CellValue[][] }) {
  const value = (v: CellValue) => (v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : v);
  return { name, tables: [{ name, address: "A1", values: [headers, ...rows.map((r) => r.map(value))] }] };
}

describe("the pane builds the whole workbook plan, like the command line", () => {
  it("writes the Notice Tracker and area scorecards beside the dashboard, and says so", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    const built = await buildDashboard(fakeServices(fake), { allowErrors: false, settings: settings() });
    if (built.kind !== "built") throw new Error("not built");
    expect(built.summary.otherSheets).toEqual([NOTICE_TRACKER_NAME, "Area Scorecards"]);
    expect(fake.sheetNames()).toEqual(["Indicators", "IndicatorData", "Member Dashboard", NOTICE_TRACKER_NAME, "Area Scorecards", "Dashboard Data"]);
    expect(builtSentence(built.summary)).toContain(`Also written: ${NOTICE_TRACKER_NAME} and Area Scorecards.`);
    // The scorecards' trend lines need sparklines, which Office.js cannot draw: the text trend stays.
    expect(built.summary.skipped).toEqual([{ setting: "sparklines", sheet: "Area Scorecards", reason: "no Office JavaScript API" }]);
  });

  it("adds the budget and actions sheets when their tables exist, as at the chosen month", async () => {
    const spec = sampleWorkbookSpec({ fault: false });
    spec.sheets.push(sampleTable("Budget", sampleBudgetRows()), sampleTable("Actions", sampleActionRows()));
    const fake = createPaneFake(spec);
    const start = fake.syncCount;
    const built = await buildDashboard(fakeServices(fake), { month: monthIndex(2011, 10), allowErrors: true, settings: settings() });
    if (built.kind !== "built") throw new Error("not built");
    expect(fake.syncCount - start).toBe(3);
    expect(built.summary.otherSheets).toEqual([NOTICE_TRACKER_NAME, "Area Scorecards", "Improvement Budget", "Plan Actions"]);
    // The actions sheet is as at the chosen month, not the latest month with figures.
    expect(JSON.stringify(fake.sheet("Plan Actions").values())).toContain("October 2011");
  });

  it("keeps the dashboard to the indicators chosen in the settings", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    const indicators = ["UNALLOC28", "IA_OOT", "NI59", "CA_OOT", "NI60", "POSTS_FILLED"].map((code) => ({ code, shown: code === "NI60" }));
    const built = await buildDashboard(fakeServices(fake), { allowErrors: false, settings: settings({ indicators }) });
    expect(built).toMatchObject({ kind: "built", summary: { indicators: 1 } });
    expect(fake.sheet("Member Dashboard").charts.map((c) => c.name)).toEqual([expect.stringContaining("NI60")]);
  });

  it("carries a Notice Tracker commentary over a refresh, still in 3 syncs", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    const services = fakeServices(fake);
    await buildDashboard(services, { allowErrors: false, settings: settings() });
    const tracker = fake.sheet(NOTICE_TRACKER_NAME);
    const rows = tracker.values();
    // The prompt is the cell's input message, never its value: find the cell by its key in column A.
    expect(rows.some((row) => row.includes(TRACKER_PLACEHOLDER))).toBe(false);
    const r = rows.findIndex((row) => typeof row[0] === "string" && row[0].startsWith("input:tracker:"));
    expect(r).toBeGreaterThan(0);
    const column = /@([A-Z]+)/.exec(String(rows[r]![0]))![1]!;
    const c = column.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    fake.state.get(NOTICE_TRACKER_NAME).ensure(r, c).value = "Returned to the DfE on 14 November.";

    const start = fake.syncCount;
    const again = await buildDashboard(services, { allowErrors: false, settings: settings() });

    expect(again.kind).toBe("built");
    expect(fake.syncCount - start).toBe(3);
    expect(fake.sheet(NOTICE_TRACKER_NAME).values()[r]![c]).toBe("Returned to the DfE on 14 November.");
  });

  it("protects a protected dashboard again, and the summary says the password is gone", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    const services = fakeServices(fake);
    await buildDashboard(services, { allowErrors: false, settings: settings() });
    fake.protectSheet("Member Dashboard", true, { options: { allowFormatColumns: true }, password: "members" });

    const again = await buildDashboard(services, { allowErrors: false, settings: settings() });

    if (again.kind !== "built") throw new Error("not built");
    expect(again.summary.reprotected).toEqual(["Member Dashboard"]);
    expect(fake.sheet("Member Dashboard").protection).toEqual({ protected: true, options: expect.objectContaining({ allowFormatColumns: true }) as unknown });
    expect(builtSentence(again.summary)).toMatch(/Member Dashboard was protected; it is protected again, without a password/);
  });
});
