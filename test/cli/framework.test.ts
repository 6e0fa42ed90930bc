/**
 * The framework sheets through the command line: init writes Budget and
 * Actions, validate finds no errors in them, build writes every sheet whose
 * input exists, adds notice / budget / actions to --json, and keeps Notice
 * tracker commentary across a refresh.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CATALOGUE } from "../../src/domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../../src/domain/catalogue/readCatalogue";
import { sampleObservationRows } from "../../src/sample/sampleData";
import { loadWorkbook } from "../support/loadWorkbook";
import { writeTablesWorkbook } from "../../src/xlsx/writeTables";
import { initSample, inputCell, scorecard } from "./run";

interface JsonIssue {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
}

async function sheetNames(path: string): Promise<string[]> {
  return (await loadWorkbook(new Uint8Array(readFileSync(path)))).worksheets.map((ws) => ws.name);
}

/** The cell of a Notice tracker input, and what it holds. */
const trackerCell = (path: string, key: string) => inputCell(path, "Notice Tracker", key);

describe("the framework sheets from the command line", () => {
  let dir: string;
  let sample: string;
  beforeAll(async () => {
    ({ dir, sample } = await initSample());
  });

  it("init writes Budget and Actions tables that validate reads with no errors and no warnings", async () => {
    expect(await sheetNames(sample)).toEqual(["Indicators", "IndicatorData", "Areas", "Budget", "Actions"]);
    const run = await scorecard("validate", sample, "--json");
    expect(run.code).toBe(0);
    const { issues } = JSON.parse(run.stdout) as { issues: JsonIssue[] };
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const framework = issues.filter((i) => i.sheet === "Budget" || i.sheet === "Actions");
    // The sample's statuses are as at October 2011; validate judges them at the latest month with figures (March 2017).
    expect(framework.every((i) => i.rule === "action-past-due" && i.severity === "info")).toBe(true);
    expect(framework.length).toBeGreaterThan(0);
  });

  it("build --json adds notice, budget and actions after period and indicators", async () => {
    const run = await scorecard("build", sample, "-o", join(dir, "out.xlsx"), "--period", "2012-10", "--json");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(["period", "indicators", "notice", "budget", "actions"]);
    expect(json.notice.find((n: { code: string }) => n.code === "IA_OOT")).toMatchObject({
      target: "≤ 200 by Aug 2011",
      rag: "green",
      verdict: "met",
    });
    expect(json.budget.total).toMatchObject({ allocated: 1_000_000, deducted: 251_000, net: 749_000 });
    expect(json.actions.asAt).toBe("2012-10-31");
  });

  it("build writes every sheet whose input exists", async () => {
    const out = join(dir, "sheets.xlsx");
    const run = await scorecard("build", sample, "-o", out, "--period", "2012-10");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Notice Tracker, Area Scorecards, Improvement Budget, Plan Actions and Dashboard Data\.$/,
    );
    expect((await sheetNames(out)).slice(5)).toEqual([
      "Member Dashboard",
      "Notice Tracker",
      "Area Scorecards",
      "Improvement Budget",
      "Plan Actions",
      "Dashboard Data",
    ]);
  });

  it("without Budget and Actions tables, builds no budget or actions sheet and prints null for them", async () => {
    const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
    const data = sampleObservationRows();
    const bare = join(dir, "bare.xlsx");
    writeFileSync(
      bare,
      await writeTablesWorkbook([
        { sheet: "Indicators", table: "Indicators", headers: catalogue.headers, rows: catalogue.rows },
        { sheet: "IndicatorData", table: "IndicatorData", headers: data.headers, rows: data.rows },
      ]),
    );
    const out = join(dir, "bare-out.xlsx");
    const run = await scorecard("build", bare, "-o", out, "--period", "2012-10", "--json");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect([json.budget, json.actions]).toEqual([null, null]);
    expect(await sheetNames(out)).toEqual([
      "Indicators",
      "IndicatorData",
      "Member Dashboard",
      "Notice Tracker",
      "Area Scorecards",
      "Dashboard Data",
    ]);
  });

  it("keeps commentary typed in the Notice tracker when built again, for another month too", async () => {
    const first = join(dir, "first.xlsx");
    expect((await scorecard("build", sample, "-o", first, "--period", "2012-10")).code).toBe(0);
    const key = "tracker:CP_2YR:0";
    const { address, text } = await trackerCell(first, key);
    // The prompt is the cell's note, never its value.
    expect(text).toBeNull();
    const wb = await loadWorkbook(new Uint8Array(readFileSync(first)));
    const typed = "Plans reviewed monthly by the CP chairs since June.";
    wb.getWorksheet("Notice Tracker")!.getCell(address).value = typed;
    writeFileSync(first, await wb.xlsx.writeBuffer());

    const again = join(dir, "again.xlsx");
    expect((await scorecard("build", first, "-o", again, "--period", "2012-11")).code).toBe(0);
    expect((await trackerCell(again, key)).text).toBe(typed);
    expect((await sheetNames(again)).filter((n) => n === "Notice Tracker")).toHaveLength(1);
  });
});
