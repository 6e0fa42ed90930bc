import { describe, expect, it } from "vitest";
import { formatPounds, parseMoney } from "../../../src/domain/budget";
import type { CellValue } from "../../../src/domain/types";

describe("parseMoney", () => {
  it.each<[CellValue, number]>([
    [1_000_000, 1_000_000],
    ["£1,000,000", 1_000_000],
    ["£251K", 251_000],
    ["251k", 251_000],
    ["1M", 1_000_000],
    ["£1.5m", 1_500_000],
    ["£1.1M", 1_100_000],
    ["(25,000)", -25_000],
    ["(£25K)", -25_000],
    ["-£25k", -25_000],
    ["£ 749,000.50", 749_000.5],
    ["0.2bn", 200_000_000],
    ["-", 0],
    ["\u2013", 0],
    ["Nil", 0],
    ["(0)", 0],
  ])("reads %j as %d", (cell, expected) => {
    expect(parseMoney(cell)).toEqual({ kind: "number", value: expected });
  });

  it.each<[CellValue | undefined, string]>([
    [null, "blank"],
    [undefined, "blank"],
    ["  ", "blank"],
    ["#REF!", "excel-error"],
    ["25%", "text"],
    ["tbc", "text"],
    ["K", "text"],
    ["£1,00K", "text"],
    ["(-25K)", "text"],
    [true, "text"],
  ])("does not read %j as money (%s)", (cell, kind) => {
    expect(parseMoney(cell).kind).toBe(kind);
  });
});

describe("formatPounds", () => {
  it.each([
    [749_000, "£749,000"],
    [-7_000, "-£7,000"],
    [0.4, "£0"],
    [-0.4, "£0"],
  ])("%d → %s", (value, text) => {
    expect(formatPounds(value)).toBe(text);
  });
});
