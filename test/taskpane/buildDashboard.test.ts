/** The pane's build against the fake: stages, the errors question, settings applied, sync counts. */
import { describe, expect, it } from "vitest";
import { monthIndex } from "../../src/domain/periods";
import { buildDashboard, type BuildStage } from "../../src/taskpane/operations/buildDashboard";
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
      code: "InvalidOperationInCellEditMode",
      message: expect.stringContaining("Press Enter or Esc"),
    });
  });
});
