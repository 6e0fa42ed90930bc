/** One improvement plan action, as read from the Actions table. */
import type { CellRef } from "../types";
import type { CrossReference } from "./crossReferences";
import type { Timescale } from "./parseTimescale";
import type { StatusWord } from "./statusWords";

export interface PlanAction {
  /** As written, without a trailing dot; "" when the Ref cell was blank. */
  ref: string;
  /** From the ref: "2.1.3" → 2. */
  priority?: number;
  /** From the ref: "2.1.3" → "2.1". */
  outcome?: string;
  /** The action text, HTML fragments removed. */
  action: string;
  /** ISO day: the Start cell, else the earliest start in the Timescale. */
  start?: string;
  /** ISO day: the Due cell, else the latest end in the Timescale. */
  due?: string;
  /** Delivery lead(s) as written. */
  lead?: string;
  status?: StatusWord;
  crossReferences: CrossReference[];
  timescale?: Timescale;
  /** The Timescale cell as written (HTML removed). */
  timescaleText?: string;
  /** The Ref cell. */
  at: CellRef;
  /** 0-based data row in the source table. */
  row: number;
}
