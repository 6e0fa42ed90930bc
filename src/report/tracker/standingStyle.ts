/** How a tracker verdict looks: the RAG fills, so "off track" reads like Red, always with its word. */
import type { Rag } from "../../domain/results";
import type { CellStyle } from "../plan/plan";
import { ragStyle } from "../layout/ragStyle";
import type { TrackerVerdict } from "./targetVerdict";

const VERDICT_RAG: Record<TrackerVerdict, Rag> = {
  "on track": "green",
  met: "green",
  "at risk": "amber",
  "off track": "red",
  "not met": "red",
  "not yet due": "none",
  "n/a": "none",
  "actions complete": "none",
  "actions under way": "none",
  "actions overdue": "amber",
  "no actions": "amber",
};

/** The verdict cell's style; a met target that is drifting back (no longer minimised) shows as a warning. */
export function verdictStyle(verdict: TrackerVerdict, drifting = false): CellStyle {
  return ragStyle(drifting ? "amber" : VERDICT_RAG[verdict]);
}
