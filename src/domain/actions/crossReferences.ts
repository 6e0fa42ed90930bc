/**
 * The plan's cross-references: `IN n` (Improvement Notice targets 1–16),
 * `O n` (inspection recommendations 1–23) and `CT n` (Core Tasks 1–10),
 * written as the plan writes them: "IN 3. O 1. CT 1.", "O16.", "CT1",
 * "IN 1., IN 2.", sometimes wrapped in `<p>` tags.
 */
import type { CellValue } from "../types";
import { plainText } from "./plainText";

export type CrossReferenceKind = "IN" | "O" | "CT";

export interface CrossReference {
  kind: CrossReferenceKind;
  number: number;
}

/** The highest number of each kind in the source documents. */
export const CROSS_REFERENCE_RANGES: Readonly<Record<CrossReferenceKind, number>> = { IN: 16, O: 23, CT: 10 };

/** What each kind is, for messages and headings. */
export const CROSS_REFERENCE_NAMES: Readonly<Record<CrossReferenceKind, string>> = {
  IN: "Improvement Notice target",
  O: "inspection recommendation",
  CT: "Core Task",
};

/** "IN 3", "O 16", "CT 1". */
export function crossReferenceLabel(ref: CrossReference): string {
  return `${ref.kind} ${ref.number}`;
}

// A letter before the kind means a longer word ("PIN 3", "TO 4"), not a reference.
const REFERENCE = /(?<![A-Za-z])(IN|CT|O)\s*\.?\s*(\d{1,4})(?!\d)\.?/gi;
// What may sit between references without meaning anything.
const SEPARATORS = /^(?:[\s,;.&/+]|\band\b)*$/i;

/**
 * Reads every reference in the text, in order and without repeats. Text that
 * is not a reference, and references outside their kind's range ("IN 17"),
 * come back in `unknown` as written.
 */
export function parseCrossReferences(value: CellValue | undefined): { refs: CrossReference[]; unknown: string[] } {
  const text = plainText(value);
  const refs: CrossReference[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  const leftover = (piece: string): void => {
    if (!SEPARATORS.test(piece)) unknown.push(piece.replace(/^[\s,;.&/+]+|[\s,;&/+]+$/g, ""));
  };
  let last = 0;
  for (const m of text.matchAll(REFERENCE)) {
    leftover(text.slice(last, m.index));
    last = m.index + m[0].length;
    const kind = m[1]!.toUpperCase() as CrossReferenceKind;
    const number = Number(m[2]);
    if (number < 1 || number > CROSS_REFERENCE_RANGES[kind]) {
      unknown.push(`${kind} ${number}`);
      continue;
    }
    const key = `${kind} ${number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push({ kind, number });
  }
  leftover(text.slice(last));
  return { refs, unknown };
}
