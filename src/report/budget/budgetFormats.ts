/** Number formats and words for money on the budget sheet and the dashboard's budget block. */
import type { Rag } from "../../domain/results";
import { ragWord } from "../layout/ragStyle";

/** Whole pounds. */
export const MONEY_FORMAT = "£#,##0;-£#,##0";

/** Forecast − net budget in words, so the sign never rests on a minus: "£3,000 over", "£7,000 under". */
export const VARIANCE_FORMAT = '£#,##0" over";£#,##0" under";"on budget"';

/** A share of a budget, written as a fraction. */
export const SHARE_FORMAT = "0%";

/** A percentage on the 0–100 scale as a fraction for the "0%" format. */
export function share(percent: number | undefined): number | string {
  return percent === undefined ? "–" : Math.round(percent * 10) / 1000;
}

/** A budget RAG in words: as any RAG, except that a line not judged says why. */
export function budgetRagWord(p: { rag: Rag; net: number }): string {
  if (p.rag !== "none") return ragWord(p.rag);
  return p.net <= 0 ? "No budget" : "Not rated";
}
