/**
 * "Highlight problem cells" and "Clear highlights": colour each cell an issue
 * points at (errors red, warnings amber; notes are left alone), remembering
 * each cell's own fill in the workbook's settings first, and put those fills
 * back on request.
 */
import type { Severity, ValidationIssue } from "../../domain/types";
import { cellKey, type CellHighlight, type ClearReport, highlightCells, restoreFills, type SavedFill } from "../../excel/cellFills";
import { saveHighlights } from "../highlightStore";
import { hasCell } from "../issueGroups";
import type { PaneServices } from "../paneServices";

/** Excel's own "Bad" and "Neutral" cell-style fills, which people recognise. */
export const HIGHLIGHT_COLORS: Partial<Record<Severity, string>> = { error: "#FFC7CE", warning: "#FFEB9C" };

/** Cells coloured in one go at most; the request stays small and the sheet readable. */
export const HIGHLIGHT_LIMIT = 1000;

/** One highlight per cell, in the worst severity among its issues, up to `limit` cells. */
export function highlightTargets(issues: readonly ValidationIssue[], limit = HIGHLIGHT_LIMIT): { targets: CellHighlight[]; leftOut: number } {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const worst = new Map<string, ValidationIssue>();
  for (const i of issues) {
    if (!hasCell(i) || HIGHLIGHT_COLORS[i.severity] === undefined) continue;
    const key = cellKey(i);
    const seen = worst.get(key);
    if (!seen || rank[i.severity] < rank[seen.severity]) worst.set(key, i);
  }
  const all = [...worst.values()].map((i) => ({ sheet: i.sheet, cell: i.cell.replace(/\$/g, "").toUpperCase(), color: HIGHLIGHT_COLORS[i.severity]! }));
  return { targets: all.slice(0, limit), leftOut: Math.max(0, all.length - limit) };
}

/** Colours the problem cells (2 syncs). Resolves with every saved fill, old and new. */
export async function highlightProblems(
  services: Pick<PaneServices, "excel" | "settings" | "host">,
  issues: readonly ValidationIssue[],
  saved: readonly SavedFill[],
): Promise<{ saved: SavedFill[]; coloured: number; leftOut: number }> {
  const { targets, leftOut } = highlightTargets(issues);
  if (targets.length === 0) return { saved: [...saved], coloured: 0, leftOut };
  const result = await services.excel((context) =>
    highlightCells(context, targets, saved, { canReadPattern: services.host.canReadPattern }, (all) => saveHighlights(services.settings, all)),
  );
  return { saved: result.saved, coloured: targets.length, leftOut };
}

/** Puts each cell's own fill back (3 syncs) and forgets the saved fills. */
export async function clearHighlights(services: Pick<PaneServices, "excel" | "settings">, saved: readonly SavedFill[]): Promise<ClearReport> {
  const report = await services.excel((context) => restoreFills(context, saved));
  await saveHighlights(services.settings, []);
  return report;
}

/** What Clear did, in a sentence or two. */
export function clearSentence(report: ClearReport): string {
  const cells = (n: number) => `${n.toLocaleString("en-GB")} cell${n === 1 ? "" : "s"}`;
  const parts = [`Gave ${cells(report.restored)} back ${report.restored === 1 ? "its" : "their"} own fill.`];
  if (report.changedSince.length > 0) parts.push(`${cells(report.changedSince.length)} had been re-coloured since, so ${report.changedSince.length === 1 ? "it was" : "they were"} left as ${report.changedSince.length === 1 ? "it is" : "they are"}.`);
  if (report.sheetGone.length > 0) parts.push(`${cells(report.sheetGone.length)} on sheets no longer in the workbook could not be restored.`);
  return parts.join(" ");
}
