/**
 * Reads the optional Actions table (the improvement plan's actions) and
 * reports, at the cell, what is wrong with it. Decisions worth knowing:
 * - Headers as the published plan writes them ("Actions", "Delivery Leads") are accepted.
 * - Start and Due, when blank, come from the Timescale text (earliest start, latest end).
 * - A row without a Ref is reported and still kept, so its status counts.
 * - Two rows with the same Ref are both kept, with a warning: the plan sometimes
 *   repeats a ref for an action's milestones.
 * - `today` drives one information note: an action past its due date whose
 *   Status does not say Completed, Cancelled or Overdue (`action-past-due`).
 */
import { parseA1 } from "../a1";
import { shortCellText } from "../cellText";
import { findColumns } from "../columns";
import { issue } from "../rules/issue";
import { dayLabel } from "../periods";
import { dataCell } from "../tableCells";
import type { RawTable, ValidationIssue } from "../types";
import { ACTION_COLUMNS, withActionAliases, type ActionColumns } from "./actionColumns";
import { actionStatusAt } from "./actionStatusAt";
import type { PlanAction } from "./planAction";
import { actionName, readActionRow, type ActionReader } from "./readActionRow";
import { todayIso, type Today } from "./today";

function duplicateRefs(reader: ActionReader, actions: readonly PlanAction[]): void {
  const first = new Map<string, PlanAction>();
  for (const action of actions) {
    if (action.ref === "") continue;
    const earlier = first.get(action.ref);
    if (!earlier) {
      first.set(action.ref, action);
      continue;
    }
    reader.issues.push(
      issue(
        "action-duplicate-ref",
        action.at,
        `In table ${reader.table.name}, Ref ${shortCellText(action.ref)} at ${action.at.cell} is already used at ${earlier.at.cell}; give each action its own Ref (for milestones of one action, 2.1.4a, 2.1.4b …).`,
      ),
    );
  }
}

function pastDue(reader: ActionReader, action: PlanAction, today: Today): void {
  if (actionStatusAt(action, today) !== "overdue" || action.status === "overdue" || !action.due) return;
  const { table, columns } = reader;
  const at = dataCell(table, action.row, columns.status ?? columns.due ?? columns.ref);
  const status = action.status ? `says ${action.status}` : "is blank";
  reader.issues.push(
    issue(
      "action-past-due",
      at,
      `In table ${table.name}, ${actionName(action)} was due on ${dayLabel(action.due)} and its Status ${status} (${at.cell}); mark it Completed, or Overdue if it is still to do.`,
    ),
  );
}

function byPosition(issues: ValidationIssue[]): ValidationIssue[] {
  return issues
    .map((item, i) => ({ item, i, ...parseA1(item.cell) }))
    .sort((a, b) => a.row - b.row || a.column - b.column || a.i - b.i)
    .map((x) => x.item);
}

/**
 * Reads the Actions table as at `today` (a reporting month, taken as its last
 * day, or an ISO day). No table means no actions and no issues; a missing Ref
 * or Action column returns only that issue.
 */
export function readActions(
  source: RawTable | undefined,
  today: Today,
): { actions: PlanAction[]; issues: ValidationIssue[] } {
  todayIso(today); // a bad `today` is the caller's bug: throw before reading anything
  if (!source) return { actions: [], issues: [] };
  const table = withActionAliases(source);
  const found = findColumns(table, ACTION_COLUMNS);
  const { ref, action } = found.columns;
  if (ref === undefined || action === undefined) return { actions: [], issues: found.issues };
  const columns: ActionColumns = { ...found.columns, ref, action };
  const reader: ActionReader = { table, columns, issues: [...found.issues] };
  const actions: PlanAction[] = [];
  table.rows.forEach((_, r) => {
    const read = readActionRow(reader, r);
    if (read) actions.push(read);
  });
  duplicateRefs(reader, actions);
  for (const a of actions) pastDue(reader, a, today);
  return { actions, issues: byPosition(reader.issues) };
}
