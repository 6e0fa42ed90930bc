/**
 * Carrying what people typed on a generated sheet across a refresh, and telling
 * generated sheets from people's own. Both shells read an existing sheet's values
 * (from A1) and hand them here, so the rule lives in one place.
 */
import { columnLetters, parseA1 } from "../../domain/a1";
import type { CellBlock, CellNote, CellStyle, InputCell, PlanValue, RangeStyle, SheetPlan } from "./plan";
import { GENERATED_MARKER } from "./plan";

type Cell = string | number | boolean | Date | null | undefined;

const INPUT_PREFIX = "input:";
/** Between the input's column and the fingerprint of a draft the build wrote there. */
const DRAFT_MARK = "#draft=";

/** How a drafted input cell looks: italic grey, so nobody takes it for typed text. */
export const DRAFT_STYLE: CellStyle = { italic: true, fontColor: "#6E6E6E" };

/**
 * A short fingerprint of a drafted text (FNV-1a, base 36). The key column
 * records it beside the input, so the next build can tell a draft nobody
 * touched (re-drafted) from text a person typed or edited (kept).
 */
export function draftFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The text written in the hidden key column A1 of a generated sheet. */
export function markerText(sheetKey: string): string {
  return `${GENERATED_MARKER}${sheetKey}`;
}

/** True when a sheet's A1 says it was generated for `sheetKey` (any key when omitted). */
export function isGeneratedSheet(a1Value: Cell, sheetKey?: string): boolean {
  if (typeof a1Value !== "string" || !a1Value.startsWith(GENERATED_MARKER)) return false;
  return sheetKey === undefined || a1Value === markerText(sheetKey);
}

/**
 * The key-column text for an input cell: "input:commentary:UNALLOC28@E", with
 * "#draft=<fingerprint>" after it when the build wrote a draft into the cell.
 */
export function inputKeyText(input: InputCell, draftWritten?: string): string {
  const base = `${INPUT_PREFIX}${input.key}@${columnLetters(parseA1(input.address).column)}`;
  return draftWritten === undefined ? base : `${base}${DRAFT_MARK}${draftFingerprint(draftWritten)}`;
}

function parseKeyText(text: string): { key: string; column: number; draft?: string } | undefined {
  if (!text.startsWith(INPUT_PREFIX)) return undefined;
  const marked = text.lastIndexOf(DRAFT_MARK);
  const draft = marked > INPUT_PREFIX.length ? text.slice(marked + DRAFT_MARK.length) : undefined;
  const body = draft === undefined ? text : text.slice(0, marked);
  const at = body.lastIndexOf("@");
  if (at <= INPUT_PREFIX.length) return undefined;
  const key = body.slice(INPUT_PREFIX.length, at);
  try {
    return { key, column: parseA1(`${body.slice(at + 1)}1`).column, ...(draft !== undefined ? { draft } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * Reads the text people typed into a previous generated sheet.
 * `values` is the sheet's used range starting at A1 (row-major, 0-based).
 * Blank cells, untouched placeholders (older builds wrote them as values) and
 * drafts the build wrote that nobody changed are not carried: a draft is
 * re-drafted from the new month's figures.
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
    if (parsed.draft !== undefined && draftFingerprint(text) === parsed.draft) return;
    typed.set(parsed.key, text);
  });
  return typed;
}

/** The draft written into an input cell: only where nobody has typed anything. */
function draftOf(input: InputCell, typed: ReadonlyMap<string, string>): string | undefined {
  return typed.has(input.key) ? undefined : input.draft;
}

/**
 * The blocks that write the key column and each input cell: typed text where
 * there is some for the key, else the build's draft, else nothing. A
 * placeholder is never a value (see `inputNotes`).
 */
export function inputBlocks(sheet: SheetPlan, typed: ReadonlyMap<string, string>): CellBlock[] {
  const blocks: CellBlock[] = [{ address: "A1", values: [[markerText(sheet.key)]] }];
  for (const input of sheet.inputs) {
    const { row } = parseA1(input.address);
    const draft = draftOf(input, typed);
    blocks.push({ address: `A${row}`, values: [[inputKeyText(input, draft)]] });
    const value: PlanValue = typed.get(input.key) ?? draft ?? null;
    blocks.push({ address: input.address, values: [[value]] });
  }
  return blocks;
}

/** The draft style on each input cell that holds a draft rather than typed text. */
export function inputStyles(sheet: SheetPlan, typed: ReadonlyMap<string, string>): RangeStyle[] {
  return sheet.inputs.filter((i) => draftOf(i, typed) !== undefined).map((i) => ({ range: i.address, style: DRAFT_STYLE }));
}

/** The sheet's notes, with each input's placeholder as a note on its cell: guidance, never a value. */
export function sheetNotes(sheet: SheetPlan): CellNote[] {
  const prompts = sheet.inputs.flatMap((i) => (i.placeholder ? [{ address: i.address, text: i.placeholder }] : []));
  return [...(sheet.notes ?? []), ...prompts];
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
