/**
 * What must hold of the pipeline's output whatever the input: each check
 * returns a list of problems (empty when all is well), so a failing property
 * says exactly which issue, result or block is wrong.
 */
import { parseA1 } from "../../src/domain/a1";
import type { RawTable, ValidationIssue } from "../../src/domain/types";
import type { PlanValue, WorkbookPlan } from "../../src/report";
import { MAX_COLUMN, MAX_ROW } from "./arbitraries";

const SEVERITIES = new Set(["error", "warning", "info"]);
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const A1_CELL = /^[A-Z]{1,3}[1-9]\d*$/;
const LINE_BREAK = /[\r\n\v\f\u0085\u2028\u2029]/;
/** Long enough for any message the rules write about a cell; a message longer than this quotes too much. */
export const MAX_MESSAGE_LENGTH = 1_000;

/** A plain A1 cell on Excel's grid, or undefined. */
export function cellOnGrid(address: string): { row: number; column: number } | undefined {
  if (!A1_CELL.test(address)) return undefined;
  const at = parseA1(address);
  return at.row <= MAX_ROW && at.column <= MAX_COLUMN ? at : undefined;
}

/** The header row to the last data row, the first to the last header column (at least the top-left cell). */
function insideTable(table: RawTable, at: { row: number; column: number }): boolean {
  const { row, column } = table.origin;
  const width = Math.max(1, table.headers.length);
  return at.row >= row && at.row <= row + table.rows.length && at.column >= column && at.column < column + width;
}

function describe(issue: ValidationIssue): string {
  return `${issue.rule} at ${JSON.stringify(issue.sheet)}!${issue.cell}: ${JSON.stringify(issue.message.slice(0, 200))}`;
}

/**
 * Everything wrong with an analysis's issues, given the tables it read (each
 * on its own sheet). Messages name indicator codes in full, so a message may
 * run longer by twice the longest code (`codeAllowance`).
 */
export function issueProblems(
  issues: readonly ValidationIssue[],
  tables: readonly RawTable[],
  codeAllowance = 0,
): string[] {
  const problems: string[] = [];
  for (const issue of issues) {
    const say = (what: string) => problems.push(`${what}: ${describe(issue)}`);
    if (!SEVERITIES.has(issue.severity)) say(`severity ${JSON.stringify(issue.severity)}`);
    if (!KEBAB.test(issue.rule)) say("rule is not kebab-case");
    if (issue.message.trim() === "") say("empty message");
    if (LINE_BREAK.test(issue.message)) say("message has a line break");
    if (issue.message.length > MAX_MESSAGE_LENGTH + codeAllowance)
      say(`message is ${issue.message.length} characters long`);
    const at = cellOnGrid(issue.cell);
    if (!at) {
      say("cell is not an A1 address on the grid");
      continue;
    }
    if (issue.sheet === "") {
      if (issue.cell !== "A1") say("a workbook-level issue should point at A1");
      continue;
    }
    const table = tables.find((t) => t.sheet === issue.sheet);
    if (!table) say("sheet is not the sheet of any table");
    else if (!insideTable(table, at)) {
      say(
        `cell is outside table ${table.name} (origin ${table.origin.row},${table.origin.column}; ${table.headers.length} columns, ${table.rows.length} rows)`,
      );
    }
  }
  return problems;
}

/** Paths to every number in `value` that is NaN or infinite (plain objects and arrays, walked deeply). */
export function nonFiniteNumbers(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFiniteNumbers(v, `${path}[${i}]`));
  if (value instanceof Map) return [...value].flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.get(${String(k)})`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
  return [];
}

function isPlanValue(v: unknown): v is PlanValue {
  return v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
}

function rangeOnGrid(range: string): boolean {
  const [from, to, more] = range.split(":");
  return more === undefined && cellOnGrid(from!) !== undefined && (to === undefined || cellOnGrid(to) !== undefined);
}

const FORMULA_START = /^[=+\-@]/;

/**
 * Everything wrong with a plan: blocks that are not rectangles of plain values,
 * addresses off the grid, numbers Excel cannot hold, and strings that start
 * like a formula without being the workbook's own text (`workbookText`).
 * `formulaLike` collects the workbook text that does start so, for the tally.
 */
export function planProblems(
  plan: WorkbookPlan,
  workbookText: ReadonlySet<string>,
  formulaLike: string[] = [],
): string[] {
  const problems: string[] = [...nonFiniteNumbers(plan, "plan")];
  for (const sheet of plan.sheets) {
    const where = (what: string) => `${sheet.name}: ${what}`;
    for (const block of sheet.blocks) {
      if (!cellOnGrid(block.address)) problems.push(where(`block at ${block.address} is not on the grid`));
      const width = block.values[0]?.length ?? 0;
      if (block.values.length === 0 || width === 0) problems.push(where(`block at ${block.address} is empty`));
      block.values.forEach((row, r) => {
        if (row.length !== width)
          problems.push(where(`block at ${block.address}: row ${r} has ${row.length} values, not ${width}`));
        row.forEach((v, c) => {
          if (!isPlanValue(v))
            problems.push(where(`block at ${block.address} [${r}][${c}] is ${typeof v}: ${String(v)}`));
          else if (typeof v === "string" && FORMULA_START.test(v)) {
            if (workbookText.has(v)) formulaLike.push(v);
            else
              problems.push(
                where(
                  `block at ${block.address} [${r}][${c}] starts like a formula: ${JSON.stringify(v.slice(0, 80))}`,
                ),
              );
          }
        });
      });
    }
    for (const { range } of sheet.styles) if (!rangeOnGrid(range)) problems.push(where(`style range ${range}`));
    for (const range of sheet.merges) if (!rangeOnGrid(range)) problems.push(where(`merge ${range}`));
    if (sheet.print?.area && !rangeOnGrid(sheet.print.area)) problems.push(where(`print area ${sheet.print.area}`));
    for (const input of sheet.inputs)
      if (!cellOnGrid(input.address)) problems.push(where(`input ${input.key} at ${input.address}`));
    const charts = sheet.charts.map((c) => c.name);
    if (new Set(charts).size !== charts.length) problems.push(where(`chart names repeat: ${charts.join(", ")}`));
    const keys = sheet.inputs.map((i) => i.key);
    if (new Set(keys).size !== keys.length) problems.push(where(`input keys repeat: ${keys.join(", ")}`));
    for (const chart of sheet.charts) {
      for (const range of [chart.categories, ...chart.series.map((s) => s.values)]) {
        if (!rangeOnGrid(range)) problems.push(where(`chart ${chart.name} reads ${range}`));
      }
      if (!cellOnGrid(chart.position.from) || !cellOnGrid(chart.position.to))
        problems.push(where(`chart ${chart.name} position`));
    }
  }
  return problems;
}
