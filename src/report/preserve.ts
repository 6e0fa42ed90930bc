/**
 * Carrying what people typed on a generated sheet across a refresh, and telling
 * generated sheets from people's own. Both shells read an existing sheet's values
 * (from A1) and hand them here, so the rule lives in one place.
 */
import { columnLetters, parseA1 } from "../domain/a1";
import type { CellBlock, InputCell, PlanValue, SheetPlan } from "./plan";
import { GENERATED_MARKER } from "./plan";

type Cell = string | number | boolean | Date | null | undefined;

const INPUT_PREFIX = "input:";

/** The text written in the hidden key column A1 of a generated sheet. */
export function markerText(sheetKey: string): string {
  return `${GENERATED_MARKER}${sheetKey}`;
}

/** True when a sheet's A1 says it was generated for `sheetKey` (any key when omitted). */
export function isGeneratedSheet(a1Value: Cell, sheetKey?: string): boolean {
  if (typeof a1Value !== "string" || !a1Value.startsWith(GENERATED_MARKER)) return false;
  return sheetKey === undefined || a1Value === markerText(sheetKey);
}

/** The key-column text for an input cell: "input:commentary:UNALLOC28@E". */
export function inputKeyText(input: InputCell): string {
  return `${INPUT_PREFIX}${input.key}@${columnLetters(parseA1(input.address).column)}`;
}

function parseKeyText(text: string): { key: string; column: number } | undefined {
  if (!text.startsWith(INPUT_PREFIX)) return undefined;
  const at = text.lastIndexOf("@");
  if (at <= INPUT_PREFIX.length) return undefined;
  const key = text.slice(INPUT_PREFIX.length, at);
  try {
    return { key, column: parseA1(`${text.slice(at + 1)}1`).column };
  } catch {
    return undefined;
  }
}

/**
 * Reads the text people typed into a previous generated sheet.
 * `values` is the sheet's used range starting at A1 (row-major, 0-based).
 * Blank cells and untouched placeholders are not carried.
 */
export function readTypedInputs(values: readonly (readonly Cell[])[], placeholders: ReadonlySet<string> = new Set()): Map<string, string> {
  const typed = new Map<string, string>();
  values.forEach((row, r) => {
    const keyCell = row[0];
    if (typeof keyCell !== "string") return;
    const parsed = parseKeyText(keyCell);
    if (!parsed) return;
    const raw = values[r]?.[parsed.column - 1];
    if (raw === null || raw === undefined) return;
    // An invalid Date has no day to show (and toISOString would throw): treat it as blank.
    const text = raw instanceof Date ? (Number.isNaN(raw.getTime()) ? "" : raw.toISOString().slice(0, 10)) : String(raw);
    if (text.trim() === "" || placeholders.has(text)) return;
    typed.set(parsed.key, text);
  });
  return typed;
}

/**
 * The blocks that write the key column and each input cell: typed text where
 * there is some for the key, else the placeholder.
 */
export function inputBlocks(sheet: SheetPlan, typed: ReadonlyMap<string, string>): CellBlock[] {
  const blocks: CellBlock[] = [{ address: "A1", values: [[markerText(sheet.key)]] }];
  for (const input of sheet.inputs) {
    const { row } = parseA1(input.address);
    blocks.push({ address: `A${row}`, values: [[inputKeyText(input)]] });
    const value: PlanValue = typed.get(input.key) ?? input.placeholder ?? null;
    blocks.push({ address: input.address, values: [[value]] });
  }
  return blocks;
}

/** The placeholders of a sheet plan, so untouched ones are not mistaken for typed text. */
export function placeholdersOf(sheet: SheetPlan): Set<string> {
  return new Set(sheet.inputs.flatMap((i) => (i.placeholder ? [i.placeholder] : [])));
}

/** A free name for a generated sheet when a person's own sheet holds the wanted one. */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted} (${i})`.slice(-31);
    if (!lower.has(name.toLowerCase())) return name;
  }
}
