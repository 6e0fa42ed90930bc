import { describe, expect, it } from "vitest";
import { decideSheets, type ExistingSheet, variantNumber } from "../../src/report/plan/decideSheets";
import { markerText } from "../../src/report/plan/preserve";
import { DASHBOARD, DATA, dashboardPlan } from "../excel/planFixtures";

const plan = dashboardPlan({ indicators: 1, months: 13 });
const ours = (name: string, position: number, values?: ExistingSheet["values"]): ExistingSheet => ({
  name,
  position,
  marker: markerText(name.startsWith(DATA) ? "dashboard-data" : "member-dashboard"),
  ...(values ? { values } : {}),
});
const theirs = (name: string, position: number): ExistingSheet => ({ name, position, marker: "My notes" });

describe("variantNumber", () => {
  it.each([
    ["Member Dashboard", 0],
    ["member dashboard", 0],
    ["Member Dashboard (2)", 2],
    ["Member Dashboard (12)", 12],
    ["Member Dashboard (1)", undefined],
    ["Member Dashboard copy", undefined],
    ["Other (2)", undefined],
  ])("%s → %s", (name, expected) => {
    expect(variantNumber(name, DASHBOARD)).toBe(expected);
  });

  it("recognises the shortened names freeSheetName makes for long names", () => {
    const wanted = "A very long dashboard name here";
    expect(variantNumber(`${wanted} (3)`.slice(-31), wanted)).toBe(3);
  });
});

describe("decideSheets", () => {
  it("builds new sheets under unused temporary names and replaces nothing on a first build", () => {
    const d = decideSheets(plan, [theirs("Data", 0), theirs("~sc-tmp-1x", 1)]);
    expect(d.sheets.map((s) => [s.finalName, s.tempName, s.replaces])).toEqual([
      [DASHBOARD, "~sc-tmp-1", undefined],
      [DATA, "~sc-tmp-2", undefined],
    ]);
    expect(d.renamed).toEqual([]);
  });

  it("replaces our previous sheets, parks them, and carries typed text", () => {
    const values = [[markerText("member-dashboard")], [null], [null], ["input:commentary:IND001@C", null, "Typed"]];
    const d = decideSheets(plan, [ours(DASHBOARD, 0, values), ours(DATA, 1)]);
    expect(d.sheets[0]).toMatchObject({ finalName: DASHBOARD, replaces: { name: DASHBOARD, position: 0 }, parkedName: "~sc-old-2" });
    expect([...d.sheets[0]!.typed]).toEqual([["commentary:IND001", "Typed"]]);
  });

  it("goes round a person's sheet and reuses our earlier (2) sheet", () => {
    const d = decideSheets(plan, [theirs(DASHBOARD, 0), ours(`${DASHBOARD} (2)`, 1), ours(DATA, 2)]);
    expect(d.sheets[0]).toMatchObject({ finalName: `${DASHBOARD} (2)`, replaces: { name: `${DASHBOARD} (2)` } });
    expect(d.renamed).toEqual([{ wanted: DASHBOARD, used: `${DASHBOARD} (2)` }]);
  });

  it("takes the planned name back once the person's sheet is gone", () => {
    const d = decideSheets(plan, [ours(`${DASHBOARD} (2)`, 0)]);
    expect(d.sheets[0]).toMatchObject({ finalName: DASHBOARD, replaces: { name: `${DASHBOARD} (2)` } });
    expect(d.renamed).toEqual([]);
  });

  it("never adopts a sheet whose marker is for another key", () => {
    const d = decideSheets(plan, [{ name: DASHBOARD, position: 0, marker: markerText("area-dashboard") }]);
    expect(d.sheets[0]!.replaces).toBeUndefined();
    expect(d.sheets[0]!.finalName).toBe(`${DASHBOARD} (2)`);
  });

  it("lists leftover temporary and parked sheets for deletion", () => {
    const d = decideSheets(plan, [theirs("Data", 0), theirs("~sc-tmp-1", 1), theirs("~sc-old-4", 2)]);
    expect(d.leftoverTemps).toEqual(["~sc-tmp-1", "~sc-old-4"]);
    expect(d.sheets.map((s) => s.tempName)).toEqual(["~sc-tmp-2", "~sc-tmp-3"]);
  });
});
