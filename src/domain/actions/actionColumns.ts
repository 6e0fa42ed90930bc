/**
 * The Actions table's columns. Headers as the published plan writes them
 * ("Actions", "Delivery Leads") are taken as the table's own names, so a
 * pasted plan reads without renaming.
 */
import { normaliseHeader, type ColumnMap, type ColumnSpec } from "../columns";
import type { RawTable } from "../types";

export const ACTION_COLUMNS = {
  ref: { name: "Ref", required: true },
  action: { name: "Action", required: true },
  start: { name: "Start", required: false },
  due: { name: "Due", required: false },
  lead: { name: "Lead", required: false },
  status: { name: "Status", required: false },
  crossReferences: { name: "Cross-references", required: false },
  timescale: { name: "Timescale", required: false },
} satisfies Record<string, ColumnSpec>;

export type ActionColumnKey = keyof typeof ACTION_COLUMNS;
export type ActionColumns = ColumnMap<ActionColumnKey> & { ref: number; action: number };

/** Other headers for the same columns (normalised as findColumns compares them). */
const ALIASES: Readonly<Record<string, string>> = {
  reference: "Ref",
  actions: "Action",
  startdate: "Start",
  duedate: "Due",
  enddate: "Due",
  targetdate: "Due",
  deadline: "Due",
  leads: "Lead",
  "lead(s)": "Lead",
  deliverylead: "Lead",
  deliveryleads: "Lead",
  "deliverylead(s)": "Lead",
  crossreferences: "Cross-references",
  "cross-reference": "Cross-references",
  crossreference: "Cross-references",
  "cross-refs": "Cross-references",
  crossrefs: "Cross-references",
  timescales: "Timescale",
};

/** The table with alias headers renamed, unless the table already has the column under its own name. */
export function withActionAliases(table: RawTable): RawTable {
  const present = new Set(table.headers.map(normaliseHeader));
  const renamed = new Set<string>();
  const headers = table.headers.map((header) => {
    const canonical = ALIASES[normaliseHeader(header)];
    if (!canonical || present.has(normaliseHeader(canonical)) || renamed.has(canonical)) return header;
    renamed.add(canonical);
    return canonical;
  });
  return { ...table, headers };
}
