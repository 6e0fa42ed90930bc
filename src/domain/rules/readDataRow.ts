/**
 * Reads one IndicatorData row into an observation, reporting what is wrong with
 * its own cells. Checks that need other rows (duplicates, percent scale, ratios
 * on the final scale) run afterwards over all the parsed rows.
 */
import { describeNotNumber, isBlankCell, readCellNumber } from "../cellNumbers";
import { cellText, codeText, quoteCellText } from "../cellText";
import { issue } from "./issue";
import { monthLabel, parseDay, parseMonth } from "../periods";
import type { CellValue, Observation, RawTable, ValidationIssue } from "../types";
import { areaWords } from "./areaNames";
import { cellPlace } from "./cellPlace";
import type { DataColumns, ParsedRow } from "./dataColumns";
import type { IndicatorMatch } from "./indicatorLookup";
import { checkCountPair, readAsAt, readCount, readNote, remembering, rememberingText, rowCell, type RowCell } from "./rowFields";

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
  lookup: RowReader["lookup"],
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

function readCode(reader: RowReader, cell: RowCell): ParsedRow["indicator"] | undefined {
  const { table, issues } = reader;
  const code = reader.code(cell.value);
  if (code === "") {
    issues.push(
      issue(
        "missing-code",
        cell.at,
        `${cellPlace(table.name, "Code", cell.at)} is blank, but the row has other entries. Enter the indicator's code.`,
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
  issues.push(
    issue(
      "unknown-indicator",
      cell.at,
      `${cellPlace(table.name, "Code", cell.at)} holds ${quoteCellText(code)}, which is not in ${where}${match.suggestion ? "." : ""}${advice}`,
    ),
  );
  return undefined;
}

function readPeriod(reader: RowReader, cell: RowCell): number | undefined {
  const month = reader.month(cell.value ?? null);
  if (month !== undefined) return month;
  const text = cellText(cell.value);
  const what = text === "" ? "is blank" : `holds ${quoteCellText(text)}, which is not a month`;
  reader.issues.push(
    issue(
      "bad-period",
      cell.at,
      `${cellPlace(reader.table.name, "Period", cell.at)} ${what}. Write the month as a date or as text such as Oct 2012 or 2012-10.`,
    ),
  );
  return undefined;
}

/** The value of one cell of data row `r`; undefined when the column is absent. */
function cellValue(table: RawTable, r: number, column: number | undefined): CellValue | undefined {
  return column === undefined ? undefined : table.rows[r]?.[column];
}

/** "NI59 for Oct 2012 (area East Kent)": the row's figure in messages. */
function rowWords(indicator: ParsedRow["indicator"] | undefined, month: number | undefined, area: string): string {
  return `${indicator?.code ?? "this indicator"}${month === undefined ? "" : ` for ${monthLabel(month)}`} (${areaWords(area)})`;
}

/**
 * Reads data row `r` (0-based). Returns the parsed row when its code and month are
 * known; rows with a bad Value are still returned, with a null value, so that
 * series checks do not also report the month as missing.
 */
export function readDataRow(reader: RowReader, r: number): ParsedRow | undefined {
  const { table, columns, issues } = reader;
  const indicator = readCode(reader, rowCell(table, r, columns.code)!);
  const month = readPeriod(reader, rowCell(table, r, columns.period)!);
  const area = reader.area(cellValue(table, r, columns.area));
  // Message words are built only when there is an issue to word: most rows have none.
  const valueCell = rowCell(table, r, columns.value)!;
  const read = readCellNumber(valueCell.value);
  let value: number | null = null;
  if (read.kind === "number") value = read.value;
  else if (read.kind === "blank") {
    issues.push(
      issue(
        "value-missing",
        valueCell.at,
        `${cellPlace(table.name, "Value", valueCell.at)} is blank, so ${rowWords(indicator, month, area)} has no figure. The row is kept as missing.`,
      ),
    );
  } else {
    issues.push(
      issue(
        "value-not-number",
        valueCell.at,
        `${cellPlace(table.name, "Value", valueCell.at)} ${describeNotNumber(read)}. Enter the figure for ${rowWords(indicator, month, area)} as a number, or leave it blank if it is not known.`,
      ),
    );
  }
  if (indicator?.unit === "count" && value !== null && value < 0) {
    issues.push(
      issue(
        "negative-count",
        valueCell.at,
        `${cellPlace(table.name, "Value", valueCell.at)} is ${value}, but ${indicator.code} is a count and cannot be below zero.`,
      ),
    );
  }

  const numCell = rowCell(table, r, columns.numerator);
  const denCell = rowCell(table, r, columns.denominator);
  const n = readCount(table, numCell, "Numerator", issues);
  const d = readCount(table, denCell, "Denominator", issues);
  if (indicator && n !== undefined && d !== undefined) {
    checkCountPair(
      table,
      indicator,
      n === undefined ? undefined : { n, cell: numCell! },
      d === undefined ? undefined : { d, cell: denCell! },
      issues,
    );
  }
  const asAt = readAsAt(table, rowCell(table, r, columns.asAt), month, issues, reader.day);
  // Blank notes (most rows) need no cell object.
  const noteValue = cellValue(table, r, columns.note);
  const note = isBlankCell(noteValue) ? undefined : readNote(rowCell(table, r, columns.note));

  if (!indicator || month === undefined) return undefined;
  const obs: Observation = { code: indicator.code, month, area, value, at: valueCell.at, row: r };
  if (n !== undefined) obs.numerator = n;
  if (d !== undefined) obs.denominator = d;
  if (asAt !== undefined) obs.asAt = asAt;
  if (note !== undefined) obs.note = note;
  return { obs, indicator, percentText: read.kind === "number" && read.percentText === true };
}
