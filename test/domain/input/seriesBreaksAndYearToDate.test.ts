/** Series breaks in the jump and year-to-date rules, and a year-to-date fault reported at its own row. */
import { describe, expect, it } from "vitest";
import { monthIndex } from "../../../src/domain/periods";
import type { CellValue } from "../../../src/domain/types";
import { readObservations } from "../../../src/domain/observations";
import { CATALOGUE, DATA_HEADERS, analyse, found, ind, monthly, rawTable } from "./fixtures";

const steadyThenStep = [50, 51, 50, 52, 51, 50, 51, 80, 81, 80, 79, 80];

describe("implausible-jump and a series break", () => {
  it("flags a step with no break recorded", () => {
    const { issues } = analyse(monthly("RATE", null, [2012, 1], steadyThenStep));
    expect(found(issues, "implausible-jump")).toEqual([["implausible-jump", "warning", "IndicatorData!D9"]]);
  });

  it("does not compare across the month a new definition starts", () => {
    const catalogue = CATALOGUE.map((i) =>
      i.code === "RATE" ? { ...i, seriesBreak: { from: monthIndex(2012, 8), note: "new definition" } } : i,
    );
    const { issues } = analyse(monthly("RATE", null, [2012, 1], steadyThenStep), [], {}, catalogue);
    expect(found(issues, "implausible-jump")).toEqual([]);
  });
});

/** NI60 rows from April: [numerator, denominator] for the month, Value = year to date from April. */
function ytdRows(counts: [number, number][], values?: number[]): CellValue[][] {
  let n = 0;
  let d = 0;
  return counts.map(([mn, md], i) => {
    n += mn;
    d += md;
    const value = values?.[i] ?? Math.round((1000 * n) / d) / 10;
    return ["NI60", `2012-${String(4 + i).padStart(2, "0")}`, null, value, mn, md, null];
  });
}

const COUNTS: [number, number][] = [
  [40, 50],
  [42, 50],
  [41, 50],
  [45, 50],
  [44, 50],
  [43, 50],
  [46, 52],
];

describe("ytd-mismatch stays local", () => {
  it("a swapped numerator and denominator is reported once, at its own row, not at every later month", () => {
    const rows = ytdRows(COUNTS);
    // June (row 4): numerator and denominator typed the wrong way round.
    rows[2]![4] = 50;
    rows[2]![5] = 41;
    const { issues } = analyse(rows);
    expect(found(issues, "ytd-mismatch")).toEqual([["ytd-mismatch", "warning", "IndicatorData!D4"]]);
    expect(issues.find((i) => i.rule === "ytd-mismatch")!.message).toMatch(
      /later months of the year agree with their own figures/,
    );
    expect(found(issues, "numerator-above-denominator")).toEqual([
      ["numerator-above-denominator", "error", "IndicatorData!E4"],
    ]);
  });

  it("a wrong Value alone is reported at its row only", () => {
    const rows = ytdRows(COUNTS);
    rows[4]![3] = 70;
    expect(found(analyse(rows).issues, "ytd-mismatch")).toEqual([["ytd-mismatch", "warning", "IndicatorData!D6"]]);
  });

  it("two faults that one row cannot explain are each reported where the sums disagree", () => {
    const rows = ytdRows(COUNTS);
    rows[1]![5] = 80;
    rows[4]![3] = 70;
    const cells = found(analyse(rows).issues, "ytd-mismatch").map((f) => f[2]);
    expect(cells.length).toBeGreaterThan(2);
    expect(cells).toContain("IndicatorData!D3");
  });

  it("is not compared across a series break in the year", () => {
    const counts: [number, number][] = [
      [40, 50],
      [42, 50],
      [41, 50],
      [30, 50],
      [31, 50],
      [32, 50],
    ];
    const rows = ytdRows(counts, [80, 82, 82, 61, 61.5, 62]);
    expect(found(analyse(rows).issues, "ytd-mismatch").length).toBeGreaterThan(0);
    const catalogue = CATALOGUE.map((i) =>
      i.code === "NI60" ? { ...i, seriesBreak: { from: monthIndex(2012, 7) } } : i,
    );
    expect(found(analyse(rows, [], {}, catalogue).issues, "ytd-mismatch")).toEqual([]);
  });
});

describe("unknown-indicator suggestions", () => {
  const catalogue = [...CATALOGUE, ind("IA_RATE", "rate"), ind("NI59", "percent"), ind("IA_OOT", "count")];
  const codeIssue = (code: string) =>
    analyse([[code, "2012-01", null, 1, null, null, null]], [], {}, catalogue).issues.find(
      (i) => i.rule === "unknown-indicator",
    )!;

  it.each([
    ["NI95", "NI59"],
    ["IA OOT", "IA_OOT"],
    ["ia-oot", "IA_OOT"],
    ["IA_OTT", "IA_OOT"],
  ])("suggests a truly close code: %s → %s", (code, suggestion) => {
    expect(codeIssue(code).message).toContain(`Did you mean ${suggestion}?`);
  });

  it("says how to add a new indicator instead of guessing (CIN_RATE is not IA_RATE)", () => {
    const message = codeIssue("CIN_RATE").message;
    expect(message).not.toMatch(/Did you mean/);
    expect(message).toMatch(/not in the built-in catalogue — add an Indicators table with a row for it/);
    const withTable = readObservations(
      rawTable("IndicatorData", DATA_HEADERS, [["CIN_RATE", "2012-01", null, 1, null, null, null]]),
      catalogue,
      { catalogueTable: "Indicators" },
    );
    expect(withTable.issues[0]!.message).toMatch(
      /"CIN_RATE", which is not in the Indicators table — add a row there to report it\.$/,
    );
  });
});
