/**
 * Explained queries. DfE's own data returns tell errors, which must be fixed,
 * from queries, which may be explained: a warning on a row whose Note begins
 * "Explained:" has been checked by someone who knows the figure is right. It is
 * kept, with its explanation and the rule it answers, as a note (severity
 * info), and counted apart. Errors are never explained away.
 */
import { parseA1 } from "../a1";
import { cellText } from "../cellText";
import { normaliseHeader } from "../columns";
import type { CellValue, RawTable, ValidationIssue } from "../types";

const EXPLAINED = /^\s*explained\s*:\s*/i;

/** The explanation in a Note ("Explained: the backlog was cleared" → "the backlog was cleared"); undefined when it gives none. */
export function explanationIn(note: CellValue | undefined): string | undefined {
  const text = cellText(note);
  if (!EXPLAINED.test(text)) return undefined;
  const rest = text.replace(EXPLAINED, "").trim();
  return rest === "" ? undefined : rest;
}

/** "Sheet!12" → explanation, for every data row of `tables` whose Note explains itself. */
function explainedRows(tables: readonly RawTable[]): Map<string, string> {
  const rows = new Map<string, string>();
  for (const table of tables) {
    const note = table.headers.findIndex((h) => normaliseHeader(h) === "note");
    if (note < 0) continue;
    table.rows.forEach((row, r) => {
      const explanation = explanationIn(row[note]);
      if (explanation !== undefined) rows.set(`${table.sheet}!${table.origin.row + 1 + r}`, explanation);
    });
  }
  return rows;
}

function rowOf(cell: string): number | undefined {
  try {
    return parseA1(cell).row;
  } catch {
    return undefined;
  }
}

/**
 * Turns each warning that points at a row with an "Explained:" Note into an
 * explained query (severity info, `explanation` set). Other issues are returned
 * as they are; the order is kept.
 */
export function applyExplanations(issues: readonly ValidationIssue[], tables: readonly RawTable[]): ValidationIssue[] {
  const explained = explainedRows(tables);
  if (explained.size === 0) return [...issues];
  return issues.map((item) => {
    if (item.severity !== "warning") return item;
    const explanation = explained.get(`${item.sheet}!${rowOf(item.cell) ?? ""}`);
    return explanation === undefined ? item : { ...item, severity: "info", explanation };
  });
}

/** True for an issue a row's Note has explained. */
export function isExplained(item: ValidationIssue): boolean {
  return item.explanation !== undefined;
}
