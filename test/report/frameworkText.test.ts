import { describe, expect, it } from "vitest";
import { blockSparkline, NO_FIGURE_BAR } from "../../src/report/areas/blockSparkline";
import { gapText, valueText } from "../../src/report/layout/valueText";
import { wrapLines } from "../../src/report/layout/wordWrap";

describe("blockSparkline", () => {
  it.each([
    { values: [1, 2, 3, 4, 5, 6, 7, 8], bars: "▁▂▃▄▅▆▇█" },
    { values: [10, 0], bars: "█▁" },
    { values: [5, 5, 5], bars: "▄▄▄" },
    { values: [1, null, 3], bars: `▁${NO_FIGURE_BAR}█` },
    { values: [null, null], bars: `${NO_FIGURE_BAR}${NO_FIGURE_BAR}` },
    { values: [], bars: "" },
    // Scaled between the lowest and the highest: the shape, not the size, shows.
    { values: [1000, 1001], bars: "▁█" },
  ])("$values → $bars", ({ values, bars }) => {
    expect(blockSparkline(values)).toBe(bars);
  });
});

describe("valueText and gapText", () => {
  it.each([
    ["count", 1234, "1,234"],
    ["count", 17.6, "17.6"],
    ["percent", 67.0285, "67.0%"],
    ["rate", 387.3, "387.3"],
    ["pp", 31, "31.0 pp"],
    ["currency", -7000, "-£7,000"],
  ] as const)("%s %d → %s", (unit, value, text) => {
    expect(valueText(unit, value)).toBe(text);
  });

  it.each([
    ["count", 137, "137 better"],
    ["percent", -1.2, "1.2 pp short"],
    ["pp", 3, "3.0 pp better"],
    ["count", 0.2, "on target"],
    ["percent", 0.04, "on target"],
  ] as const)("%s gap %d → %s", (unit, gap, text) => {
    expect(gapText(unit, gap)).toBe(text);
  });
});

describe("wrapLines", () => {
  it.each([
    { text: "short", width: 20, lines: 1 },
    // Whole words wrap: 24 characters fit in a 20-wide column (capacity 24), 25 do not.
    { text: "aaaaaaaaaa bbbbbbbbbbbbb", width: 20, lines: 1 },
    { text: "aaaaaaaaaa bbbbbbbbbbbbbb", width: 20, lines: 2 },
    { text: "one\ntwo", width: 20, lines: 2 },
    // A word longer than a line breaks across lines.
    { text: "x".repeat(30), width: 10, lines: 3 },
    { text: "2,269 (Feb 2011)", width: 10, lines: 2 },
  ])("$text in $width → $lines", ({ text, width, lines }) => {
    expect(wrapLines(text, width)).toBe(lines);
  });

  it("gives bold text less room than ordinary text", () => {
    const text = "Deducted at source here";
    expect(wrapLines(text, 11, true)).toBeGreaterThanOrEqual(wrapLines(text, 11));
  });
});
