import { describe, expect, it } from "vitest";
import {
  describeNotNumber,
  isBlankCell,
  plainFigure,
  readCellNumber,
  type CellNumber,
} from "../../src/domain/cellNumbers";
import type { CellValue } from "../../src/domain/types";

const num = (value: number): CellNumber => ({ kind: "number", value });
const pct = (value: number): CellNumber => ({ kind: "number", value, percentText: true });
const text = (t: string): CellNumber => ({ kind: "text", text: t });

describe("readCellNumber", () => {
  const cases: [string, CellValue | undefined, CellNumber][] = [
    ["a number as it is", 87.5, num(87.5)],
    ["zero", 0, num(0)],
    ["a negative number", -3, num(-3)],
    ["null", null, { kind: "blank" }],
    ["undefined (a short row)", undefined, { kind: "blank" }],
    ["empty text", "", { kind: "blank" }],
    ["only spaces", "   \t", { kind: "blank" }],
    ["a non-breaking space", "\u00a0", { kind: "blank" }],
    ["numeric text", "42", num(42)],
    ["numeric text with spaces around", "  42.5 ", num(42.5)],
    ["a leading decimal point", ".5", num(0.5)],
    ["percent text", "87.5%", pct(87.5)],
    ["percent text with a space", "87.5 %", pct(87.5)],
    ["comma thousands", "1,234", num(1234)],
    ["comma thousands with decimals", "1,234,567.25", num(1234567.25)],
    ["space thousands", " 1 234 ", num(1234)],
    ["non-breaking space thousands", "12\u00a0345", num(12345)],
    ["pounds", "£1,000", num(1000)],
    ["negative pounds", "-£250", num(-250)],
    ["accounting negative", "(12)", num(-12)],
    ["accounting negative pounds", "(£1,000.50)", num(-1000.5)],
    ["accounting negative percent", "(2.5%)", pct(-2.5)],
    ["accounting zero is plain zero", "(0)", num(0)],
    ["typographic minus", "\u22127", num(-7)],
    ["explicit plus", "+3", num(3)],
    ["n/a", "n/a", text("n/a")],
    ["tbc", "tbc", text("tbc")],
    ["a number with words", "12 cases", text("12 cases")],
    ["a dash", "-", text("-")],
    ["a comma decimal (ambiguous)", "1,23", text("1,23")],
    ["badly grouped thousands", "12,34,567", text("12,34,567")],
    ["mixed separators", "1,234 567", text("1,234 567")],
    ["a double negative", "(-12)", text("(-12)")],
    ["pounds and percent together", "£12%", text("£12%")],
    ["two signs", "-+3", text("-+3")],
    ["a boolean", true, text("TRUE")],
    ["a false boolean", false, text("FALSE")],
    ["an invalid date", new Date(Number.NaN), text("an invalid date")],
    ["a date", new Date(Date.UTC(2012, 9, 31)), text("2012-10-31")],
    ["not a finite number", Number.NaN, text("NaN")],
  ];
  it.each(cases)("reads %s", (_name, cell, expected) => {
    expect(readCellNumber(cell)).toEqual(expected);
  });

  // Written out by hand, not taken from EXCEL_ERROR_CODES, so a code dropped from the list fails here.
  it.each([
    "#N/A",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    "#FIELD!",
    "#BLOCKED!",
    "#CONNECT!",
    "#BUSY!",
    "#UNKNOWN!",
    "#EXTERNAL!",
    "#PYTHON!",
  ])(
    "reads %s as an Excel error",
    (code) => {
      expect(readCellNumber(code)).toEqual({ kind: "excel-error", code });
    },
  );

  it("recognises Excel errors whatever their case and spacing", () => {
    expect(readCellNumber(" #n/a ")).toEqual({ kind: "excel-error", code: "#N/A" });
    expect(readCellNumber("#div/0!")).toEqual({ kind: "excel-error", code: "#DIV/0!" });
  });

  it("does not mistake other hash text for an error", () => {
    expect(readCellNumber("#1")).toEqual(text("#1"));
  });

  it("never flags plain numbers as written with a percent sign", () => {
    expect(readCellNumber("0.875")).toEqual({ kind: "number", value: 0.875 });
    expect(readCellNumber("1,234.56")).toEqual({ kind: "number", value: 1234.56 });
  });

  it("reads text with two or more decimals to the last digit", () => {
    expect(readCellNumber("87.25")).toEqual({ kind: "number", value: 87.25 });
    expect(readCellNumber("£1,234.567")).toEqual({ kind: "number", value: 1234.567 });
    expect(readCellNumber("12.345%")).toEqual({ kind: "number", value: 12.345, percentText: true });
  });

  it("reads several space-separated thousands groups", () => {
    expect(readCellNumber("1 234 567")).toEqual({ kind: "number", value: 1234567 });
    expect(readCellNumber(" 12 345 678.5 ")).toEqual({ kind: "number", value: 12345678.5 });
    expect(readCellNumber("1 23 456")).toEqual(text("1 23 456"));
  });

  it("reads thousands only in groups of exactly three, with any decimals", () => {
    expect(readCellNumber("12,345")).toEqual(num(12345));
    expect(readCellNumber("1 234.56")).toEqual(num(1234.56));
    expect(readCellNumber("1,2345")).toEqual(text("1,2345"));
    expect(readCellNumber("1 2345")).toEqual(text("1 2345"));
  });

  it("reads a leading decimal point and an exponent with its sign", () => {
    expect(readCellNumber(".55")).toEqual(num(0.55));
    expect(readCellNumber("2.5E-3")).toEqual(num(0.0025));
  });

  it("reads an accounting negative with spaces inside the brackets or the percent sign outside them", () => {
    expect(readCellNumber("( 12 )")).toEqual(num(-12));
    expect(readCellNumber("(2.5)%")).toEqual(pct(-2.5));
  });

  it("treats a cell with a second line (Alt+Enter) as text, not as either line's number", () => {
    expect(readCellNumber("12\n3")).toEqual(text("12\n3"));
    expect(readCellNumber("£12\nnote")).toEqual(text("£12\nnote"));
  });

  it("treats text around brackets as text, not an accounting negative", () => {
    expect(readCellNumber("tbc (12)")).toEqual(text("tbc (12)"));
    expect(readCellNumber("(12) tbc")).toEqual(text("(12) tbc"));
    expect(readCellNumber("(12)")).toEqual({ kind: "number", value: -12 });
  });
});

describe("plainFigure", () => {
  it.each([0, -3, 12.5, 1e15, -1e15])("takes the plain number %s as it stands", (value) => {
    expect(plainFigure(value)).toBe(value);
  });

  it.each([1e15 + 1, Number.NaN, Number.POSITIVE_INFINITY, "12", null, undefined, true])("leaves %s to readCellNumber", (value) => {
    expect(plainFigure(value)).toBeUndefined();
  });

  it("agrees with readCellNumber on every plain number it takes", () => {
    for (const value of [0, 7, -0.25, 999_999, 1e15]) expect(readCellNumber(value)).toEqual({ kind: "number", value: plainFigure(value) });
  });
});

describe("isBlankCell", () => {
  it.each([
    [null, true],
    [undefined, true],
    ["  ", true],
    ["x", false],
    [0, false],
    [false, false],
  ] as const)("%s → %s", (cell, blank) => {
    expect(isBlankCell(cell)).toBe(blank);
  });
});

describe("describeNotNumber", () => {
  it("names the Excel error or quotes the text", () => {
    expect(describeNotNumber(readCellNumber("#REF!"))).toBe("holds the Excel error #REF!");
    expect(describeNotNumber(readCellNumber("tbc"))).toBe('holds "tbc", which is not a number');
  });

  it("says a blank is blank and a number is a number", () => {
    expect(describeNotNumber(readCellNumber("  "))).toBe("is blank");
    expect(describeNotNumber(readCellNumber("12.5"))).toBe("holds the number 12.5");
  });
});

describe("regressions found by fuzzing", () => {
  it.each<[string, CellValue]>([
    ["a number past 1e15", 1e308],
    ["a negative one", -2e15],
    ["number text past 1e15", "1e20"],
    ["number text past any double", "1e999"],
  ])("does not read %s as a figure", (_name, cell) => {
    const read = readCellNumber(cell);
    expect(read).toMatchObject({ kind: "text", tooLarge: true });
    expect(describeNotNumber(read)).toMatch(/far larger than any real figure$/);
  });

  it("still reads 1e15 itself, as a number or as text", () => {
    expect(readCellNumber(1e15)).toEqual(num(1e15));
    expect(readCellNumber("1000000000000000")).toEqual(num(1e15));
  });

  it("quotes text on one line, cut short", () => {
    const said = describeNotNumber(readCellNumber(`first\nsecond ${"y".repeat(200)}`));
    expect(said).not.toMatch(/[\r\n]/);
    expect(said.length).toBeLessThan(120);
  });
});
