/** The reporting month, and an indicator whose whole-authority figure stops short of it. */
import { describe, expect, it } from "vitest";
import { buildNotices } from "../../../src/domain/buildNotices";
import { computeResults, dashboardMissing, reportingMonth } from "../../../src/domain/gaps";
import { monthIndex } from "../../../src/domain/periods";
import { CATALOGUE, analyse, found, monthly } from "./fixtures";

const FEB = monthIndex(2012, 2);

describe("the reporting month", () => {
  // CASES and RATE are on the dashboard; GAP is not, and has a later figure.
  const data = [
    ...monthly("CASES", null, [2012, 1], [5, 6]),
    ...monthly("RATE", null, [2012, 1], [50]),
    ...monthly("RATE", "Whole", [2012, 2], [51]),
    ...monthly("GAP", null, [2012, 3], [30]),
  ];
  // Analysed inside each test, not while the file is collected, so mutation testing can tell which test covers what.
  const analysed = () => analyse(data);

  it("is the latest month the dashboard indicators have, not the latest month of any row", () => {
    expect(reportingMonth(CATALOGUE, analysed().observations)).toBe(FEB);
    expect(computeResults(CATALOGUE, analysed().observations)[0]!.month).toBe(FEB);
  });

  it("missing-authority-figure: warns at the table for an indicator reported last month and not this month, with a hint", () => {
    expect(found(analysed().issues, "missing-authority-figure")).toEqual([
      ["missing-authority-figure", "warning", "IndicatorData!A1"],
    ]);
    const message = analysed().issues.find((i) => i.rule === "missing-authority-figure")!.message;
    expect(message).toMatch(/RATE for Jan 2012 but none for Feb 2012, the reporting month/);
    expect(message).toMatch(/row for Whole that month/);
  });

  it("the build names the dashboard indicators missing from the month", () => {
    expect(dashboardMissing(CATALOGUE, analysed().observations, FEB)).toEqual(["RATE"]);
    expect(buildNotices(analysed(), FEB)).toEqual([
      "RATE has no whole-authority figure for February 2012, so the dashboard shows no value for it.",
    ]);
  });

  it("is quiet when every indicator reported last month is there this month, and for annual indicators", () => {
    const complete = analyse([
      ...monthly("CASES", null, [2012, 1], [5, 6]),
      ...monthly("RATE", null, [2012, 1], [50, 51]),
      ...monthly("GAP", null, [2012, 1], [30]),
    ]);
    expect(found(complete.issues, "missing-authority-figure")).toEqual([]);
  });
});
