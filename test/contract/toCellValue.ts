/** Test-side reading of the xlsx library's cells (the file shell no longer reads through it). Flattens what excelts holds in a cell into the plain CellValue the domain reads. */
import type { CellValue } from "../../src/domain/types";
import { ValueType, type Cell } from "../../src/xlsx/excelts";

/** Text of a rich-text run list. */
function runsText(runs: ReadonlyArray<{ text: string }>): string {
  return runs.map((run) => run.text).join("");
}

/** A primitive or one of excelts' value objects, reduced to a CellValue. */
function flatten(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (typeof value !== "object") return null;
  const v = value as {
    error?: string;
    richText?: { text: string }[];
    text?: unknown;
    result?: unknown;
    checkbox?: boolean;
    formula?: string;
    sharedFormula?: string;
  };
  if (typeof v.error === "string") return v.error;
  if ("formula" in v || "sharedFormula" in v) return flatten(v.result);
  if (typeof v.text === "string") return flatten(v.text);
  if (Array.isArray(v.richText)) return flatten(runsText(v.richText));
  if (typeof v.checkbox === "boolean") return v.checkbox;
  return null;
}

/**
 * A cell's value as Excel shows it: formulas give their cached result, rich
 * text and hyperlinks their plain text, error cells their code ("#N/A").
 * Empty strings are blank (null), as Excel displays them. A cell covered by a
 * merge (not its top-left) is blank: Excel keeps the value only in the first
 * cell, and merged areas are reported separately.
 */
export function toCellValue(cell: Cell): CellValue {
  if (cell.type === ValueType.Merge) return null;
  return flatten(cell.value);
}
