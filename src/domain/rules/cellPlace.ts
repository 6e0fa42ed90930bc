/** How messages name a cell, so every issue opens the same way. */
import type { CellRef } from "../types";

/** "In table IndicatorData, cell D7 (Value)": the opening of an issue's message. */
export function cellPlace(table: string, column: string, at: CellRef): string {
  return `In table ${table}, cell ${at.cell} (${column})`;
}
