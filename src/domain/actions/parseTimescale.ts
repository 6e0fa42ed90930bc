/**
 * Reads the plan's Timescale cells: "31 March 2011 - 31 March 2012",
 * "1 March – 31 May 2011", "Completed", "1 March 2011 (monthly review)",
 * "Monthly until 1 March 2012", several ranges in one cell, and so on.
 *
 * - Dates joined by a dash, "to" or "until" make a range; a start without a
 *   year (or month) takes the end's, moved back a year if it would otherwise
 *   fall after the end ("1 May – 1 March 2013" starts 1 May 2012).
 * - A date on its own is a start when the text says so ("From 1 April 2011",
 *   "April 2011 onwards", "Start June 2011 -") or when the action recurs
 *   ("1 March 2011 (monthly review)"); otherwise it is a deadline.
 * - A month without a day opens on its first day and closes on its last.
 */
import type { CellValue } from "../types";
import { dateTokens, isoDay, type DateToken } from "./dateTokens";
import { plainText } from "./plainText";

export interface DateRange {
  /** ISO day; absent for a deadline with no start. */
  start?: string;
  /** ISO day; absent for an open-ended start. */
  end?: string;
}

export type Recurrence = "weekly" | "monthly" | "quarterly" | "annually" | "after each audit" | "rolling";

export interface Timescale {
  ranges: DateRange[];
  completed: boolean;
  /** How often the action repeats, most frequent first when the text names several. */
  recurring?: Recurrence;
  /** The text speaks of a review. */
  review?: boolean;
  /** Words that are neither dates nor known timescale words, as written. */
  unparsed?: string;
}

const RECURRENCES: readonly [Recurrence, RegExp][] = [
  ["weekly", /\bweekly\b|\bevery week\b/],
  ["monthly", /\bmonthly\b|\bevery month\b|\beach month\b/],
  ["quarterly", /\bquarterly\b|\bevery quarter\b/],
  ["annually", /\bannual(?:ly)?\b|\byearly\b|\byear on year\b|\bevery year\b/],
  ["after each audit", /\bafter each audit\b|\baudit schedule\b/],
  ["rolling", /\brolling\b|\bongoing\b/],
];

// Words that belong in a timescale and say nothing more than the flags above.
const KNOWN_WORDS =
  /\b(?:reviews?|reviewed|final|in|from|start(?:ing)?|commencing|onwards?|until|till|by|to|and|reports?|monthly|weekly|quarterly|annual(?:ly)?|yearly|year|on|basis|intervals?|at|each|every|after|audits?|as|per|schedule|rolling|programme|program|completed?|done|the|month|week|quarter|ongoing|then|of)\b/g;

const RANGE_JOIN = /^\s*(?:-|to|until|till)\s*$/;
const START_BEFORE = /\b(?:from|start(?:ing|s)?|commencing|beginning)\s*$/;
const END_BEFORE = /\b(?:until|till|by|before|deadline)\s*$/;
const START_AFTER = /^\s*(?:onwards?\b|-\s*(?![\s\d]*\d))/;

function withYear(token: DateToken, from: DateToken | undefined): DateToken {
  if (token.year !== undefined || !from?.year) return token;
  return { ...token, year: from.year, month: token.month ?? from.month };
}

function iso(token: DateToken, edge: "start" | "end"): string | undefined {
  if (token.month === undefined || token.year === undefined) return undefined;
  return isoDay({ day: token.day, month: token.month, year: token.year }, edge);
}

/** A range of two tokens, filling the start's missing year or month from the end and vice versa. */
function rangeOf(a: DateToken, b: DateToken): DateRange | undefined {
  const end = withYear(b, a);
  let start = withYear(a, end);
  let startIso = iso(start, "start");
  const endIso = iso(end, "end");
  if (a.year === undefined && startIso && endIso && startIso > endIso) {
    start = { ...start, year: start.year! - 1 };
    startIso = iso(start, "start");
  }
  if (!startIso || !endIso) return undefined;
  return { start: startIso, end: endIso };
}

interface Reading {
  text: string;
  tokens: DateToken[];
  recurring: Recurrence | undefined;
}

function single(reading: Reading, i: number): DateRange | undefined {
  const { text, tokens, recurring } = reading;
  const token = tokens[i]!;
  const before = text.slice(i > 0 ? tokens[i - 1]!.index + tokens[i - 1]!.text.length : 0, token.index);
  const after = text.slice(token.index + token.text.length, tokens[i + 1]?.index ?? text.length);
  const resolved = withYear(withYear(token, tokens[i + 1]), tokens[i - 1]);
  const isStart =
    !END_BEFORE.test(before) && (START_BEFORE.test(before) || START_AFTER.test(after) || recurring !== undefined);
  const day = iso(resolved, isStart ? "start" : "end");
  if (!day) return undefined;
  return isStart ? { start: day } : { end: day };
}

/** Reads a Timescale cell. Blank text gives no ranges and nothing unparsed. */
export function parseTimescale(value: CellValue | undefined): Timescale {
  const text = plainText(value)
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-");
  const recurring = RECURRENCES.find(([, pattern]) => pattern.test(text))?.[0];
  const reading: Reading = { text, tokens: dateTokens(text), recurring };
  const ranges: DateRange[] = [];
  const unread: string[] = [];
  const { tokens } = reading;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const join = next ? text.slice(token.index + token.text.length, next.index) : "";
    const range = next && RANGE_JOIN.test(join) ? rangeOf(token, next) : undefined;
    if (range) {
      ranges.push(range);
      i++;
      continue;
    }
    const one = single(reading, i);
    if (one) ranges.push(one);
    else unread.push(token.text);
  }
  const timescale: Timescale = { ranges, completed: /\b(?:completed?|done)\b/.test(text) };
  if (recurring) timescale.recurring = recurring;
  if (/\breview/.test(text)) timescale.review = true;
  const unparsed = leftoverWords(plainText(value), tokens, unread);
  if (unparsed) timescale.unparsed = unparsed;
  return timescale;
}

/** The text with its dates and known words taken out; "" when nothing is left. */
function leftoverWords(original: string, tokens: readonly DateToken[], unread: readonly string[]): string {
  let rest = "";
  let last = 0;
  for (const token of tokens) {
    rest += `${original.slice(last, token.index)} `;
    if (unread.includes(token.text)) rest += `${original.slice(token.index, token.index + token.text.length)} `;
    last = token.index + token.text.length;
  }
  rest += original.slice(last);
  const words = rest
    .split(/[\s\-\u2010-\u2015(),;:&.]+/)
    .filter((w) => w !== "" && w.toLowerCase().replace(KNOWN_WORDS, "") !== "");
  return words.join(" ");
}
