import { describe, expect, it } from "vitest";
import { checkYearToDate } from "../../../src/domain/gaps/checkYearToDate";
import type { Observation } from "../../../src/domain/types";
import { indicator, obs } from "./fixtures";

const ni59 = indicator("NI59", { unit: "percent", polarity: "higher", yearToDate: true });
const notYtd = indicator("POSTS", { unit: "percent", polarity: "higher" });

/** [month, value, numerator, denominator] rows for one code, each with its own Value cell. */
function rows(code: string, list: [string, number | null, number?, number?][], area = ""): Observation[] {
  return list.map(([month, value, numerator, denominator]) =>
    obs(code, month, value, { area, ...(numerator !== undefined ? { numerator } : {}), ...(denominator !== undefined ? { denominator } : {}) }),
  );
}

function flagged(observations: Observation[]): string[] {
  return checkYearToDate(observations, [ni59, notYtd]).map((i) => `${i.rule}@${i.cell}`);
}

describe("checkYearToDate", () => {
  it("monthly counts summed from April match the year-to-date values", () => {
    const data = rows("NI59", [
      ["2012-04", 80, 80, 100],
      ["2012-05", 85, 90, 100],
      ["2012-06", 88.3, 95, 100],
    ]);
    expect(flagged(data)).toEqual([]);
  });

  it("flags a value more than 0.1 points from the recomputation, at its Value cell", () => {
    const data = rows("NI59", [
      ["2012-04", 80, 80, 100],
      ["2012-05", 85, 90, 100],
      ["2012-06", 88.5, 95, 100],
    ]);
    expect(flagged(data)).toEqual([`ytd-mismatch@${data[2]!.at.cell}`]);
    expect(checkYearToDate(data, [ni59])[0]!.severity).toBe("warning");
  });

  it("restarts in April: the new year's first month stands alone", () => {
    const good = rows("NI59", [
      ["2012-03", 50, 50, 100],
      ["2012-04", 80, 40, 50],
      ["2012-05", 70, 30, 50],
    ]);
    expect(flagged(good)).toEqual([]);
    // A value that carried March's counts into April is wrong.
    const carried = rows("NI59", [
      ["2012-03", 50, 50, 100],
      ["2012-04", 60, 40, 50],
    ]);
    expect(flagged(carried)).toEqual([`ytd-mismatch@${carried[1]!.at.cell}`]);
  });

  it("accepts counts that are already cumulative, and still flags a wrong value among them", () => {
    const cumulative = rows("NI59", [
      ["2012-04", 80, 80, 100],
      ["2012-05", 85, 170, 200],
      ["2012-06", 88.3, 265, 300],
    ]);
    expect(flagged(cumulative)).toEqual([]);
    const typo = rows("NI59", [
      ["2012-04", 80, 80, 100],
      ["2012-05", 85, 170, 200],
      ["2012-06", 88.3, 265, 300],
      ["2012-07", 95, 360, 400],
    ]);
    expect(flagged(typo)).toEqual([`ytd-mismatch@${typo[3]!.at.cell}`]);
  });

  it("does not check months after a missing month when the counts are monthly", () => {
    const data = rows("NI59", [
      ["2012-04", 80, 80, 100],
      ["2012-06", 99, 95, 100],
    ]);
    expect(flagged(data)).toEqual([]);
  });

  it.each([
    { name: "rows without counts", data: () => rows("NI59", [["2012-04", 80], ["2012-05", 99]]) },
    { name: "an indicator that is not year-to-date", data: () => rows("POSTS", [["2012-04", 80, 80, 100], ["2012-05", 99, 90, 100]]) },
    { name: "a zero denominator", data: () => rows("NI59", [["2012-04", 80, 0, 0]]) },
    { name: "a value on the 0–1 scale (another rule's business)", data: () => rows("NI59", [["2012-04", 0.8, 80, 100]]) },
    { name: "a blank value", data: () => rows("NI59", [["2012-04", null, 80, 100]]) },
  ])("leaves alone $name", ({ data }) => {
    expect(flagged(data())).toEqual([]);
  });

  it("checks each area on its own", () => {
    const data = [
      ...rows("NI59", [["2012-04", 80, 80, 100], ["2012-05", 85, 90, 100]], "East Kent"),
      ...rows("NI59", [["2012-04", 50, 50, 100], ["2012-05", 85, 90, 100]], "West Kent"),
    ];
    expect(flagged(data)).toEqual([`ytd-mismatch@${data[3]!.at.cell}`]);
  });
});
