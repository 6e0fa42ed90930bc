/**
 * Reads one IndicatorData row into an observation, reporting what is wrong with
 * its own cells. Checks that need other rows (duplicates, percent scale, ratios
 * on the final scale) run afterwards over all the parsed rows.
 */
import { describeNotNumber, plainFigure, readCellNumber } from "../cellNumbers";
import { cellText, codeText, quoteCellText } from "../cellText";
import { issue } from "./issue";
import { monthLabel, parseDay, parseMonth } from "../periods";
import { dataCell } from "../tableCells";
import type { CellRef, CellValue, Observation, RawTable, ValidationIssue } from "../types";
import { areaWords } from "./areaNames";
import { cellPlace } from "./cellPlace";
import type { DataColumns, ParsedRow } from "./dataColumns";
import type { IndicatorMatch } from "./indicatorLookup";
import { checkCountPair, readAsAt, readCount, readNote, remembering, rememberingText } from "./rowFields";

/** What reading a row needs: the table, its columns, lookups that remember, and where issues go. */
export interface RowReader {
  table: RawTable;
  columns: DataColumns;
  lookup: (code: string) => IndicatorMatch;
  /** A Code cell's text, spacing tidied (`codeText`); `readerFor` gives one that remembers repeated values. */
  code: (value: CellValue | undefined) => string;
  area: (value: CellValue | undefined) => string;
  issues: ValidationIssue[];
  /** Period and As at readers; `readerFor` gives ones that remember repeated values. */
  month: (value: CellValue) => number | undefined;
  day: (value: CellValue) => string | undefined;
  /** The workbook's Indicators table by name; undefined when the built-in catalogue is used. */
  catalogueTable?: string;
}

/** A reader for `table` whose parsers remember repeated Period and As at values. */
export function readerFor(
  table: RawTable,
  columns: DataColumns,
  lookup: (code: string) => IndicatorMatch,
  area: RowReader["area"],
  issues: ValidationIssue[],
  catalogueTable?: string,
): RowReader {
  // The area canonicaliser's answer for a spelling never changes once given, so it can be remembered too.
  return {
    table,
    columns,
    lookup: rememberingText(lookup),
    code: remembering(codeText),
    area: remembering(area),
    issues,
    month: remembering(parseMonth),
    day: remembering(parseDay),
    ...(catalogueTable === undefined ? {} : { catalogueTable }),
  };
}

function readCode(reader: RowReader, value: CellValue | undefined, r: number): ParsedRow["indicator"] | undefined {
  const { table, issues } = reader;
  const code = reader.code(value);
  if (code === "") {
    const at = dataCell(table, r, reader.columns.code);
    issues.push(
      issue(
        "missing-code",
        at,
        `${cellPlace(table.name, "Code", at)} is blank, but the row has other entries. Enter the indicator's code.`,
      ),
    );
    return undefined;
  }
  const match = reader.lookup(code);
  if (match.indicator) return match.indicator;
  const catalogueTable = reader.catalogueTable;
  const where = catalogueTable === undefined ? "the built-in catalogue" : `the ${catalogueTable} table`;
  const advice = match.suggestion
    ? ` Did you mean ${match.suggestion}?`
    : catalogueTable === undefined
      ? " — add an Indicators table with a row for it to report it (scorecard init or the pane's Set up writes one)."
      : " — add a row there to report it.";
  const at = dataCell(table, r, reader.columns.code);
  issues.push(
    issue(
      "unknown-indicator",
      at,
      `${cellPlace(table.name, "Code", at)} holds ${quoteCellText(code)}, which is not in ${where}${match.suggestion ? "." : ""}${advice}`,
    ),
  );
  return undefined;
}

function readPeriod(reader: RowReader, value: CellValue | undefined, r: number): number | undefined {
  const month = reader.month(value ?? null);
  if (month !== undefined) return month;
  const text = cellText(value);
  const what = text === "" ? "is blank" : `holds ${quoteCellText(text)}, which is not a month`;
  const at = dataCell(reader.table, r, reader.columns.period);
  reader.issues.push(
    issue(
      "bad-period",
      at,
      `${cellPlace(reader.table.name, "Period", at)} ${what}. Write the month as a date or as text such as Oct 2012 or 2012-10.`,
    ),
  );
  return undefined;
}

/**
 * An observation as read from a row. A class rather than a literal so that V8
 * keeps the optional fields inside the object (a literal stores fields added
 * later in a second object): one object fewer per row for the garbage collector.
 * Absent fields stay absent (`declare`d, so no field is defined for them), as consumers expect.
 */
class RowObservation implements Observation {
  code: string;
  month: number;
  area: string;
  value: number | null;
  declare numerator?: number;
  declare denominator?: number;
  declare asAt?: string;
  declare note?: string;
  at: CellRef;
  row: number;

  constructor(
    code: string,
    month: number,
    area: string,
    value: number | null,
    at: CellRef,
    row: number,
    n?: number,
    d?: number,
    asAt?: string,
    note?: string,
  ) {
    this.code = code;
    this.month = month;
    this.area = area;
    this.value = value;
    if (n !== undefined) this.numerator = n;
    if (d !== undefined) this.denominator = d;
    if (asAt !== undefined) this.asAt = asAt;
    if (note !== undefined) this.note = note;
    this.at = at;
    this.row = row;
  }
}

/** "NI59 for Oct 2012 (area East Kent)": the row's figure in messages. */
function rowWords(indicator: ParsedRow["indicator"] | undefined, month: number | undefined, area: string): string {
  return `${indicator?.code ?? "this indicator"}${month === undefined ? "" : ` for ${monthLabel(month)}`} (${areaWords(area)})`;
}

/**
 * Reads data row `r` (0-based). Returns the parsed row when its code and month are
 * known; rows with a bad Value are still returned, with a null value, so that
 * series checks do not also report the month as missing.
 *
 * Shaped for a table of 100,000 rows: cells are read straight from the row,
 * a plain number or a blank is taken without reading it as text, and a cell's
 * address is made only for an issue (and the Value cell's, which every
 * observation carries).
 */
export function readDataRow(reader: RowReader, r: number): ParsedRow | undefined {
  const { table, columns, issues } = reader;
  const cells: readonly (CellValue | undefined)[] = table.rows[r] ?? [];
  const indicator = readCode(reader, cells[columns.code], r);
  const month = readPeriod(reader, cells[columns.period], r);
  const area = reader.area(columns.area === undefined ? undefined : cells[columns.area]);
  const valueAt = dataCell(table, r, columns.value);
  const raw = cells[columns.value];
  // Message words are built only when there is an issue to word: most rows have none.
  let value: number | null = null;
  let percentText = false;
  const plain = plainFigure(raw);
  if (plain !== undefined) value = plain;
  else {
    const read = readCellNumber(raw);
    if (read.kind === "number") {
      value = read.value;
      percentText = read.percentText === true;
    } else if (read.kind === "blank") {
      issues.push(
        issue(
          "value-missing",
          valueAt,
          `${cellPlace(table.name, "Value", valueAt)} is blank, so ${rowWords(indicator, month, area)} has no figure. The row is kept as missing.`,
        ),
      );
    } else {
      issues.push(
        issue(
          "value-not-number",
          valueAt,
          `${cellPlace(table.name, "Value", valueAt)} ${describeNotNumber(read)}. Enter the figure for ${rowWords(indicator, month, area)} as a number, or leave it blank if it is not known.`,
        ),
      );
    }
  }
  if (indicator?.unit === "count" && value !== null && value < 0) {
    issues.push(
      issue(
        "negative-count",
        valueAt,
        `${cellPlace(table.name, "Value", valueAt)} is ${value}, but ${indicator.code} is a count and cannot be below zero.`,
      ),
    );
  }

  const { numerator, denominator, asAt: asAtColumn, note: noteColumn } = columns;
  const n = numerator === undefined ? undefined : readCount(table, cells[numerator], r, numerator, "Numerator", issues);
  const d = denominator === undefined ? undefined : readCount(table, cells[denominator], r, denominator, "Denominator", issues);
  if (indicator && n !== undefined && d !== undefined) {
    checkCountPair(table, indicator, r, n, d, columns, issues);
  }
  const asAt = asAtColumn === undefined ? undefined : readAsAt(table, cells[asAtColumn], r, asAtColumn, month, issues, reader.day);
  const note = noteColumn === undefined ? undefined : readNote(cells[noteColumn]);

  if (!indicator || month === undefined) return undefined;
  const obs: Observation = new RowObservation(indicator.code, month, area, value, valueAt, r, n, d, asAt, note);
  return { obs, indicator, percentText };
}
