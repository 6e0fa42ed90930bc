/**
 * The optional `Settings` table (columns Setting, Value): the settings the
 * workbook gives, each checked at its cell. A setting that is absent, blank or
 * unusable is not given, so the default (or the caller's) applies.
 */
import { describeNotNumber, isBlankCell, readCellNumber } from "../cellNumbers";
import { cellText, codeText, quoteCellText } from "../cellText";
import { findColumns } from "../columns";
import { issue } from "../rules/issue";
import { dataCell } from "../tableCells";
import type { Catalogue, CellValue, RawTable, ValidationIssue } from "../types";
import { type BuildSettings, type IndicatorChoice, monthsProblem, toleranceProblem } from "./buildSettings";
import { SETTING_LABELS, type SettingKey, settingKeyOf, SETTINGS_COLUMNS } from "./settingNames";

export interface SettingsRead {
  /** The settings the table gives (and that are usable). */
  given: Partial<BuildSettings>;
  issues: ValidationIssue[];
  /** 0-based data row of each setting's first row, for writing it back in place. */
  rows: Partial<Record<SettingKey, number>>;
  /** Column indexes of Setting and Value; undefined when the table lacks one. */
  columns?: { setting: number; value: number };
}

/** Splits "NI62, IA_OOT; CA_OOT" into codes: commas, semicolons or line breaks separate them. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[,;\n\r]+/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
}

interface Cell {
  table: RawTable;
  row: number;
  column: number;
  value: CellValue;
}

function readIndicators(cell: Cell, catalogue: Catalogue, issues: ValidationIssue[]): IndicatorChoice[] | undefined {
  const codes = splitCodes(cellText(cell.value));
  if (codes.length === 0) return undefined;
  const byCode = new Map(catalogue.map((i) => [i.code.trim().toUpperCase(), i.code]));
  const listed: IndicatorChoice[] = [];
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const code of codes) {
    const known = byCode.get(code.toUpperCase());
    if (!known) unknown.push(code);
    else if (!seen.has(known)) {
      seen.add(known);
      listed.push({ code: known, shown: true });
    }
  }
  if (unknown.length > 0) {
    const at = dataCell(cell.table, cell.row, cell.column);
    const names = unknown.map((c) => quoteCellText(c)).join(", ");
    const one = unknown.length === 1;
    issues.push(
      issue(
        "setting-unknown-code",
        at,
        `Table ${cell.table.name}, Dashboard indicators, cell ${at.cell}: ${names} ${one ? "is not a code" : "are not codes"} in the indicator catalogue, so ${one ? "it is" : "they are"} left off the dashboard.`,
      ),
    );
  }
  // The list is the whole choice: every catalogue indicator it does not name stays off the dashboard.
  return [...listed, ...catalogue.filter((i) => !seen.has(i.code)).map((i) => ({ code: i.code, shown: false }))];
}

function readNumber(
  cell: Cell,
  key: "monthsShown" | "tolerancePercent",
  fallback: number,
  issues: ValidationIssue[],
): number | undefined {
  const read = readCellNumber(cell.value);
  if (read.kind === "blank") return undefined;
  const problem =
    read.kind === "number"
      ? key === "monthsShown"
        ? monthsProblem(read.value)
        : toleranceProblem(read.value)
      : undefined;
  if (read.kind === "number" && !problem) return read.value;
  const at = dataCell(cell.table, cell.row, cell.column);
  const why = read.kind === "number" ? problem! : `It ${describeNotNumber(read)}.`;
  issues.push(
    issue(
      "setting-bad-number",
      at,
      `Table ${cell.table.name}, ${SETTING_LABELS[key]}, cell ${at.cell}: ${why} The default of ${fallback}${key === "tolerancePercent" ? "%" : ""} is used.`,
    ),
  );
  return undefined;
}

/**
 * Reads the Settings table. `catalogue` is the workbook's, for checking the
 * Dashboard indicators codes; `defaults` name the value used when a setting is unusable.
 */
export function readSettings(table: RawTable | undefined, catalogue: Catalogue, defaults: BuildSettings): SettingsRead {
  const out: SettingsRead = { given: {}, issues: [], rows: {} };
  if (!table) return out;
  const { columns, issues } = findColumns(table, SETTINGS_COLUMNS);
  out.issues.push(...issues);
  const { setting: settingCol, value: valueCol } = columns;
  if (settingCol === undefined || valueCol === undefined) return out;
  out.columns = { setting: settingCol, value: valueCol };

  table.rows.forEach((row, r) => {
    const name = row[settingCol] ?? null;
    if (isBlankCell(name)) return;
    const key = settingKeyOf(cellText(name));
    const at = dataCell(table, r, settingCol);
    if (!key) {
      const known = Object.values(SETTING_LABELS).join(", ");
      out.issues.push(
        issue(
          "setting-unknown",
          at,
          `Table ${table.name}, cell ${at.cell}: ${quoteCellText(codeText(name))} is not a setting (the settings are ${known}); the row is not used.`,
        ),
      );
      return;
    }
    if (out.rows[key] !== undefined) {
      out.issues.push(
        issue(
          "setting-repeated",
          at,
          `Table ${table.name}, cell ${at.cell}: ${SETTING_LABELS[key]} is given again; the first row is used.`,
        ),
      );
      return;
    }
    out.rows[key] = r;
    const cell: Cell = { table, row: r, column: valueCol, value: row[valueCol] ?? null };
    if (key === "indicators") {
      const choice = readIndicators(cell, catalogue, out.issues);
      if (choice) out.given.indicators = choice;
    } else {
      const value = readNumber(cell, key, defaults[key], out.issues);
      if (value !== undefined) out.given[key] = value;
    }
  });
  return out;
}
