import { describe, expect, it } from "vitest";
import { analyseTables, sortIssues } from "../../src/domain/analyse";
import type { CellValue, RawTable, ValidationIssue } from "../../src/domain/types";

function table(name: string, headers: string[], rows: CellValue[][]): RawTable {
  return { name, sheet: name, origin: { row: 1, column: 1 }, headers, rows, source: "table" };
}

const data = (headers = ["Code", "Period", "Value"], rows: CellValue[][] = [["IA_OOT", "2012-10", 63]]) =>
  table("IndicatorData", headers, rows);
const rules = (issues: ValidationIssue[]) => issues.map((i) => `${i.rule} ${i.sheet}!${i.cell}`);

describe("analyseTables", () => {
  it("uses the built-in catalogue, and says so, when there is no Indicators table", () => {
    const analysis = analyseTables(new Map([["indicatordata", data()]]));
    expect(rules(analysis.issues)).toEqual(["default-catalogue IndicatorData!A1"]);
    expect(analysis.catalogue.some((i) => i.code === "IA_OOT")).toBe(true);
    expect(analysis.observations).toHaveLength(1);
  });

  it("does not mention the built-in catalogue when the workbook has its own", () => {
    const indicators = table("Indicators", ["Code", "Indicator", "Unit", "Polarity"], [["IA_OOT", "IAs out of timescale", "count", "lower"]]);
    const analysis = analyseTables(new Map([["indicators", indicators], ["indicatordata", data()]]));
    expect(rules(analysis.issues)).toEqual([]);
  });

  it("warns about a column named twice and uses the first", () => {
    const analysis = analyseTables(new Map([["indicatordata", data(["Code", "Period", "Value", " value "], [["IA_OOT", "2012-10", 63, 99]])]]));
    expect(rules(analysis.issues)).toContain("duplicate-column IndicatorData!D1");
    expect(analysis.observations[0]!.value).toBe(63);
  });

  it("does not warn when every header is different", () => {
    const analysis = analyseTables(new Map([["indicatordata", data(["Code", "Period", "Value", "Note"], [["IA_OOT", "2012-10", 63, "x"]])]]));
    expect(rules(analysis.issues)).not.toContain("duplicate-column IndicatorData!D1");
  });

  it("is unusable without an IndicatorData table", () => {
    const analysis = analyseTables(new Map());
    expect(analysis.summary.usable).toBe(false);
    expect(analysis.issues.map((i) => i.rule)).toContain("missing-table");
  });

  it("sorts issues by severity, then sheet, then row and column", () => {
    const at = (severity: ValidationIssue["severity"], cell: string): ValidationIssue => ({ rule: "value-not-number", severity, sheet: "S", cell, message: "m" });
    expect(sortIssues([at("info", "A1"), at("error", "B10"), at("error", "AA2"), at("error", "B2")]).map((i) => i.cell)).toEqual(["B2", "AA2", "B10", "A1"]);
  });
});

describe("analyseTables: regressions found by fuzzing", () => {
  it("puts the default-catalogue note at the data table's top-left cell, not at A1 of its sheet", () => {
    const placed: RawTable = { ...data(), sheet: "Data", origin: { row: 3, column: 2 } };
    const analysis = analyseTables(new Map([["indicatordata", placed]]));
    expect(rules(analysis.issues)).toEqual(["default-catalogue Data!B3"]);
  });
});
