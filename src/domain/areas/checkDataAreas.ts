/**
 * The Area column of the IndicatorData table, checked once the rows are read.
 *
 * With an Areas table, every area must be one of its names (or Also called
 * names): an unknown area is an error with the likeliest name, and its rows are
 * left out (a misspelt area would otherwise become a new area of its own and
 * upset every sum); a row for a month the area did not exist in is a warning.
 *
 * Without one, the spellings in the table are compared with each other: one
 * that differs from a commoner spelling only in case, spacing or punctuation
 * is read as that spelling, and one a letter or two from a far commoner one is
 * pointed out (it stays an area of its own: it may be real). Either way a
 * warning says which name was likely meant.
 */
import { cellText, quoteCellText } from "../cellText";
import { issue } from "../rules/issue";
import { monthLabel } from "../periods";
import { dataCell } from "../tableCells";
import type { RawTable, ValidationIssue } from "../types";
import type { ParsedRow } from "../rules/dataColumns";
import { slipDistance } from "../rules/slipDistance";
import { bareAreaKey, spanWords, type AreaRegister } from "./areaRegister";

/** A far commoner spelling has at least this many times the rows. */
const COMMONER = 3;
/** Typo checks compare each rare spelling with at most this many of the commonest ones. */
const MOST_COMMON = 200;
/** An authority has tens of areas, districts and teams; beyond this many names the column holds something else, and typo checks are skipped. */
const MOST_NAMES = 2000;

/** One or two slips apart, and no more than a slip per three letters ("Dovre" and "Dover", not "Ash" and "Rye"). */
function nearName(a: string, b: string): boolean {
  const d = slipDistance(a, b);
  return d <= 2 && d * 3 <= Math.max(Math.min(a.length, b.length), 3);
}

function rawArea(table: RawTable, column: number, row: ParsedRow): string {
  return cellText(table.rows[row.obs.row]?.[column]).replace(/\s+/g, " ");
}

function withRegister(
  table: RawTable,
  column: number,
  rows: readonly ParsedRow[],
  register: AreaRegister,
  issues: ValidationIssue[],
): ParsedRow[] {
  const kept: ParsedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const { obs } = row;
    if (obs.area === "") {
      kept.push(row);
      continue;
    }
    const at = dataCell(table, obs.row, column);
    const place = `In table ${table.name}, cell ${at.cell} (Area)`;
    const spans = register.spansOf(obs.area);
    if (spans.length === 0) {
      const likely = register.suggest(obs.area);
      const hint = likely ? ` Did you mean ${likely}?` : "";
      issues.push(
        issue(
          "area-unknown",
          at,
          `${place}: ${quoteCellText(obs.area)} is not an area in the Areas table, so this row is left out.${hint} Correct it, or add the name to the Areas table (as an Area, or under Also called).`,
        ),
      );
      continue;
    }
    const span = register.at(obs.area, obs.month);
    if (!span) {
      const when = spans.map(spanWords).join("; ");
      issues.push(
        issue(
          "area-out-of-period",
          at,
          `${place}: the Areas table says ${spans[0]!.name} existed ${when}, but this row is for ${monthLabel(obs.month)}. Check the Area, or the From and To of ${spans[0]!.name} in the Areas table.`,
        ),
      );
    }
    kept.push({ ...row, obs: { ...obs, area: (span ?? spans[0]!).name } });
  }
  return kept;
}

interface Spelling {
  text: string;
  rows: number;
  first: ParsedRow;
}

/** Spellings by their bare key, commonest first within each; keys in order first met. */
function spellings(table: RawTable, column: number, rows: readonly ParsedRow[]): Map<string, Spelling[]> {
  const byBare = new Map<string, Map<string, Spelling>>();
  // A large table repeats a few area names on every row: each is normalised once.
  const keys = new Map<unknown, { text: string; bare: string }>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.obs.area === "") continue;
    const value = table.rows[row.obs.row]?.[column];
    let key = keys.get(value);
    if (!key) {
      const raw = rawArea(table, column, row);
      keys.set(value, (key = { text: raw, bare: bareAreaKey(raw) }));
    }
    const { text, bare } = key;
    let group = byBare.get(bare);
    if (!group) byBare.set(bare, (group = new Map()));
    const seen = group.get(text);
    if (seen) seen.rows++;
    else group.set(text, { text, rows: 1, first: row });
  }
  const out = new Map<string, Spelling[]>();
  for (const [bare, group] of byBare)
    out.set(
      bare,
      [...group.values()].sort((a, b) => b.rows - a.rows || a.first.obs.row - b.first.obs.row),
    );
  return out;
}

function withoutRegister(
  table: RawTable,
  column: number,
  rows: readonly ParsedRow[],
  issues: ValidationIssue[],
): ParsedRow[] {
  const groups = spellings(table, column, rows);
  const readAs = new Map<string, string>();
  const placeOf = (row: ParsedRow) => dataCell(table, row.obs.row, column);
  for (const group of groups.values()) {
    const [likely, ...others] = group;
    if (others.length > 0) readAs.set(likely!.text, likely!.text);
    for (const other of others) {
      readAs.set(other.text, likely!.text);
      const at = placeOf(other.first);
      issues.push(
        issue(
          "area-near-duplicate",
          at,
          `In table ${table.name}, cell ${at.cell} (Area): ${quoteCellText(other.text)} differs from ${likely!.text} (on ${likely!.rows} rows) only in case, spacing or punctuation, so its ${other.rows === 1 ? "row is" : `${other.rows} rows are`} read as ${likely!.text}. Write it the same way, or add an Areas table.`,
        ),
      );
    }
  }
  // One or two letters from a far commoner name: a likely typo, pointed out but not merged.
  const totals = [...groups.entries()].map(([bare, group]) => ({
    bare,
    name: group[0]!,
    rows: group.reduce((n, s) => n + s.rows, 0),
  }));
  const common = totals.length > MOST_NAMES ? [] : [...totals].sort((a, b) => b.rows - a.rows).slice(0, MOST_COMMON);
  for (const rare of common.length ? totals : []) {
    const near = common.find(
      (c) =>
        c.rows >= COMMONER * rare.rows &&
        c.bare !== rare.bare &&
        Math.abs(c.bare.length - rare.bare.length) <= 2 &&
        nearName(c.bare, rare.bare),
    );
    if (!near) continue;
    const at = placeOf(rare.name.first);
    issues.push(
      issue(
        "area-near-duplicate",
        at,
        `In table ${table.name}, cell ${at.cell} (Area): ${quoteCellText(rare.name.text)} (on ${rare.rows === 1 ? "1 row" : `${rare.rows} rows`}) is a letter or two from ${near.name.text} (on ${near.rows} rows), so it is read as an area of its own. If it is ${near.name.text}, correct it; an Areas table makes such names errors.`,
      ),
    );
  }
  if (readAs.size === 0) return [...rows];
  return rows.map((row) => {
    if (row.obs.area === "") return row;
    const to = readAs.get(rawArea(table, column, row));
    return to === undefined || to === row.obs.area ? row : { ...row, obs: { ...row.obs, area: to } };
  });
}

/**
 * Checks the areas of the parsed rows and returns the rows to use: with the
 * Areas table's own names, unknown areas left out (with a register), or
 * spelling variants joined (without one).
 */
export function checkDataAreas(
  table: RawTable,
  column: number | undefined,
  rows: readonly ParsedRow[],
  register: AreaRegister | undefined,
  issues: ValidationIssue[],
): ParsedRow[] {
  if (column === undefined) return [...rows];
  return register ? withRegister(table, column, rows, register, issues) : withoutRegister(table, column, rows, issues);
}
