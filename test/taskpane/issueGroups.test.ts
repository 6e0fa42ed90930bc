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

  it("puts explained queries in a group of their own after the warnings, apart from the other notes", () => {
    const explained: ValidationIssue = { ...issue("info", "IndicatorData", "D10", "implausible-jump"), explanation: "the backlog was cleared" };
    const groups = groupIssues([issue("info", "Actions", "F2"), explained, issue("warning", "IndicatorData", "D6")]);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ["warning", 1],
      ["explained", 1],
      ["info", 1],
    ]);
    expect(groups[1]!.tables[0]!.issues).toEqual([explained]);
    expect(severityHeading("explained")).toBe("Explained queries");
    expect(countWords("explained", 1)).toBe("1 explained query");
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
