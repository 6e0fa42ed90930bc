import { describe, expect, it } from "vitest";
import { memorySettings } from "../../src/taskpane/documentSettings";
import { DEFAULT_PANE_SETTINGS, loadPaneSettings, parsePaneSettings, SETTINGS_KEY } from "../../src/taskpane/paneSettings";

describe("reading the saved settings", () => {
  it.each([
    ["nothing saved", undefined, DEFAULT_PANE_SETTINGS, 0],
    ["good values", { tolerancePercent: 5, monthsShown: 24 }, { tolerancePercent: 5, monthsShown: 24 }, 0],
    ["the edges of the ranges", { tolerancePercent: 0, monthsShown: 36 }, { tolerancePercent: 0, monthsShown: 36 }, 0],
    ["a tolerance above 100%", { tolerancePercent: 150 }, DEFAULT_PANE_SETTINGS, 1],
    ["months out of range", { monthsShown: 37 }, DEFAULT_PANE_SETTINGS, 1],
    ["fractional months", { monthsShown: 2.5 }, DEFAULT_PANE_SETTINGS, 1],
    ["text for numbers", { tolerancePercent: "10", monthsShown: "13" }, DEFAULT_PANE_SETTINGS, 2],
    ["not an object", "junk", DEFAULT_PANE_SETTINGS, 1],
  ])("%s", (_, raw, expected, problems) => {
    const parsed = parsePaneSettings(raw);
    expect(parsed.settings).toEqual(expected);
    expect(parsed.problems).toHaveLength(problems);
  });

  it("keeps the indicator choice in order, dropping duplicates and entries without a code", () => {
    const { settings, problems } = parsePaneSettings({
      indicators: [{ code: "NI60", shown: true }, { code: "ni60", shown: false }, { shown: true }, { code: " NI59 ", shown: "yes" }],
    });
    expect(settings.indicators).toEqual([
      { code: "NI60", shown: true },
      { code: "NI59", shown: false },
    ]);
    expect(problems).toEqual([]);
    expect(parsePaneSettings({ indicators: "all" }).problems).toHaveLength(1);
  });
});

describe("reading the settings an older version saved in the document settings", () => {
  it("reads what it stored", () => {
    const settings = { tolerancePercent: 7.5, monthsShown: 6, indicators: [{ code: "NI59", shown: true }] };
    expect(loadPaneSettings(memorySettings({ [SETTINGS_KEY]: settings })).settings).toEqual(settings);
  });
});
