import { describe, expect, it } from "vitest";
import type { ValidationIssue } from "../../src/domain/types";
import { countWords, filterGroups, groupByKind, groupLabel, hasCell, issueLine, issuePlace, navigableIssues, sectionOf, severityHeading } from "../../src/taskpane/issueGroups";

const issue = (severity: ValidationIssue["severity"], sheet: string, cell: string, rule: ValidationIssue["rule"] = "value-not-number", message = "m"): ValidationIssue => ({ rule, severity, sheet, cell, message });

describe("grouping issues by kind for the pane", () => {
  it("makes one group per section, rule and table, biggest first, with a plain title and count", () => {
    const issues = [
      issue("warning", "IndicatorData", "D6", "value-missing"),
      issue("error", "IndicatorData", "B9", "bad-period"),
      issue("error", "IndicatorData", "D7"),
      issue("error", "IndicatorData", "D8"),
      issue("error", "Indicators", "E3", "catalogue-bad-number"),
    ];
    const groups = groupByKind(issues);
    expect(groups.map((g) => [g.section, g.rule, g.table, g.issues.map((i) => i.cell)])).toEqual([
      ["error", "value-not-number", "IndicatorData", ["D7", "D8"]],
      ["error", "bad-period", "IndicatorData", ["B9"]],
      ["error", "catalogue-bad-number", "Indicators", ["E3"]],
      ["warning", "value-missing", "IndicatorData", ["D6"]],
    ]);
    expect(groupLabel(groups[0]!)).toBe("Value is not a number — 2 cells");
    expect(groupLabel(groups[1]!)).toBe("Period is not a month — 1 cell");
  });

  it("keeps explained queries apart: an info issue carrying its explanation", () => {
    const explained = { ...issue("info", "IndicatorData", "D9", "implausible-jump"), explanation: "New team started" };
    expect(sectionOf(explained)).toBe("explained");
    expect(sectionOf(issue("info", "IndicatorData", "D9", "implausible-jump"))).toBe("info");
    expect(sectionOf(issue("info", "IndicatorData", "D9", "hidden-rows"))).toBe("info");
    expect(groupByKind([explained, issue("warning", "IndicatorData", "D2", "implausible-jump")]).map((g) => g.section)).toEqual(["warning", "explained"]);
    expect(issueLine({ ...explained, message: "A jump at D9." })).toBe("A jump at D9. Explained: New team started");
  });

  it("filters by section and table, and walks only issues with a cell", () => {
    const groups = groupByKind([issue("error", "IndicatorData", "D7"), issue("error", "Indicators", "E3", "catalogue-bad-number"), issue("error", "", "", "missing-table")]);
    expect(filterGroups(groups, { table: "Indicators" }).map((g) => g.rule)).toEqual(["catalogue-bad-number"]);
    expect(filterGroups(groups, { section: "warning" })).toEqual([]);
    expect(navigableIssues(groups).map((i) => i.cell)).toEqual(["D7", "E3"]);
  });

  it("says each place once: the table left to the group, the cell named by the sentence or put in front", () => {
    expect(issueLine(issue("error", "IndicatorData", "D5", "value-not-number", 'In table IndicatorData, cell D5 (Value) holds "n/a".'))).toBe('Cell D5 (Value) holds "n/a".');
    expect(issueLine(issue("warning", "IndicatorData", "D5", "value-missing", "The value is blank."))).toBe("D5: The value is blank.");
    expect(issueLine(issue("error", "", "", "missing-table", "No IndicatorData table."))).toBe("No IndicatorData table.");
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
    expect(countWords("explained", 1)).toBe("1 explained query");
    expect(severityHeading("warning")).toBe("Warnings");
  });

  it("titles a rule it has no words for from its summary, never its id", () => {
    const [g] = groupByKind([issue("warning", "Budget", "C4", "budget-overcommitted", "x")]);
    expect(g!.title).toBe("Spent plus committed is more than the net budget");
  });
});
