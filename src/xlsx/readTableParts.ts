/** The Excel tables (table parts) on one worksheet: name, range, header and totals rows, column names. */
import type { OpcPackage } from "./openPackage";
import { partText } from "./openPackage";
import { type Rect, rangeRect } from "./rangeRect";
import { isType, readRelationships } from "./relationships";
import { findElement, findElements } from "./xmlText";

export interface TablePart {
  /** displayName, else name; "" for a table that has neither. */
  name: string;
  ref: Rect;
  headerRows: number;
  totalsRows: number;
  columnNames: string[];
}

/** Parses one table part's text; undefined when it has no usable ref. */
export function parseTablePart(xml: string): TablePart | undefined {
  const table = findElement(xml, "table");
  if (!table?.attrs.ref) return undefined;
  let ref: Rect;
  try {
    ref = rangeRect(table.attrs.ref.replace(/\$/g, ""));
  } catch {
    return undefined;
  }
  return {
    name: (table.attrs.displayName || table.attrs.name || "").trim(),
    ref,
    headerRows: Number(table.attrs.headerRowCount ?? 1),
    totalsRows: Number(table.attrs.totalsRowCount ?? 0),
    columnNames: findElements(xml, "tableColumn").map((c) => c.attrs.name ?? ""),
  };
}

/** The tables on the worksheet stored in `sheetPart`. */
export function readTableParts(pkg: OpcPackage, sheetPart: string): TablePart[] {
  const tables: TablePart[] = [];
  for (const rel of readRelationships(pkg, sheetPart)) {
    if (rel.external || !isType(rel, "table")) continue;
    const xml = partText(pkg, rel.part);
    const table = xml === undefined ? undefined : parseTablePart(xml);
    if (table) tables.push(table);
  }
  return tables;
}
