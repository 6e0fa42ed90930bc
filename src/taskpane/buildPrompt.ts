/** The words of the build-with-errors prompt: the errors by kind, and how firmly to ask. */
import type { ValidationIssue } from "../domain/types";
import { groupByKind } from "./issueGroups";

/** From this many errors on, Build anyway wants a ticked box as well as a click. */
export const MANY_ERRORS = 20;

/** Kinds named in the prompt; the rest are summed as "other". */
const KINDS_NAMED = 3;

/** "729 errors: 700 × Value is not a number, 29 × Period is not a month." */
export function errorKindsSentence(issues: readonly ValidationIssue[], total: number): string {
  const kinds = new Map<string, number>();
  for (const g of groupByKind(issues)) if (g.section === "error") kinds.set(g.title, (kinds.get(g.title) ?? 0) + g.issues.length);
  const sorted = [...kinds].sort((a, b) => b[1] - a[1]);
  const named = sorted.slice(0, KINDS_NAMED).map(([title, n]) => `${n.toLocaleString("en-GB")} × ${title}`);
  const other = sorted.slice(KINDS_NAMED).reduce((n, [, c]) => n + c, 0);
  if (other > 0) named.push(`${other.toLocaleString("en-GB")} other`);
  const head = `The data has ${total.toLocaleString("en-GB")} error${total === 1 ? "" : "s"}`;
  return named.length ? `${head}: ${named.join(", ")}.` : `${head}.`;
}
