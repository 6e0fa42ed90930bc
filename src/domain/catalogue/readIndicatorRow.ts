/**
 * Turns one row of the Indicators table into an Indicator, starting from the
 * default indicator with the same code so its richer targets survive when the
 * row still says the same thing.
 */
import { quoteCellText } from "../cellText";
import { parseMonth } from "../periods";
import type { Indicator, MonthIndex, Polarity, Target, TargetLevel, Unit } from "../types";
import { cellText, readNumber, readPolarity, readUnit, readYesNo } from "./cellReaders";
import type { IndicatorColumn } from "./indicatorColumns";
import type { RowContext } from "./rowContext";
import { byDateTarget, formatTargetValue, targetDate, TYPED_BASELINE_NOTE } from "./targetText";

/** A cell read: `ok` false when the cell was at fault (and reported). */
interface Read<T> {
  ok: boolean;
  value?: T;
}

const TABLE_SOURCE = "Indicators table";

function quoted(row: RowContext, column: IndicatorColumn): string {
  return quoteCellText(row.text(column));
}

function readUnitCell(row: RowContext): Unit | undefined {
  const unit = readUnit(row.cell("unit"));
  if (unit) return unit;
  const what = unit === undefined ? "is blank" : `${quoted(row, "unit")} is not a unit`;
  row.report(
    "unit",
    "catalogue-unknown-unit",
    `the unit ${what}; write count, percent, rate, pp or currency.`,
  );
  return undefined;
}

function readPolarityCell(row: RowContext): Polarity | undefined {
  const polarity = readPolarity(row.cell("polarity"));
  if (polarity) return polarity;
  const what = polarity === undefined ? "is blank" : `${quoted(row, "polarity")} does not say which way is better`;
  row.report("polarity", "catalogue-no-polarity", `the polarity ${what}; write lower or higher.`);
  return undefined;
}

/** Target or Internal target: a number, scaled to 0–100 when a percent is written as a fraction. */
function readTargetCell(row: RowContext, column: "target" | "internalTarget", unit: Unit | undefined): Read<number> {
  const read = readNumber(row.cell(column));
  if (read === undefined) return { ok: true };
  if (read === null) {
    row.report(column, "catalogue-bad-number", `${quoted(row, column)} is not a number.`);
    return { ok: false };
  }
  let value = read.value;
  if (unit === "percent" && !read.percentSign && value > 0 && value < 1) {
    // A cell formatted as a percentage holds 0.65 for 65%.
    value = Math.round(value * 100 * 1e9) / 1e9;
    row.report(
      column,
      "catalogue-target-scale",
      `${read.value} reads as a fraction; it is taken as ${formatTargetValue(value, unit)} (percent targets are on the 0–100 scale).`,
      "warning",
    );
  }
  if (unit === "percent" && (value < 0 || value > 100)) {
    row.report(
      column,
      "catalogue-target-scale",
      `${formatTargetValue(value, unit)} is not a percentage between 0 and 100.`,
    );
    return { ok: false };
  }
  return { ok: true, value };
}

function readToleranceCell(row: RowContext): number | undefined {
  const read = readNumber(row.cell("tolerance"));
  if (read === undefined) return undefined;
  if (read === null || read.value < 0) {
    row.report(
      "tolerance",
      "catalogue-bad-number",
      `${quoted(row, "tolerance")} is not a number of zero or more (leave it blank for 10% of the target).`,
    );
    return undefined;
  }
  return read.value;
}

function readTargetDateCell(row: RowContext): Read<MonthIndex> {
  const cell = row.cell("targetDate");
  if (cellText(cell ?? null) === "") return { ok: true };
  const month = parseMonth(cell ?? null);
  if (month !== undefined) return { ok: true, value: month };
  row.report(
    "targetDate",
    "catalogue-bad-target-date",
    `${quoted(row, "targetDate")} is not a month; write a date or text such as Aug 2011.`,
  );
  return { ok: false };
}

/**
 * Definition from and Definition note: a series break. Without the column the
 * default's break (if any) stands; a blank cell means no break.
 */
function readSeriesBreak(row: RowContext, fallback: Indicator["seriesBreak"]): Indicator["seriesBreak"] {
  if (!row.has("definitionFrom")) return fallback;
  const cell = row.cell("definitionFrom");
  if (cellText(cell ?? null) === "") return undefined;
  const from = parseMonth(cell ?? null);
  if (from === undefined) {
    row.report(
      "definitionFrom",
      "catalogue-bad-definition-from",
      `${quoted(row, "definitionFrom")} is not a month; write the first month of the new definition, such as Apr 2013.`,
    );
    return undefined;
  }
  const note = row.text("definitionNote");
  return note ? { from, note } : { from };
}

function readDashboardCell(row: RowContext, fallback: boolean): boolean {
  if (!row.has("dashboard")) return fallback;
  const flag = readYesNo(row.cell("dashboard"));
  if (flag === undefined) return false;
  if (flag !== null) return flag;
  row.report(
    "dashboard",
    "catalogue-bad-dashboard",
    `${quoted(row, "dashboard")} is not yes or no; ${fallback ? "yes" : "no"} is used.`,
  );
  return fallback;
}

const same = (a: number | undefined, b: number | undefined): boolean =>
  a === undefined || b === undefined ? a === b : Math.abs(a - b) < 1e-9;

/** The target with a level typed in the Indicators table (a maintain target's typed baseline). */
function withTypedLevel(target: Target, value: number): Target {
  const typed: Target = { ...target, value };
  if (target.kind === "maintain") typed.baseline = { value, note: TYPED_BASELINE_NOTE };
  return typed;
}

/**
 * The targets of one level: the default's when the row agrees with the
 * default's first target of that level (or the cell was at fault), otherwise one
 * simple by-date target from the row (none when the cell is blank). Without a
 * `date` (internal targets: the table has no column for their date) only the
 * values are compared, and a new target applies at every month.
 */
function targetsOfLevel(
  level: TargetLevel,
  shape: { unit: Unit; polarity: Polarity },
  reusable: readonly Target[],
  read: Read<number>,
  date?: Read<MonthIndex>,
): Target[] {
  const own = reusable.filter((t) => t.level === level);
  if (!read.ok || (date && !date.ok)) return own;
  const head = own[0];
  const agrees = same(read.value, head?.value) && (!date || date.value === (head ? targetDate(head) : undefined));
  if (agrees) return own;
  if (read.value === undefined) return [];
  // A level typed for "at least maintain" or "in line with a benchmark" fills in that target: the Notice's words stay.
  if (head && (head.kind === "maintain" || head.kind === "benchmark") && date?.value === undefined) {
    return [withTypedLevel(head, read.value), ...own.slice(1)];
  }
  const source = level === "internal" ? `Internal target (${TABLE_SOURCE})` : TABLE_SOURCE;
  return [byDateTarget(shape, level, read.value, date?.value, source)];
}

/**
 * Reads the row into an Indicator; `undefined` when it cannot be one (no unit
 * or polarity to be had). Issues go to the row's context.
 */
export function readIndicatorRow(
  row: RowContext,
  code: string,
  defaultIndicator: Indicator | undefined,
): Indicator | undefined {
  // A copy, so the catalogue read never shares objects with the defaults.
  const base = defaultIndicator ? structuredClone(defaultIndicator) : undefined;
  const unit = readUnitCell(row);
  const polarity = readPolarityCell(row);
  const target = readTargetCell(row, "target", unit ?? base?.unit);
  const internal = readTargetCell(row, "internalTarget", unit ?? base?.unit);
  const date = readTargetDateCell(row);
  const tolerance = readToleranceCell(row);
  const dashboard = readDashboardCell(row, base?.dashboard ?? false);

  // A fault in Unit or Polarity is reported; a default indicator keeps its own so the rest still computes.
  const shape = { unit: unit ?? base?.unit, polarity: polarity ?? base?.polarity };
  if (!shape.unit || !shape.polarity) return undefined;
  const { unit: u, polarity: p } = shape;

  // Default targets carry labels and meaning for their unit and polarity; a row that changes either starts afresh.
  const reusable = base && base.unit === u && base.polarity === p ? base.targets : [];
  const targets = [
    ...targetsOfLevel("statutory", { unit: u, polarity: p }, reusable, target, date),
    ...targetsOfLevel("internal", { unit: u, polarity: p }, reusable, internal),
  ];

  const indicator: Indicator = {
    ...base,
    code,
    name: row.text("name") || base?.name || code,
    unit: u,
    polarity: p,
    targets,
    dashboard,
  };
  // A blank Tolerance means "10% of the target"; only a table without the column keeps the default's.
  if (row.has("tolerance")) {
    if (tolerance === undefined) delete indicator.tolerance;
    else indicator.tolerance = tolerance;
  }
  // Text a person changed is theirs: it no longer carries the built-in text's source.
  const definition = row.text("definition");
  if (definition) indicator.definition = definition;
  if (definition && definition !== base?.definition) delete indicator.definitionSource;
  const impact = row.text("impact");
  if (impact) indicator.impact = impact;
  const seriesBreak = readSeriesBreak(row, base?.seriesBreak);
  if (seriesBreak) indicator.seriesBreak = seriesBreak;
  else delete indicator.seriesBreak;
  if (impact && impact !== base?.impact) delete indicator.impactSource;
  return indicator;
}
