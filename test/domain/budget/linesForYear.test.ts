import { describe, expect, it } from "vitest";
import { linesForYear, lineYear, readBudget } from "../../../src/domain/budget";
import { monthIndex } from "../../../src/domain/periods";
import { budgetTable, line } from "./fixtures";

const read = (rows: Parameters<typeof budgetTable>[0]) => readBudget(budgetTable(rows)).lines;

describe("the reporting month's financial year for budget lines", () => {
  const lines = read([
    line({ Line: "Programme 2011-12", Year: "2011/12" }),
    line({ Line: "Programme 2012-13", Year: "2012-13" }),
    line({ Line: "Profiled, no year", "Apr 2012": 10_000 }),
    line({ Line: "Undated" }),
  ]);

  it("keeps the lines of the month's year (Year cell, else the profile's year) and the undated ones", () => {
    const oct = linesForYear(lines, monthIndex(2012, 10));
    expect(oct).toMatchObject({ year: "2012-13", otherYears: ["2011-12"], undated: 1 });
    expect(oct.lines.map((l) => l.line)).toEqual(["Programme 2012-13", "Profiled, no year", "Undated"]);
  });

  it("dates a month before April to the year before", () => {
    const feb = linesForYear(lines, monthIndex(2012, 2));
    expect(feb.year).toBe("2011-12");
    expect(feb.lines.map((l) => l.line)).toEqual(["Programme 2011-12", "Undated"]);
    expect(feb.otherYears).toEqual(["2012-13"]);
  });

  it("reads a line's year from its Year cell before its profile", () => {
    expect(lines.map(lineYear)).toEqual(["2011-12", "2012-13", "2012-13", undefined]);
  });
});
