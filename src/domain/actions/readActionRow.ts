/** Reads one Actions row, reporting problems at their cells. */
import { isBlankCell } from "../cellNumbers";
import { quoteCellText, shortCellText } from "../cellText";
import { dayLabel } from "../periods";
import { issue } from "../rules/issue";
import { dataCell } from "../tableCells";
import type { CellRef, RawTable, ValidationIssue } from "../types";
import type { ActionColumns } from "./actionColumns";
import { parseActionRef } from "./actionRef";
import { crossReferenceLabel, parseCrossReferences } from "./crossReferences";
import type { PlanAction } from "./planAction";
import { plainText } from "./plainText";
import { parseTimescale } from "./parseTimescale";
import { readDayCell } from "./readDayCell";
import { readStatus, STATUS_CHOICES } from "./statusWords";

export interface ActionReader {
  table: RawTable;
  columns: ActionColumns;
  issues: ValidationIssue[];
}

function cellOf(reader: ActionReader, r: number, column: number | undefined): CellRef {
  return dataCell(reader.table, r, column ?? reader.columns.ref);
}

/** The most unreadable cross-references a message lists before "and N more". */
const MAX_LISTED = 5;

/** Texts quoted and cut short, at most MAX_LISTED of them, so a pasted paragraph cannot swamp a message. */
function quoteList(texts: readonly string[]): string {
  const shown = texts.slice(0, MAX_LISTED).map((t) => quoteCellText(t));
  const more = texts.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

/** "action 2.1.3" or "the action at B7", for messages. */
export function actionName(action: Pick<PlanAction, "ref" | "at">): string {
  return action.ref ? `action ${shortCellText(action.ref)}` : `the action at ${action.at.cell}`;
}

function readDates(reader: ActionReader, r: number, action: PlanAction): void {
  const { table, columns, issues } = reader;
  const row = table.rows[r] ?? [];
  const ranges = action.timescale?.ranges ?? [];
  const starts = ranges.flatMap((x) => (x.start ? [x.start] : [])).sort();
  const ends = ranges.flatMap((x) => (x.end ? [x.end] : [])).sort();
  for (const [key, edge, header] of [
    ["start", "start", "Start"],
    ["due", "end", "Due"],
  ] as const) {
    const column = columns[key];
    const day = column === undefined ? undefined : readDayCell(row[column], edge);
    if (day === null) {
      const at = cellOf(reader, r, column);
      issues.push(
        issue(
          "action-bad-date",
          at,
          `In table ${table.name}, ${header} for ${actionName(action)} at ${at.cell} holds ${quoteCellText(plainText(row[column!]))}, which is not a date.`,
        ),
      );
    }
    const fromTimescale = key === "start" ? starts[0] : ends[ends.length - 1];
    const chosen = typeof day === "string" ? day : day === undefined ? fromTimescale : undefined;
    if (chosen !== undefined) action[key] = chosen;
  }
  if (action.start && action.due && action.due < action.start) {
    const explicitDue = columns.due !== undefined && !isBlankCell(row[columns.due]);
    const at = cellOf(reader, r, explicitDue ? columns.due : (columns.timescale ?? columns.due));
    issues.push(
      issue(
        "action-due-before-start",
        at,
        `In table ${table.name}, ${actionName(action)} is due on ${dayLabel(action.due)} (${at.cell}), before it starts on ${dayLabel(action.start)}.`,
      ),
    );
  }
}

function readText(reader: ActionReader, r: number, action: PlanAction): void {
  const { table, columns, issues } = reader;
  const row = table.rows[r] ?? [];
  const lead = columns.lead !== undefined ? plainText(row[columns.lead]) : "";
  if (lead) action.lead = lead;
  if (columns.status !== undefined) {
    const written = plainText(row[columns.status]);
    const status = readStatus(written);
    if (status === null) {
      const at = cellOf(reader, r, columns.status);
      issues.push(
        issue(
          "action-unknown-status",
          at,
          `In table ${table.name}, Status for ${actionName(action)} at ${at.cell} is ${quoteCellText(written)}; use ${STATUS_CHOICES}.`,
        ),
      );
    } else if (status !== undefined) action.status = status;
  }
  if (columns.crossReferences !== undefined) {
    const { refs, unknown } = parseCrossReferences(row[columns.crossReferences]);
    action.crossReferences = refs;
    if (unknown.length > 0) {
      const at = cellOf(reader, r, columns.crossReferences);
      const read = refs.length > 0 ? ` (read: ${refs.map(crossReferenceLabel).join(", ")})` : "";
      issues.push(
        issue(
          "action-bad-crossref",
          at,
          `In table ${table.name}, Cross-references for ${actionName(action)} at ${at.cell} has ${quoteList(unknown)}, which is not a reference such as IN 3, O 12 or CT 6 in range (IN 1–16, O 1–23, CT 1–10)${read}.`,
        ),
      );
    }
  }
  const timescaleText = columns.timescale !== undefined ? plainText(row[columns.timescale]) : "";
  if (timescaleText) {
    action.timescaleText = timescaleText;
    action.timescale = parseTimescale(timescaleText);
  }
}

/** Reads data row `r`; undefined for a fully blank row. */
export function readActionRow(reader: ActionReader, r: number): PlanAction | undefined {
  const { table, columns, issues } = reader;
  const row = table.rows[r] ?? [];
  if (row.every((cell) => plainText(cell) === "")) return undefined;
  const refText = plainText(row[columns.ref]);
  const at = dataCell(table, r, columns.ref);
  const action: PlanAction = {
    ref: refText.replace(/\.$/, ""),
    action: plainText(row[columns.action]),
    crossReferences: [],
    at,
    row: r,
  };
  const parsed = parseActionRef(refText);
  if (parsed) {
    action.priority = parsed.priority;
    if (parsed.outcome) action.outcome = parsed.outcome;
  }
  if (refText === "") {
    issues.push(
      issue(
        "action-missing-ref",
        at,
        `In table ${table.name}, the action at ${at.cell} has no Ref; give it the plan's reference (such as 2.1.3) so it can be tracked.`,
      ),
    );
  }
  if (action.action === "" && refText !== "") {
    const textAt = dataCell(table, r, columns.action);
    issues.push(
      issue(
        "action-missing-text",
        textAt,
        `In table ${table.name}, action ${shortCellText(action.ref)} has no Action text at ${textAt.cell}.`,
      ),
    );
  }
  readText(reader, r, action);
  readDates(reader, r, action);
  const timescale = action.timescale;
  if (
    !action.start &&
    !action.due &&
    !timescale?.completed &&
    !timescale?.recurring &&
    action.status !== "completed" &&
    action.status !== "cancelled"
  ) {
    const noteAt = cellOf(reader, r, columns.timescale ?? columns.due ?? columns.start);
    issues.push(
      issue(
        "action-no-timescale",
        noteAt,
        `In table ${table.name}, ${actionName(action)} has no start or due date and no timescale that can be read (${noteAt.cell}), so it cannot be shown as due or overdue.`,
      ),
    );
  }
  return action;
}
