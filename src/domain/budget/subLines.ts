/**
 * Lines that share out another line's budget ("Part of"). A programme's
 * allocation can sit on one line with its deduction at source while sub-lines
 * split the net budget between workstreams; totals then count the programme
 * line only, so nothing is counted twice. One level deep: a sub-line cannot
 * have sub-lines of its own.
 */
import { quoteCellText } from "../cellText";
import { issue } from "../rules/issue";
import { dataCell } from "../tableCells";
import { netBudget, type BudgetLine, type RolledUpFigure } from "./budgetLine";
import type { BudgetReader, ReadLine } from "./readBudgetRow";
import { formatPounds } from "./money";
import { sumProfiles } from "./profile";

/** How lines are matched: name case- and space-insensitively, within a year. */
export function lineKey(name: string, year: string | undefined): string {
  return `${name.toLowerCase().replace(/\s+/g, " ").trim()}\u0000${year ?? ""}`;
}

function sum(values: readonly number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
}

/** Fills a parent's blank figures from its sub-lines. */
function rollUp(parent: ReadLine, children: readonly BudgetLine[]): void {
  const line = parent.line;
  const rolled: RolledUpFigure[] = [];
  if (parent.blank.has("committed")) {
    line.committed = sum(children.map((c) => c.committed));
    rolled.push("committed");
  }
  if (parent.blank.has("spent")) {
    line.spent = sum(children.map((c) => c.spent));
    rolled.push("spent");
  }
  if (parent.blank.has("forecast") && children.some((c) => c.forecast !== undefined)) {
    // A sub-line with no forecast is expected to end at what it has spent and committed.
    line.forecast = sum(children.map((c) => c.forecast ?? c.spent + c.committed));
    rolled.push("forecast");
  }
  if (parent.blank.has("profile") && children.every((c) => c.profile.length > 0)) {
    line.profile = sumProfiles(children.map((c) => c.profile));
    rolled.push("profile");
  }
  if (rolled.length === 0) return;
  line.rolledUp = rolled;
  if (children.some((c) => c.incomplete)) line.incomplete = true;
}

/**
 * Checks each Part of against the top-level lines (a miss is reported and the
 * line then counts on its own), warns when sub-lines share out more than their
 * parent's net budget, and rolls sub-line figures up into blank parent cells.
 */
export function linkSubLines(reader: BudgetReader, lines: readonly ReadLine[]): void {
  const { table, columns, issues } = reader;
  const parents = new Map<string, ReadLine>();
  for (const read of lines) {
    const key = lineKey(read.line.line, read.line.year);
    if (read.line.partOf === undefined && !parents.has(key)) parents.set(key, read);
  }
  const children = new Map<ReadLine, BudgetLine[]>();
  for (const { line } of lines) {
    if (line.partOf === undefined) continue;
    const parent = parents.get(lineKey(line.partOf, line.year));
    if (!parent) {
      const at = dataCell(table, line.row, columns.partOf ?? columns.line);
      const year = line.year ? ` for ${line.year}` : "";
      issues.push(
        issue(
          "budget-unknown-parent",
          at,
          `In table ${table.name}, Part of for ${quoteCellText(line.line)} at ${at.cell} names ${quoteCellText(line.partOf)}, which is not a top-level line${year}; the line is counted on its own.`,
        ),
      );
      delete line.partOf;
      continue;
    }
    children.set(parent, [...(children.get(parent) ?? []), line]);
  }
  for (const [parent, subLines] of children) {
    const shared = sum(subLines.map((c) => c.allocated));
    const net = netBudget(parent.line);
    if (shared > net && !parent.line.incomplete) {
      const at = dataCell(table, parent.line.row, columns.allocated);
      issues.push(
        issue(
          "budget-split-above-parent",
          at,
          `In table ${table.name}, the lines that are part of ${quoteCellText(parent.line.line)} are allocated ${formatPounds(shared)} in all, more than its net budget of ${formatPounds(net)} (Allocated at ${at.cell} less Deducted at source).`,
        ),
      );
    }
    rollUp(parent, subLines);
  }
}
