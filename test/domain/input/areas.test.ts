/** The Areas table, the area names in IndicatorData, whole-authority synonyms and area sums level by level. */
import { describe, expect, it } from "vitest";
import { readAreas } from "../../../src/domain/areas/readAreas";
import { monthIndex } from "../../../src/domain/periods";
import { AUTHORITY_AREA_NAMES } from "../../../src/domain/observations";
import type { CellValue } from "../../../src/domain/types";
import { AREA_HEADERS, analyse, found, monthly, rawTable } from "./fixtures";

// Areas columns: A Area, B Part of, C Level, D From, E To, F Also called; header row 1, so data row r is row r + 2.
const areasTable = (rows: CellValue[][]) => rawTable("Areas", AREA_HEADERS, rows);

const GEOGRAPHY = areasTable([
  ["Kent", null, "authority", null, null, "KCC"],
  ["East Kent", null, "area", null, null, "EK"],
  ["Mid Kent", null, "area", null, "2012-08", null],
  ["North Kent", null, "area", "2012-09", null, null],
  ["Dover", "East Kent", "district", null, null, null],
  ["Thanet", "East Kent", null, null, null, null],
  ["Swale", "Mid Kent", "district", null, "2012-08", null],
  ["Swale", "North Kent", "district", "2012-09", null, null],
]);

describe("reading the Areas table", () => {
  it("reads areas, districts and spans, working out a blank Level from Part of", () => {
    const { register, issues } = readAreas(GEOGRAPHY);
    expect(issues).toEqual([]);
    expect(register.at("thanet", monthIndex(2012, 1))).toMatchObject({
      name: "Thanet",
      level: "district",
      partOf: "East Kent",
    });
    expect(register.at("Swale", monthIndex(2012, 8))?.partOf).toBe("Mid Kent");
    expect(register.at("Swale", monthIndex(2012, 9))?.partOf).toBe("North Kent");
    expect(register.at("Mid Kent", monthIndex(2012, 9))).toBeUndefined();
    expect(register.at("EK", monthIndex(2012, 9))?.name).toBe("East Kent");
    expect(register.authorityNames()).toEqual(["kent", "kcc"]);
  });

  it.each<[string, CellValue[], string]>([
    ["area-missing-name", [null, "East Kent", "district", null, null, null], "Areas!A3"],
    ["area-bad-level", ["Deal", "East Kent", "village", null, null, null], "Areas!C3"],
    ["area-bad-month", ["Deal", "East Kent", "district", "soon", null, null], "Areas!D3"],
    ["area-ends-before-start", ["Deal", "East Kent", "district", "2013-01", "2012-01", null], "Areas!E3"],
    ["area-unknown-parent", ["Deal", "East Kemt", "district", null, null, null], "Areas!B3"],
    ["area-overlap", ["East Kent", null, "area", "2012-01", null, null], "Areas!A3"],
  ])("%s at its cell", (rule, row, cell) => {
    const { issues } = readAreas(areasTable([["East Kent", null, "area", null, null, null], row]));
    expect(found(issues, rule)).toEqual([
      [rule, rule.startsWith("area-unknown-parent") || rule === "area-overlap" ? "warning" : "error", cell],
    ]);
  });
});

describe("area names in IndicatorData with an Areas table", () => {
  it("area-unknown: an error at the Area cell with the likely name, and the row is left out", () => {
    const data = [
      ...monthly("CASES", "East Kent", [2012, 1], [5]),
      ...monthly("CASES", "Mid-Kent", [2012, 1], [7]),
      ...monthly("CASES", "West Knet", [2012, 1], [2]),
    ];
    const { issues, observations } = analyse(data, [GEOGRAPHY]);
    expect(found(issues, "area-unknown")).toEqual([
      ["area-unknown", "error", "IndicatorData!C3"],
      ["area-unknown", "error", "IndicatorData!C4"],
    ]);
    expect(issues.find((i) => i.cell === "C3")!.message).toMatch(/Did you mean Mid Kent\?/);
    expect(issues.find((i) => i.cell === "C4")!.message).not.toMatch(/Did you mean/);
    expect(observations.map((o) => o.area)).toEqual(["East Kent"]);
  });

  it("not area-unknown: names match case-insensitively and through Also called, and take the table's spelling", () => {
    const { issues, observations } = analyse(
      [...monthly("CASES", "east kent", [2012, 1], [5]), ...monthly("CASES", "EK", [2012, 2], [6])],
      [GEOGRAPHY],
    );
    expect(found(issues, "area-unknown", "area-out-of-period")).toEqual([]);
    expect(observations.map((o) => o.area)).toEqual(["East Kent", "East Kent"]);
  });

  it("area-out-of-period: a row for a month the area did not exist in", () => {
    const { issues } = analyse(
      [...monthly("CASES", "Mid Kent", [2012, 8], [5, 6]), ...monthly("CASES", "North Kent", [2012, 8], [1, 2])],
      [GEOGRAPHY],
    );
    expect(found(issues, "area-out-of-period")).toEqual([
      ["area-out-of-period", "warning", "IndicatorData!C3"],
      ["area-out-of-period", "warning", "IndicatorData!C4"],
    ]);
    expect(issues.find((i) => i.cell === "C3")!.message).toMatch(
      /Mid Kent existed until Aug 2012, but this row is for Sep 2012/,
    );
  });

  it("the authority's names from the Areas table mean the whole authority, as the built-in words do", () => {
    const data = [
      ...monthly("CASES", "KCC", [2012, 1], [5]),
      ...monthly("CASES", "County", [2012, 2], [6]),
      ...monthly("CASES", null, [2012, 3], [7]),
    ];
    const { observations, issues } = analyse(data, [GEOGRAPHY]);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(observations.map((o) => o.area)).toEqual(["", "", ""]);
  });
});

describe("whole-authority synonyms", () => {
  it("are listed in one place, including County, Total, All and the authority's name", () => {
    expect(AUTHORITY_AREA_NAMES).toEqual(expect.arrayContaining(["all", "total", "county", "kent"]));
  });

  it("County is the whole authority, not a new area, so its figure is not lost", () => {
    const { observations } = analyse(monthly("CASES", "County", [2012, 1], [63]));
    expect(observations[0]!.area).toBe("");
  });
});

describe("area names without an Areas table: area-near-duplicate", () => {
  const common = (area: string, n: number, from: [number, number] = [2011, 1]) =>
    monthly(
      "CASES",
      area,
      from,
      Array.from({ length: n }, () => 1),
    );

  it("reads a spelling that differs only in case, spacing or punctuation as the commoner one, and says so", () => {
    const data = [
      ...common("Mid Kent", 6),
      ...monthly("CASES", "Mid-Kent", [2012, 1], [1]),
      ...monthly("CASES", "mid kent", [2012, 2], [1]),
    ];
    const { issues, observations } = analyse(data);
    expect(found(issues, "area-near-duplicate")).toEqual([
      ["area-near-duplicate", "warning", "IndicatorData!C8"],
      ["area-near-duplicate", "warning", "IndicatorData!C9"],
    ]);
    expect(issues.find((i) => i.cell === "C8")!.message).toMatch(
      /"Mid-Kent" differs from Mid Kent \(on 6 rows\) only in case, spacing or punctuation/,
    );
    expect(new Set(observations.map((o) => o.area))).toEqual(new Set(["Mid Kent"]));
  });

  it("points out a name a letter or two from a far commoner one, and keeps it apart", () => {
    const data = [
      ...common("West Kent", 6),
      ...common("East Kent", 6),
      ...common("Dover", 6),
      ...monthly("CASES", "West Knet", [2012, 1], [1]),
      ...monthly("CASES", "Dovre", [2012, 1], [1]),
    ];
    const { issues, observations } = analyse(data);
    expect(found(issues, "area-near-duplicate")).toEqual([
      ["area-near-duplicate", "warning", "IndicatorData!C20"],
      ["area-near-duplicate", "warning", "IndicatorData!C21"],
    ]);
    expect(issues.find((i) => i.cell === "C20")!.message).toMatch(
      /"West Knet" \(on 1 row\) is a letter or two from West Kent/,
    );
    expect(observations.some((o) => o.area === "Dovre")).toBe(true);
  });

  it("does not confuse two common names a letter apart (East Kent and West Kent)", () => {
    expect(
      found(analyse([...common("West Kent", 6), ...common("East Kent", 5)]).issues, "area-near-duplicate"),
    ).toEqual([]);
  });
});

describe("area-sum-mismatch level by level", () => {
  const rows = (area: string | null, value: number) => monthly("CASES", area, [2012, 1], [value]);

  it("checks districts against their area and areas against the whole authority, not districts against the authority", () => {
    const data = [
      ...rows(null, 10),
      ...rows("East Kent", 6),
      ...rows("Mid Kent", 4),
      ...rows("Dover", 2),
      ...rows("Thanet", 4),
      ...rows("Swale", 4),
    ];
    const { issues } = analyse(data, [GEOGRAPHY]);
    expect(found(issues, "area-sum-mismatch")).toEqual([]);
  });

  it("flags an area whose districts do not add up, at the area's Value cell", () => {
    const data = [
      ...rows(null, 10),
      ...rows("East Kent", 6),
      ...rows("Mid Kent", 4),
      ...rows("Dover", 2),
      ...rows("Thanet", 3),
    ];
    const { issues } = analyse(data, [GEOGRAPHY]);
    expect(found(issues, "area-sum-mismatch")).toEqual([["area-sum-mismatch", "warning", "IndicatorData!D3"]]);
    expect(issues.find((i) => i.rule === "area-sum-mismatch")!.message).toMatch(
      /6 for area East Kent, but its 2 district rows add up to 5/,
    );
  });

  it("without an Areas table, districts beside areas are summed with them (the old ambiguity)", () => {
    const data = [
      ...rows(null, 10),
      ...rows("East Kent", 6),
      ...rows("Mid Kent", 4),
      ...rows("Dover", 2),
      ...rows("Thanet", 4),
    ];
    expect(found(analyse(data).issues, "area-sum-mismatch")).toEqual([
      ["area-sum-mismatch", "warning", "IndicatorData!D2"],
    ]);
  });
});
