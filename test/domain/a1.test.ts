import { describe, expect, it } from "vitest";
import { a1, columnLetters, parseA1 } from "../../src/domain/a1";

describe("columnLetters", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16_384, "XFD"],
  ])("column %i is %s, the first time and when asked again", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
    expect(columnLetters(column)).toBe(letters);
  });

  it("gives nothing for a column before A, and still letters column 1 after", () => {
    expect(columnLetters(0)).toBe("");
    expect(columnLetters(-1)).toBe("");
    expect(columnLetters(1)).toBe("A");
  });

  it("round-trips with parseA1", () => {
    for (const [row, column] of [[1, 1], [42, 28], [1_048_576, 16_384]] as const) expect(parseA1(a1(row, column))).toEqual({ row, column });
  });
});
