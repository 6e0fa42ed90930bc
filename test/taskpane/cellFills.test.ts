/**
 * Highlighting problem cells and clearing the highlights: each cell gets its
 * own fill back exactly (no fill stays no fill), the saved fills survive the
 * pane reloading, and someone's re-colouring since is kept.
 */
import { describe, expect, it } from "vitest";
import type { ValidationIssue } from "../../src/domain/types";
import { memorySettings } from "../../src/taskpane/documentSettings";
import { HIGHLIGHTS_KEY, loadHighlights } from "../../src/taskpane/highlightStore";
import { checkWorkbook } from "../../src/taskpane/operations/checkWorkbook";
import { clearHighlights, clearSentence, HIGHLIGHT_COLORS, highlightProblems, highlightTargets } from "../../src/taskpane/operations/highlightProblems";
import { createPaneFake, fakeServices, FILLED_CELL, PLANTED_FAULT, sampleWorkbookSpec } from "./paneWorkbooks";

const issue = (severity: ValidationIssue["severity"], sheet: string, cell: string): ValidationIssue => ({ rule: "value-not-number", severity, sheet, cell, message: "m" });

function snapshots(fake: ReturnType<typeof createPaneFake>): unknown[] {
  return fake.sheetNames().map((n) => fake.sheet(n).snapshot());
}

describe("choosing the cells to highlight", () => {
  it("colours each cell once, in its worst severity, and skips notes and issues without a cell", () => {
    const { targets } = highlightTargets([
      issue("warning", "Data", "D7"),
      issue("error", "Data", "d7"),
      issue("info", "Data", "A1"),
      issue("error", "", "A1"),
      issue("warning", "Data", "D8"),
    ]);
    expect(targets).toEqual([
      { sheet: "Data", cell: "D7", color: HIGHLIGHT_COLORS.error },
      { sheet: "Data", cell: "D8", color: HIGHLIGHT_COLORS.warning },
    ]);
  });

  it("stops at the limit and says how many were left out", () => {
    const many = Array.from({ length: 5 }, (_, i) => issue("error", "Data", `A${i + 1}`));
    expect(highlightTargets(many, 3)).toMatchObject({ leftOut: 2 });
    expect(highlightTargets(many, 3).targets).toHaveLength(3);
  });
});

describe("highlight, then clear", () => {
  it("restores every cell's own fill exactly, in 2 + 3 syncs", async () => {
    const fake = createPaneFake(sampleWorkbookSpec());
    const services = fakeServices(fake);
    const check = await checkWorkbook(services);
    const before = snapshots(fake);

    const start = fake.syncCount;
    const result = await highlightProblems(services, check.analysis.issues, []);
    expect(fake.syncCount - start).toBe(2);
    expect(fake.fillOf(PLANTED_FAULT.sheet, PLANTED_FAULT.cell).color).toBe(HIGHLIGHT_COLORS.error);
    expect(fake.fillOf(FILLED_CELL.sheet, FILLED_CELL.cell).color).toBe(HIGHLIGHT_COLORS.warning);
    expect(result.saved.find((s) => s.cell === PLANTED_FAULT.cell)).toMatchObject({ fill: null });
    expect(result.saved.find((s) => s.cell === FILLED_CELL.cell)).toMatchObject({ fill: FILLED_CELL.fill });

    const beforeClear = fake.syncCount;
    const report = await clearHighlights(services, result.saved);
    expect(fake.syncCount - beforeClear).toBe(3);
    expect(report).toMatchObject({ restored: result.saved.length, changedSince: [], sheetGone: [] });
    expect(snapshots(fake)).toEqual(before);
    expect(loadHighlights(services.settings)).toEqual([]);
  });

  it("saves the original fills in the document settings before colouring, so a reloaded pane can clear", async () => {
    const fake = createPaneFake(sampleWorkbookSpec());
    const settings = memorySettings();
    const check = await checkWorkbook(fakeServices(fake, settings));
    const before = snapshots(fake);
    await highlightProblems(fakeServices(fake, settings), check.analysis.issues, []);
    expect(Array.isArray(settings.saved[HIGHLIGHTS_KEY])).toBe(true);

    // A new pane: only the workbook's settings carry over.
    const reloaded = memorySettings(settings.saved as Record<string, unknown>);
    const saved = loadHighlights(reloaded);
    expect(saved.length).toBeGreaterThan(0);
    await clearHighlights(fakeServices(fake, reloaded), saved);
    expect(snapshots(fake)).toEqual(before);
  });

  it("does not save a highlight colour as a cell's own fill when highlighting twice", async () => {
    const fake = createPaneFake(sampleWorkbookSpec());
    const services = fakeServices(fake);
    const check = await checkWorkbook(services);
    const before = snapshots(fake);
    const first = await highlightProblems(services, check.analysis.issues, []);
    const second = await highlightProblems(services, check.analysis.issues, first.saved);
    expect(second.saved).toEqual(first.saved);
    await clearHighlights(services, second.saved);
    expect(snapshots(fake)).toEqual(before);
  });

  it("keeps a cell someone re-coloured since, and skips cells on sheets that are gone", async () => {
    const fake = createPaneFake({
      sheets: [
        { name: "Data", cells: [["a", "b", "c"]] },
        { name: "Other", cells: [["x"]] },
      ],
    });
    const services = fakeServices(fake);
    const { saved } = await highlightProblems(services, [issue("error", "Data", "A1"), issue("error", "Data", "B1"), issue("warning", "Other", "A1")], []);
    fake.state.get("Data").ensure(0, 1).format.fill = "#00B050";
    fake.state.deleteSheet(fake.state.get("Other"));
    const report = await clearHighlights(services, saved);
    expect(report.restored).toBe(1);
    expect(report.changedSince.map((s) => s.cell)).toEqual(["B1"]);
    expect(report.sheetGone.map((s) => s.sheet)).toEqual(["Other"]);
    expect(fake.sheet("Data").cell("A1").format.fill).toBeUndefined();
    expect(fake.sheet("Data").cell("B1").format.fill).toBe("#00B050");
    expect(clearSentence(report)).toContain("1 cell");
  });

  it("without ExcelApi 1.9 takes a white cell as no fill, and still restores coloured cells exactly", async () => {
    const fake = createPaneFake({ sheets: [{ name: "Data", cells: [["a", "b"]] }] }, { apiVersion: "1.8" });
    fake.state.get("Data").ensure(0, 1).format.fill = "#ddebf7";
    const services = fakeServices(fake);
    expect(services.host.canReadPattern).toBe(false);
    const { saved } = await highlightProblems(services, [issue("error", "Data", "A1"), issue("error", "Data", "B1")], []);
    expect(saved.map((s) => s.fill)).toEqual([null, "#DDEBF7"]);
    await clearHighlights(services, saved);
    expect(fake.sheet("Data").cell("A1").format.fill).toBeUndefined();
    expect(fake.sheet("Data").cell("B1").format.fill).toBe("#DDEBF7");
  });

  it("reports a protected sheet as the sentence with the next step, and changes nothing", async () => {
    const fake = createPaneFake({ sheets: [{ name: "Data", cells: [["a"]], protected: true }] });
    const before = snapshots(fake);
    await expect(highlightProblems(fakeServices(fake), [issue("error", "Data", "A1")], [])).rejects.toMatchObject({
      name: "ExcelShellError",
      code: "EXCEL_ACCESS_DENIED",
      message: expect.stringContaining("Unprotect"),
    });
    expect(snapshots(fake)).toEqual(before);
  });
});
