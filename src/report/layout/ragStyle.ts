/** How a RAG rating reads and looks: a word and a fill, never colour alone. */
import type { Rag } from "../../domain/results";
import type { CellStyle } from "../plan/plan";

/** The word printed in a RAG cell, so the rating survives greyscale printing. */
export function ragWord(rag: Rag): string {
  switch (rag) {
    case "green":
      return "Green";
    case "amber":
      return "Amber";
    case "red":
      return "Red";
    case "none":
      return "No target";
  }
}

// Excel's own "Good / Neutral / Bad" cell-style colours: Members know them, and
// the dark font on a pale fill stays legible when printed in greyscale.
const RAG_STYLES: Record<Rag, CellStyle> = {
  green: { fill: "#C6EFCE", fontColor: "#006100" },
  amber: { fill: "#FFEB9C", fontColor: "#9C5700" },
  red: { fill: "#FFC7CE", fontColor: "#9C0006" },
  none: { fill: "#EDEDED", fontColor: "#404040" },
};

/** The fill and font colour of a RAG cell (bold and centred, with its word). */
export function ragStyle(rag: Rag): CellStyle {
  return { ...RAG_STYLES[rag], bold: true, horizontalAlignment: "center" };
}
