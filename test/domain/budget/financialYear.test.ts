import { describe, expect, it } from "vitest";
import { readFinancialYear } from "../../../src/domain/budget";
import type { CellValue } from "../../../src/domain/types";

describe("readFinancialYear", () => {
  it.each<[CellValue | undefined, string | undefined | null]>([
    ["2012-13", "2012-13"],
    ["2012/13", "2012-13"],
    ["2012/2013", "2012-13"],
    ["12/13", "2012-13"],
    ["FY 2012-13", "2012-13"],
    ["1999-00", "1999-00"],
    [2012, "2012-13"],
    ["2012", "2012-13"],
    [null, undefined],
    ["", undefined],
    ["2012-14", null],
    ["2013/12", null],
    ["next year", null],
    [2012.5, null],
    [true, null],
  ])("%j → %j", (cell, expected) => {
    expect(readFinancialYear(cell)).toBe(expected);
  });
});
