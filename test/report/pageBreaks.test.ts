import { describe, expect, it } from "vitest";
import { pageBreaks } from "../../src/report/layout/pageBreaks";

describe("pageBreaks", () => {
  it.each([
    ["bands that fit share a page", [100, 100, 100], 400, 0, []],
    ["a band that would not fit starts a page", [250, 250, 250], 400, 0, [20, 30]],
    ["what is already on the page counts", [250], 400, 200, [10]],
    ["a band taller than a page runs over onto the next", [500, 100, 300], 400, 0, [30]],
  ])("%s", (_name, heights, page, used, expected) => {
    const bands = heights.map((height, i) => ({ startRow: 10 * (i + 1), height }));
    expect(pageBreaks(bands, page, used)).toEqual(expected);
  });
});
