import { describe, expect, it } from "vitest";
import type { ValidationIssue } from "../../src/domain/types";
import { countWords, groupIssues, hasCell, issuePlace, severityHeading } from "../../src/taskpane/issueGroups";

const issue = (severity: ValidationIssue["severity"], sheet: string, cell: string, rule = "r"): ValidationIssue => ({ rule, severity, sheet, cell, message: "m" });

describe("grouping issues for the pane", () => {
  it("groups by severity (errors first) then by sheet, keeping each group's order and counts", () => {
    const issues = [
      issue("warning", "IndicatorData", "D6"),
      issue("error", "Indicators", "E3"),
      issue("error", "IndicatorData", "D7"),
      issue("error", "Indicators", "F4"),
      issue("info", "", "A1"),
    ];
    const groups = groupIssues(issues);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ["error", 3],
      ["warning", 1],
      ["info", 1],
    ]);
    expect(groups[0]!.tables.map((t) => [t.table, t.issues.map((i) => i.cell)])).toEqual([
      ["Indicators", ["E3", "F4"]],
      ["IndicatorData", ["D7"]],
    ]);
    expect(groups[2]!.tables[0]!.table).toBe("Workbook");
  });

  it("leaves out severities with no issues", () => {
    expect(groupIssues([issue("warning", "S", "A1")]).map((g) => g.severity)).toEqual(["warning"]);
    expect(groupIssues([])).toEqual([]);
  });

  it.each([
    ["IndicatorData", "D7", true, "IndicatorData!D7"],
    ["IndicatorData", "$D$7", true, "IndicatorData!$D$7"],
    ["", "A1", false, "Workbook"],
    ["Indicators", "D:D", false, "Indicators"],
  ])("a cell on %j at %j can be selected: %s", (sheet, cell, selectable, place) => {
    const i = issue("error", sheet, cell);
    expect(hasCell(i)).toBe(selectable);
    expect(issuePlace(i)).toBe(place);
  });

  it("says counts and headings in words", () => {
    expect(countWords("error", 1)).toBe("1 error");
    expect(countWords("warning", 1500)).toBe("1,500 warnings");
    expect(countWords("info", 2)).toBe("2 notes");
    expect(severityHeading("warning")).toBe("Warnings");
  });
});
