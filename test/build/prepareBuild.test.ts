/** The one build decision both front ends call: each outcome, the settings it applies, the month it picks. */
import { describe, expect, it } from "vitest";
import { prepareBuild, reportingMonth } from "../../src/build";
import { analysedReportingMonth } from "../../src/build/reportingMonth";
import { analyseTables } from "../../src/domain/analyse";
import { DEFAULT_CATALOGUE } from "../../src/domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../../src/domain/catalogue/readCatalogue";
import { toBuildJson } from "../../src/domain/gaps";
import { monthIndex } from "../../src/domain/periods";
import { sampleObservationRows } from "../../src/sample/sampleData";
import type { CellValue, RawTable, WorkbookTables } from "../../src/domain/types";
import { DASHBOARD_SHEET_KEY } from "../../src/report/dashboard/buildDashboardPlan";

function table(name: string, { headers, rows }: { headers: string[]; rows: CellValue[][] }): RawTable {
  return { name, sheet: name, origin: { row: 1, column: 1 }, headers, rows, source: "table" };
}
const sample = sampleObservationRows();
const catalogue = table("Indicators", catalogueToTable(DEFAULT_CATALOGUE));
function workbook(extra: RawTable[] = [], data: CellValue[][] = sample.rows): WorkbookTables {
  const tables = [catalogue, table("IndicatorData", { headers: sample.headers, rows: data }), ...extra];
  return new Map(tables.map((t) => [t.name.toLowerCase(), t]));
}
const settings = (rows: CellValue[][]) => table("Settings", { headers: ["Setting", "Value"], rows });
const chartCodes = (plan: { sheets: { key: string; charts: { name: string }[] }[] }) =>
  plan.sheets.find((s) => s.key === DASHBOARD_SHEET_KEY)!.charts.map((c) => c.name.replace(/^chart-/, ""));
const LATEST = monthIndex(2017, 3);

describe("prepareBuild", () => {
  it("is ready with the latest month, the default settings, the plan and the JSON worked out once", () => {
    const built = prepareBuild(workbook(), { allowErrors: false });
    if (built.kind !== "ready") throw new Error(JSON.stringify(built));
    expect(built.month).toBe(LATEST);
    expect(built.settings).toEqual({ tolerancePercent: 10, monthsShown: 13 });
    expect(built.json).toMatchObject(toBuildJson(built.results, LATEST));
    expect(built.json.budget).toBeNull();
    expect(built.json.notice.length).toBeGreaterThan(0);
    expect(chartCodes(built.plan)).toEqual(built.dashboard.map((r) => r.code));
    expect(built.errorsIgnored).toBe(0);
  });

  it("cannot build without an IndicatorData table, and says which table", () => {
    const built = prepareBuild(new Map(), { allowErrors: true });
    expect(built).toMatchObject({
      kind: "cannot-build",
      reason: "no-data-table",
      message: expect.stringContaining("IndicatorData"),
    });
  });

  it("cannot build without figures, or for a month with none, listing the months that have some", () => {
    expect(prepareBuild(workbook([], [["IA_OOT", "2012-10", null]]), { allowErrors: true })).toMatchObject({
      kind: "cannot-build",
      reason: "no-figures",
    });
    const built = prepareBuild(workbook(), { month: monthIndex(2030, 1), allowErrors: false });
    expect(built).toEqual({
      kind: "cannot-build",
      reason: "unknown-period",
      message: "No data for 2030-01. Months with data: 2011-02 to 2017-03.",
    });
  });

  it("stops on data errors with their count, and builds anyway when asked, saying how many it ignored", () => {
    const faulty = sample.rows.map((r, i) =>
      i === 3 ? r.map((v, c) => (sample.headers[c] === "Value" ? "n/a" : v)) : r,
    );
    expect(prepareBuild(workbook([], faulty), { allowErrors: false })).toEqual({ kind: "has-errors", errors: 1 });
    expect(prepareBuild(workbook([], faulty), { allowErrors: true })).toMatchObject({
      kind: "ready",
      errorsIgnored: 1,
    });
  });

  it("builds the dashboard the Settings table describes: indicators, order, months and tolerance", () => {
    const built = prepareBuild(
      workbook([
        settings([
          ["Dashboard indicators", "NI60, UNALLOC28"],
          ["Months shown", 6],
          ["Default tolerance", 0],
        ]),
      ]),
      { allowErrors: false },
    );
    if (built.kind !== "ready") throw new Error(JSON.stringify(built));
    expect(built.settings).toMatchObject({ monthsShown: 6, tolerancePercent: 0 });
    expect(chartCodes(built.plan)).toEqual(["NI60", "UNALLOC28"]);
    const data = built.plan.sheets.find((s) => s.name === "Dashboard Data")!;
    // Six months ending March 2017: October 2016 to March 2017, nothing earlier.
    expect(JSON.stringify(data.blocks)).toContain('["Oct 2016",');
    expect(JSON.stringify(data.blocks)).not.toContain('["Sep 2016",');
  });

  it("lets the Settings table win over the caller's defaults, setting by setting", () => {
    const built = prepareBuild(workbook([settings([["Months shown", 4]])]), {
      allowErrors: false,
      defaults: { monthsShown: 24, tolerancePercent: 0 },
    });
    expect(built).toMatchObject({ kind: "ready", settings: { monthsShown: 4, tolerancePercent: 0 } });
  });

  it("rates with the default tolerance the settings give", () => {
    const rag = (tolerance: number) => {
      const built = prepareBuild(workbook([settings([["Default tolerance", tolerance]])]), {
        month: monthIndex(2011, 11),
        allowErrors: false,
      });
      if (built.kind !== "ready") throw new Error(JSON.stringify(built));
      return built.dashboard.map((r) => r.rag).join(",");
    };
    expect(rag(0)).not.toBe(rag(100));
  });

  it("cannot build when no chosen indicator is in the catalogue, and counts the unknown code as an error", () => {
    const tables = workbook([settings([["Dashboard indicators", "NOPE"]])]);
    expect(prepareBuild(tables, { allowErrors: false })).toEqual({ kind: "has-errors", errors: 1 });
    expect(prepareBuild(tables, { allowErrors: true })).toMatchObject({
      kind: "cannot-build",
      reason: "no-dashboard-indicators",
    });
  });
});

describe("an empty dashboard", () => {
  it("still builds the other sheets when the catalogue marks nothing for the dashboard and no choice was made", () => {
    const none = {
      ...catalogue,
      rows: catalogue.rows.map((r) => r.map((v, c) => (catalogue.headers[c] === "Dashboard" ? "no" : v))),
    };
    const tables = workbook();
    const built = prepareBuild(new Map([...tables, ["indicators", none]]), { allowErrors: false });
    expect(built).toMatchObject({ kind: "ready", dashboard: [] });
  });
});

describe("reportingMonth", () => {
  const at = { sheet: "IndicatorData", cell: "D2" };
  const obs = (month: number, value: number | null) => ({ code: "X", month, area: "", value, at, row: 0 });
  it("is the month asked for when it has figures, else the latest month with a figure", () => {
    const observations = [obs(100, 1), obs(101, null), obs(99, 2)];
    expect(reportingMonth([], observations)).toEqual({ kind: "month", month: 100 });
    expect(reportingMonth([], observations, 99)).toEqual({ kind: "month", month: 99 });
    expect(reportingMonth([], observations, 101)).toMatchObject({ kind: "unknown" });
    expect(reportingMonth([], [obs(100, null)])).toEqual({ kind: "no-figures" });
  });
});

describe("analysedReportingMonth", () => {
  it("takes the month the analysis chose, which is reportingMonth's choice, without looking again", () => {
    const analysis = analyseTables(workbook());
    expect(analysedReportingMonth(analysis)).toEqual(reportingMonth(analysis.catalogue, analysis.observations));
    expect(analysedReportingMonth({ ...analysis, observations: [] })).toEqual({ kind: "month", month: analysis.month });
  });

  it("still checks a month asked for against the figures", () => {
    const analysis = analyseTables(workbook());
    expect(analysedReportingMonth(analysis, monthIndex(2012, 9))).toEqual({ kind: "month", month: monthIndex(2012, 9) });
    expect(analysedReportingMonth(analysis, monthIndex(1999, 1))).toMatchObject({ kind: "unknown" });
  });

  it("says there are no figures when the analysis found none", () => {
    const analysis = analyseTables(workbook([], []));
    expect(analysis.month).toBeUndefined();
    expect(analysedReportingMonth(analysis)).toEqual({ kind: "no-figures" });
  });
});
