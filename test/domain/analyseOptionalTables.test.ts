/** analyseTables and the optional Budget and Actions tables: read, checked, and dated by the reporting month. */
import { describe, expect, it } from "vitest";
import { reportingMonth } from "../../src/build";
import { analyseTables } from "../../src/domain/analyse";
import { computeResults } from "../../src/domain/gaps";
import { monthIndex } from "../../src/domain/periods";
import type { CellValue, RawTable } from "../../src/domain/types";

function table(name: string, headers: string[], rows: CellValue[][]): RawTable {
  return { name, sheet: name, origin: { row: 1, column: 1 }, headers, rows, source: "table" };
}

const data = table("IndicatorData", ["Code", "Period", "Value"], [
  ["IA_OOT", "2012-09", 60],
  ["IA_OOT", "2012-10", 63],
]);
const budget = table("Budget", ["Line", "Allocated", "Spent"], [
  ["Programme", 1000, 200],
  ["Negative", -5, null],
]);
// Due mid-October 2012 and still in progress.
const actions = table("Actions", ["Ref", "Action", "Due", "Status"], [["2.1.3", "Cut unallocated cases", "2012-10-15", "In progress"]]);

const keys = (issues: { rule: string; sheet: string; cell: string }[]) => issues.map((i) => `${i.rule} ${i.sheet}!${i.cell}`);

describe("analyseTables with Budget and Actions", () => {
  it("returns no budget and no actions when the tables are absent, and no issue about them", () => {
    const analysis = analyseTables(new Map([["indicatordata", data]]));
    expect(analysis.budget).toBeUndefined();
    expect(analysis.actions).toBeUndefined();
    expect(analysis.issues.filter((i) => i.sheet === "Budget" || i.sheet === "Actions")).toEqual([]);
  });

  it("reads both tables and merges their issues, at their cells", () => {
    const analysis = analyseTables(new Map([["indicatordata", data], ["budget", budget], ["actions", actions]]));
    expect(analysis.budget!.map((l) => l.line)).toEqual(["Programme", "Negative"]);
    expect(analysis.actions!.map((a) => a.ref)).toEqual(["2.1.3"]);
    expect(keys(analysis.issues)).toContain("budget-negative Budget!B3");
    expect(analysis.summary.errors).toBe(1);
  });

  it("dates the actions by the latest month with figures, taken as its last day", () => {
    const analysis = analyseTables(new Map([["indicatordata", data], ["actions", actions]]));
    expect(analysis.actionsMonth).toBe(monthIndex(2012, 10));
    expect(keys(analysis.issues)).toContain("action-past-due Actions!D2");
  });

  it("dates the actions by the month build reports, not by a minor indicator's later figure", () => {
    const early = table("IndicatorData", ["Code", "Period", "Value"], [...data.rows, ["CASELOAD", "2012-11", 21]]);
    const analysis = analyseTables(new Map([["indicatordata", early], ["actions", actions]]));
    expect(analysis.actionsMonth).toBe(monthIndex(2012, 10));
    expect(reportingMonth(analysis.catalogue, analysis.observations)).toEqual({ kind: "month", month: monthIndex(2012, 10) });
    const results = computeResults(analysis.catalogue, analysis.observations);
    expect(results.find((r) => r.code === "IA_OOT")?.month).toBe(monthIndex(2012, 10));
  });

  it("dates the actions by the reporting month when one is given", () => {
    const september = analyseTables(new Map([["indicatordata", data], ["actions", actions]]), undefined, { month: monthIndex(2012, 9) });
    expect(september.actionsMonth).toBe(monthIndex(2012, 9));
    expect(keys(september.issues)).not.toContain("action-past-due Actions!D2");
  });

  it("still checks Budget and Actions when IndicatorData is missing, judging nothing past due", () => {
    const analysis = analyseTables(new Map([["budget", budget], ["actions", actions]]));
    expect(analysis.summary.usable).toBe(false);
    expect(keys(analysis.issues)).toContain("budget-negative Budget!B3");
    expect(analysis.issues.map((i) => i.rule)).not.toContain("action-past-due");
    expect(analysis.actionsMonth).toBeUndefined();
  });
});
