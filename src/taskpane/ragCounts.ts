/** How many dashboard indicators are Green, Amber, Red or have no rating, said in words. */
import type { IndicatorResult, Rag } from "../domain/results";

export type RagCounts = Record<Rag, number>;

export const RAG_ORDER: readonly Rag[] = ["green", "amber", "red", "none"];

/** The pane's word for each rating; "No rating" covers no target and no figure alike. */
export const RAG_LABELS: Record<Rag, string> = { green: "Green", amber: "Amber", red: "Red", none: "No rating" };

export function countRag(results: readonly IndicatorResult[]): RagCounts {
  const counts: RagCounts = { green: 0, amber: 0, red: 0, none: 0 };
  for (const r of results) counts[r.rag]++;
  return counts;
}

/** "2 Green, 1 Amber, 3 Red, 0 No rating". */
export function ragSentence(counts: RagCounts): string {
  return RAG_ORDER.map((rag) => `${counts[rag]} ${RAG_LABELS[rag]}`).join(", ");
}
