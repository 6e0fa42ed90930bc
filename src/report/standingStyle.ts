/** How a tracker verdict looks: the RAG fills, so "off track" reads like Red, always with its word. */
import type { Rag } from "../domain/results";
import type { CellStyle } from "./plan";
import { ragStyle } from "./ragStyle";
import type { TrackerVerdict } from "./targetVerdict";

const VERDICT_RAG: Record<TrackerVerdict, Rag> = {
  "on track": "green",
  met: "green",
  "at risk": "amber",
  "off track": "red",
  "not met": "red",
  "not yet due": "none",
  "n/a": "none",
};

/** The verdict cell's style. */
export function verdictStyle(verdict: TrackerVerdict): CellStyle {
  return ragStyle(VERDICT_RAG[verdict]);
}

/** "on track" → "On track": verdicts start a cell, so they take a capital. */
export function verdictText(verdict: TrackerVerdict): string {
  return verdict === "n/a" ? "n/a" : verdict[0]!.toUpperCase() + verdict.slice(1);
}
