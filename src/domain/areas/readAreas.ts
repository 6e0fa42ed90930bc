/**
 * Reads the optional `Areas` table — `Area`, `Part of`, `Level` (area,
 * district, team; or authority for the whole authority's own names), `From`,
 * `To`, `Also called` — into an AreaRegister, reporting faults at their cells.
 * A blank Level is worked out from Part of: nothing (or the authority) above
 * it makes an area, an area above it a district, a district above it a team.
 */
import { isBlankCell } from "../cellNumbers";
import { cellText, quoteCellText } from "../cellText";
import { findColumns, type ColumnSpec } from "../columns";
import { issue } from "../rules/issue";
import type { AreaTableRuleId } from "./areaRules";
import { monthLabel, parseMonth } from "../periods";
import { dataCell } from "../tableCells";
import type { CellValue, MonthIndex, RawTable, ValidationIssue } from "../types";
import { AREA_LEVELS, AreaRegister, areaKey, spanWords, type AreaLevel, type AreaSpan } from "./areaRegister";

export const AREA_COLUMNS = {
  area: { name: "Area", required: true },
  partOf: { name: "Part of", required: false },
  level: { name: "Level", required: false },
  from: { name: "From", required: false },
  to: { name: "To", required: false },
  alsoCalled: { name: "Also called", required: false },
} satisfies Record<string, ColumnSpec>;

type AreaColumn = keyof typeof AREA_COLUMNS;

/** "East Kent, EK; E Kent" → ["East Kent", "EK", "E Kent"]. */
function names(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((n) => n.trim().replace(/\s+/g, " "))
    .filter((n) => n !== "");
}

function readLevel(text: string): AreaLevel | undefined | null {
  if (text === "") return undefined;
  const word = text.toLowerCase().replace(/s$/, "");
  return (AREA_LEVELS as readonly string[]).includes(word) ? (word as AreaLevel) : null;
}

function overlaps(a: AreaSpan, b: AreaSpan): boolean {
  const aFrom = a.from ?? Number.NEGATIVE_INFINITY;
  const bFrom = b.from ?? Number.NEGATIVE_INFINITY;
  const aTo = a.to ?? Number.POSITIVE_INFINITY;
  const bTo = b.to ?? Number.POSITIVE_INFINITY;
  return aFrom <= bTo && bFrom <= aTo;
}

/** The Areas table as a register, with its issues. A missing Area column gives an empty register. */
export function readAreas(table: RawTable): { register: AreaRegister; issues: ValidationIssue[] } {
  const found = findColumns(table, AREA_COLUMNS);
  const issues = found.issues;
  const columns = found.columns;
  if (columns.area === undefined) return { register: new AreaRegister([]), issues };
  const place = (r: number, column: AreaColumn) => dataCell(table, r, columns[column]!);
  const text = (row: readonly CellValue[], column: AreaColumn) =>
    columns[column] === undefined ? "" : cellText(row[columns[column]!]);
  const say = (r: number, column: AreaColumn, rule: AreaTableRuleId, message: string) => {
    const at = place(r, column);
    issues.push(
      issue(rule, at, `In table ${table.name}, cell ${at.cell} (${AREA_COLUMNS[column].name}): ${message}`),
    );
  };

  const spans: AreaSpan[] = [];
  const parents: { span: AreaSpan; r: number }[] = [];
  table.rows.forEach((row, r) => {
    if (row.every(isBlankCell)) return;
    const name = text(row, "area").replace(/\s+/g, " ");
    if (name === "") {
      say(r, "area", "area-missing-name", "this row has entries but no Area name, so it is not used.");
      return;
    }
    const month = (column: "from" | "to"): MonthIndex | undefined => {
      const value = columns[column] === undefined ? null : (row[columns[column]!] ?? null);
      if (isBlankCell(value)) return undefined;
      const m = parseMonth(value);
      if (m === undefined)
        say(
          r,
          column,
          "area-bad-month",
          `${quoteCellText(cellText(value))} is not a month; write a date or text such as Sep 2012.`,
        );
      return m;
    };
    const from = month("from");
    const to = month("to");
    if (from !== undefined && to !== undefined && to < from) {
      say(
        r,
        "to",
        "area-ends-before-start",
        `${name} ends in ${monthLabel(to)}, before it starts in ${monthLabel(from)}.`,
      );
    }
    const partOf = text(row, "partOf").replace(/\s+/g, " ");
    let level = readLevel(text(row, "level"));
    if (level === null) {
      say(
        r,
        "level",
        "area-bad-level",
        `${quoteCellText(text(row, "level"))} is not a level; write area, district or team (or authority for the whole authority's own names).`,
      );
      level = undefined;
    }
    const span: AreaSpan = {
      name,
      level: level ?? "area",
      alsoCalled: names(text(row, "alsoCalled")),
      at: place(r, "area"),
    };
    if (partOf !== "") span.partOf = partOf;
    if (from !== undefined) span.from = from;
    if (to !== undefined) span.to = to;
    const earlier = spans.find((s) => areaKey(s.name) === areaKey(name) && overlaps(s, span));
    if (earlier) {
      say(
        r,
        "area",
        "area-overlap",
        `${name} is already on the row at ${earlier.at.cell} for months that overlap these (${spanWords(earlier)}); the first row is used.`,
      );
      return;
    }
    spans.push(span);
    if (partOf !== "" || level === undefined) parents.push({ span, r });
  });

  const register = new AreaRegister(spans);
  const authority = new Set(register.authorityNames());
  for (const { span, r } of parents) {
    if (span.partOf === undefined || authority.has(areaKey(span.partOf))) {
      if (!span.partOf) continue;
      delete span.partOf;
      continue;
    }
    // The parent must exist for at least the first month of the child's span.
    const parent = register
      .spansOf(span.partOf)
      .find((p) => p !== span && (span.from === undefined ? p.from === undefined : overlaps(p, span)));
    if (!parent) {
      say(
        r,
        "partOf",
        "area-unknown-parent",
        `${quoteCellText(span.partOf)} is not an area of this table ${spanWords(span)}; add it, or correct the name.`,
      );
      continue;
    }
    // A blank Level follows from what it is part of.
    const levelCell = columns.level === undefined ? "" : text(table.rows[r]!, "level");
    if (levelCell === "")
      span.level = parent.level === "area" ? "district" : parent.level === "district" ? "team" : "area";
    span.partOf = parent.name;
  }
  return { register, issues };
}
