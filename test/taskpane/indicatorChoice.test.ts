import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOGUE } from "../../src/domain/catalogue/defaultCatalogue";
import type { IndicatorResult } from "../../src/domain/results";
import { dashboardResults } from "../../src/report/dashboard/dashboardResults";
import { dashboardCodes } from "../../src/domain/settings";
import { choiceRows, moveRow } from "../../src/taskpane/indicatorChoice";

const catalogue = DEFAULT_CATALOGUE.slice(0, 4); // UNALLOC28, IA_OOT, NI59 (dashboard) and CA_OOT (dashboard)

function result(code: string): IndicatorResult {
  const indicator = DEFAULT_CATALOGUE.find((i) => i.code === code)!;
  return { code, area: "", indicator, month: 0, value: 1, previous: null, sameMonthLastYear: null, series: [], gaps: [], rag: "none", direction: "none", directionYearOnYear: "none" };
}

describe("the settings list of dashboard indicators", () => {
  it("follows the catalogue when nothing is saved", () => {
    expect(choiceRows(catalogue, undefined).map((r) => [r.code, r.shown])).toEqual(catalogue.map((i) => [i.code, i.dashboard]));
  });

  it("puts saved entries first, drops codes no longer in the catalogue and appends new ones", () => {
    const rows = choiceRows(catalogue, [
      { code: "ni59", shown: false },
      { code: "GONE", shown: true },
      { code: "UNALLOC28", shown: true },
    ]);
    expect(rows.map((r) => [r.code, r.shown])).toEqual([
      ["NI59", false],
      ["UNALLOC28", true],
      ["IA_OOT", true],
      ["CA_OOT", true],
    ]);
    expect(rows[0]!.name).toBe(catalogue[2]!.name);
  });

  it.each([
    [1, -1, ["b", "a", "c"]],
    [1, 1, ["a", "c", "b"]],
    [0, -1, ["a", "b", "c"]],
    [2, 1, ["a", "b", "c"]],
    [5, 1, ["a", "b", "c"]],
  ])("moves row %i by %i", (index, delta, expected) => {
    expect(moveRow(["a", "b", "c"], index, delta)).toEqual(expected);
  });
});

describe("applying the choice to results", () => {
  const results = catalogue.map((i) => result(i.code));

  it("leaves the catalogue's choice alone when nothing is saved", () => {
    expect(dashboardResults(results, dashboardCodes(catalogue, undefined)).map((r) => r.code)).toEqual(["UNALLOC28", "IA_OOT", "NI59", "CA_OOT"]);
  });

  it("shows the chosen indicators in the chosen order; unmentioned ones keep their flag and come last", () => {
    const codes = dashboardCodes(catalogue, [
      { code: "CA_OOT", shown: true },
      { code: "UNALLOC28", shown: false },
      { code: "NI59", shown: true },
    ]);
    expect(dashboardResults(results, codes).map((r) => r.code)).toEqual(["CA_OOT", "NI59", "IA_OOT"]);
    // The results themselves are not changed.
    expect(results[0]!.indicator.dashboard).toBe(true);
  });
});
