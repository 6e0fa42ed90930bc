/**
 * The fills problem cells had before they were highlighted, kept in the
 * workbook's document settings so "Clear highlights" still works after the
 * pane (or Excel) is closed and opened again.
 */
import type { SavedFill } from "../excel/cellFills";
import type { DocumentSettings } from "./documentSettings";

export const HIGHLIGHTS_KEY = "scorecard.highlights";

const COLOR = /^#[0-9A-Fa-f]{6}$/;

function isSavedFill(v: unknown): v is SavedFill {
  if (typeof v !== "object" || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.sheet === "string" &&
    typeof s.cell === "string" &&
    (s.fill === null || typeof s.fill === "string") &&
    typeof s.applied === "string" &&
    COLOR.test(s.applied)
  );
}

/** The saved fills in the workbook; entries that do not parse are dropped. */
export function loadHighlights(store: DocumentSettings): SavedFill[] {
  const raw = store.get(HIGHLIGHTS_KEY);
  return Array.isArray(raw) ? raw.filter(isSavedFill).map((s) => ({ sheet: s.sheet, cell: s.cell, fill: s.fill, applied: s.applied })) : [];
}

/** Stores `saved` (removing the setting when empty) and saves the workbook's settings. */
export async function saveHighlights(store: DocumentSettings, saved: readonly SavedFill[]): Promise<void> {
  if (saved.length === 0) store.remove(HIGHLIGHTS_KEY);
  else store.set(HIGHLIGHTS_KEY, saved);
  await store.save();
}
