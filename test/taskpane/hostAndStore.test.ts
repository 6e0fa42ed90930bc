import { describe, expect, it } from "vitest";
import { memorySettings } from "../../src/taskpane/documentSettings";
import { HIGHLIGHTS_KEY, loadHighlights, saveHighlights } from "../../src/taskpane/highlightStore";
import { hostStatus } from "../../src/taskpane/hostNotices";
import { countRag, ragSentence } from "../../src/taskpane/ragCounts";

const upTo = (max: number) => (v: string) => Number(v.split(".")[1]) <= max;

describe("what the pane says about the host", () => {
  it.each([
    [17, true, true, 0],
    [9, true, true, 0],
    [8, true, false, 1],
    [7, true, false, 1],
    [6, false, false, 1],
  ])("ExcelApi 1.%i: usable %s, exact no-fill %s, %i notice line(s)", (max, usable, canReadPattern, notices) => {
    const status = hostStatus(upTo(max));
    expect(status).toMatchObject({ usable, canReadPattern });
    expect(status.notices).toHaveLength(notices);
  });
});

describe("saved highlights in the document settings", () => {
  it("round-trips, drops malformed entries and removes the setting when empty", async () => {
    const store = memorySettings();
    const saved = [{ sheet: "IndicatorData", cell: "D7", fill: null, applied: "#FFC7CE" }];
    await saveHighlights(store, saved);
    expect(loadHighlights(memorySettings(store.saved as Record<string, unknown>))).toEqual(saved);
    const junk = memorySettings({ [HIGHLIGHTS_KEY]: [...saved, { sheet: "x" }, "y", { sheet: "S", cell: "A1", fill: null, applied: "red" }] });
    expect(loadHighlights(junk)).toEqual(saved);
    await saveHighlights(store, []);
    expect(store.saved[HIGHLIGHTS_KEY]).toBeUndefined();
  });
});

describe("ratings in words", () => {
  it("counts each rating and says them all, zeros included", () => {
    const counts = countRag([{ rag: "green" }, { rag: "red" }, { rag: "green" }] as never[]);
    expect(counts).toEqual({ green: 2, amber: 0, red: 1, none: 0 });
    expect(ragSentence(counts)).toBe("2 Green, 0 Amber, 1 Red, 0 No rating");
  });
});
