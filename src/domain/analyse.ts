/**
 * The whole check of a workbook's tables, shell-agnostic: catalogue, data rows,
 * series rules. Both the command line and the task pane call this.
 */
import { readCatalogue } from "./catalogue/readCatalogue";
import { DEFAULT_CATALOGUE } from "./catalogue/defaultCatalogue";
import { checkSeries } from "./rules/checkSeries";
import { readObservations } from "./observations";
import { checkYearToDate, readBenchmarks, reportingMonth, type Benchmark } from "./gaps";
import type { AreaRegister } from "./areas/areaRegister";
import { readAreas } from "./areas/readAreas";
import { applyExplanations, isExplained } from "./rules/explainedQueries";
import { checkMissingAuthorityFigures } from "./rules/missingAuthorityFigures";
import { checkRowsOutsideTables } from "./rules/rowsOutsideTable";
import { readBudget, type BudgetLine } from "./budget";
import { readActions, type PlanAction } from "./actions";
import { issue } from "./rules/issue";
import { DEFAULT_SETTINGS, readSettings } from "./settings";
import { tableCell } from "./tableCells";
import type { Catalogue, MonthIndex, Observation, Severity, ValidationIssue, WorkbookTables } from "./types";

/** Appends without spreading: a workbook can hold far more issues than a call's argument limit. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

export interface ValidationSummary {
  errors: number;
  /** Warnings not explained by their row's Note. */
  warnings: number;
  /** Notes (severity info), not counting explained queries. */
  infos: number;
  /** Warnings explained by an "Explained:" Note, kept as notes with their explanation. */
  explained: number;
  indicators: number;
  rows: number;
  /** false when a required table is missing: the workbook cannot be checked further. */
  usable: boolean;
}

export interface Analysis {
  catalogue: Catalogue;
  observations: Observation[];
  issues: ValidationIssue[];
  summary: ValidationSummary;
  /** Statistical neighbour (or other) comparators from the optional Benchmarks table. */
  benchmarks: Map<string, Benchmark>;
  /** Lines of the optional Budget table; undefined when the workbook has none. */
  budget?: BudgetLine[];
  /** The optional Areas table, read; undefined when the workbook has none. */
  areas?: AreaRegister;
  /** Actions of the optional Actions table; undefined when the workbook has none. */
  actions?: PlanAction[];
  /** The reporting month the Actions table was checked at (its last day is "today"); undefined without figures. */
  actionsMonth?: MonthIndex;
  /**
   * The month the checks were made at: the one asked for, else `reportingMonth`'s
   * choice; undefined without figures. Kept so a build need not look through every row again.
   */
  month?: MonthIndex;
}

export interface AnalyseOptions {
  /**
   * The reporting month. Actions are checked as at its last day (a monthly
   * report is as at month end). Default: the month `build` reports when none
   * is asked for (`reportingMonth`); `scorecard build --period` passes its month.
   */
  month?: MonthIndex;
}

/**
 * Actions are read as at "today", and no clock is read here: with no reporting
 * month and no figures at all, the earliest day the engine reads (1 January
 * 1990), long before any plan, so nothing is judged past due.
 */
const BEFORE_ANY_PLAN = "1990-01-01";

interface OptionalTables {
  budget?: BudgetLine[];
  actions?: PlanAction[];
  actionsMonth?: MonthIndex;
  issues: ValidationIssue[];
}

/** The optional Budget and Actions tables: their lines and actions (when the table exists) and their issues. */
function readOptionalTables(tables: WorkbookTables, month: MonthIndex | undefined): OptionalTables {
  const out: OptionalTables = { issues: [] };
  const budgetTable = tables.get("budget");
  if (budgetTable) {
    const { lines, issues } = readBudget(budgetTable);
    out.budget = lines;
    append(out.issues, issues);
  }
  const actionsTable = tables.get("actions");
  if (actionsTable) {
    const { actions, issues } = readActions(actionsTable, month ?? BEFORE_ANY_PLAN);
    out.actions = actions;
    if (month !== undefined) out.actionsMonth = month;
    append(out.issues, issues);
  }
  return out;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Issues in a stable order: by severity, then sheet, then row and column. */
export function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  const rowCol = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    return m ? [Number(m[2]), m[1]!.length, m[1]!] as const : [0, 0, cell] as const;
  };
  return [...issues].sort((a, b) => {
    const s = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
    if (s) return s;
    if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
    const [ra, la, ca] = rowCol(a.cell);
    const [rb, lb, cb] = rowCol(b.cell);
    return ra - rb || la - lb || (ca < cb ? -1 : ca > cb ? 1 : 0) || a.rule.localeCompare(b.rule);
  });
}

function summarise(issues: ValidationIssue[], catalogue: Catalogue, rows: number, usable: boolean): ValidationSummary {
  const count = (s: Severity) => issues.filter((i) => i.severity === s && !isExplained(i)).length;
  const explained = issues.filter(isExplained).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info"), explained, indicators: catalogue.length, rows, usable };
}

/**
 * What every workbook gets checked for whatever else it holds: figures left
 * just outside an input table, and warnings that rows' Notes explain.
 */
function finish(issues: ValidationIssue[], tables: WorkbookTables): ValidationIssue[] {
  append(issues, checkRowsOutsideTables(tables.values()));
  return sortIssues(applyExplanations(issues, [...tables.values()]));
}

/**
 * Validates the tables of a workbook: the indicator catalogue and data, and the
 * optional Benchmarks, Areas, Budget and Actions tables. Never throws for bad data:
 * problems come back as issues.
 */
export function analyseTables(tables: WorkbookTables, defaults: Catalogue = DEFAULT_CATALOGUE, options: AnalyseOptions = {}): Analysis {
  const indicators = tables.get("indicators");
  const data = tables.get("indicatordata");
  const issues: ValidationIssue[] = [];

  const { catalogue, issues: catalogueIssues } = readCatalogue(indicators, defaults);
  append(issues, catalogueIssues);
  const { benchmarks, issues: benchmarkIssues } = readBenchmarks(tables.get("benchmarks"));
  append(issues, benchmarkIssues);
  const areasTable = tables.get("areas");
  const areas = areasTable ? readAreas(areasTable) : undefined;
  if (areas) append(issues, areas.issues);
  const register = areas?.register;
  append(issues, readSettings(tables.get("settings"), catalogue, DEFAULT_SETTINGS).issues);
  if (!indicators) {
    const at = data ? tableCell(data) : { sheet: "", cell: "A1" };
    issues.push(issue("default-catalogue", at, "There is no Indicators table, so the built-in catalogue of indicators and targets is used."));
  }

  if (!data) {
    issues.push(
      issue("missing-table", { sheet: "", cell: "A1" }, "The workbook has no IndicatorData table (nor a sheet called IndicatorData) holding the monthly figures."),
    );
    const { issues: optionalIssues, ...optional } = readOptionalTables(tables, options.month);
    append(issues, optionalIssues);
    const sorted = finish(issues, tables);
    return {
      catalogue,
      observations: [],
      issues: sorted,
      summary: summarise(sorted, catalogue, 0, false),
      benchmarks,
      ...(register ? { areas: register } : {}),
      ...optional,
    };
  }

  const { observations, issues: rowIssues } = readObservations(data, catalogue, {
    ...(indicators ? { catalogueTable: indicators.name } : {}),
    ...(register ? { areas: register } : {}),
  });
  append(issues, rowIssues);
  const hasData = data.rows.some((row) => row.some((v) => v !== null && !(typeof v === "string" && v.trim() === "")));
  if (!hasData) {
    issues.push(issue("empty-table", tableCell(data), `Table ${data.name} has a header row but no figures below it.`));
  }
  append(issues, checkSeries(observations, catalogue, register ? { areas: register } : {}));
  append(issues, checkYearToDate(observations, catalogue));
  const month = reportingMonth(catalogue, observations, options.month);
  append(issues, checkMissingAuthorityFigures(data, catalogue, observations, month));

  const { issues: optionalIssues, ...optional } = readOptionalTables(tables, month);
  append(issues, optionalIssues);

  const sorted = finish(issues, tables);
  return {
    catalogue,
    observations,
    issues: sorted,
    summary: summarise(sorted, catalogue, observations.length, true),
    benchmarks,
    ...(register ? { areas: register } : {}),
    ...optional,
    ...(month === undefined ? {} : { month }),
  };
}
