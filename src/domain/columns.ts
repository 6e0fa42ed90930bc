/**
 * Finds a table's columns by header, matching case- and space-insensitively,
 * and reports a missing required column with a "did you mean" for near misses.
 */
import { distance } from "fastest-levenshtein";
import { quoteCellText } from "./cellText";
import { issue } from "./rules/issue";
import { headerCell, tableCell } from "./tableCells";
import type { RawTable, ValidationIssue } from "./types";

/** "Target  date " → "targetdate": how headers are compared. */
export function normaliseHeader(header: unknown): string {
  return String(header ?? "").toLowerCase().replace(/[\s_]+/g, "");
}

export interface ColumnSpec {
  name: string;
  required: boolean;
}

export type ColumnMap<K extends string> = { [P in K]?: number };

/** The closest header to `wanted` if it is a plausible typo (distance ≤ 2, or one contains the other). */
function nearMiss(wanted: string, headers: string[]): string | undefined {
  const target = normaliseHeader(wanted);
  let best: { header: string; d: number } | undefined;
  for (const header of headers) {
    const h = normaliseHeader(header);
    if (!h) continue;
    const d = h.includes(target) || target.includes(h) ? 1 : distance(h, target);
    if (d <= Math.max(2, Math.floor(target.length / 4)) && (!best || d < best.d)) best = { header, d };
  }
  return best?.header;
}

/**
 * Maps each wanted column to its index in `table.headers`. Missing required
 * columns become `missing-column` errors naming the table and the column.
 */
export function findColumns<K extends string>(
  table: RawTable,
  specs: Record<K, ColumnSpec>,
): { columns: ColumnMap<K>; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const byName = new Map<string, number>();
  table.headers.forEach((header, i) => {
    const key = normaliseHeader(header);
    if (!key) return;
    if (byName.has(key)) {
      issues.push(
        issue("duplicate-column", headerCell(table, i), `Table ${table.name} has the column ${quoteCellText(String(header))} twice; the first one is used.`),
      );
      return;
    }
    byName.set(key, i);
  });
  const columns: ColumnMap<K> = {};
  for (const key of Object.keys(specs) as K[]) {
    const spec = specs[key];
    const index = byName.get(normaliseHeader(spec.name));
    if (index !== undefined) {
      columns[key] = index;
      continue;
    }
    if (!spec.required) continue;
    const matched = new Set(byName.values());
    const suggestion = nearMiss(spec.name, table.headers.filter((_, i) => matched.has(i)));
    const hint = suggestion ? ` Did you mean ${quoteCellText(String(suggestion))}?` : "";
    issues.push(
      issue("missing-column", tableCell(table), `Table ${table.name} has no "${spec.name}" column.${hint}`),
    );
  }
  return { columns, issues };
}
