/**
 * Finds the dates in plan text ("1 March 2011", "31 Sept 2011", "Jan 2011",
 * "1 May", "01/03/2011", "2011-03-01") and turns a date, once its missing
 * parts are known, into an ISO day.
 */

/** A date as written: any of day, month and year may be missing ("1 May", "July 2011", the "1" of "1- 31 Dec"). */
export interface DateToken {
  index: number;
  text: string;
  day?: number;
  month?: number;
  year?: number;
}

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const MONTH_STARTS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// Tried left to right at each position, so the fuller forms win.
const DATE = new RegExp(
  [
    "\\b(?<isoY>\\d{4})-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2})\\b",
    "\\b(?<numD>\\d{1,2})[/.](?<numM>\\d{1,2})[/.](?<numY>\\d{4}|\\d{2})\\b",
    `\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH.replace("(", "(?<dm>")}(?:,?\\s+(?<dy>\\d{4}))?\\b`,
    `\\b${MONTH.replace("(", "(?<m>")},?\\s+(?<my>\\d{4})\\b`,
    `\\b${MONTH.replace("(", "(?<mo>")}\\b`,
    // A bare day only where a range runs into a dated day: the "1" of "1- 31 Dec 2011".
    `\\b(?<bare>\\d{1,2})(?=\\s*-\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH.replace("(", "(?:")})`,
  ].join("|"),
  "gi",
);

function monthNumber(name: string | undefined): number | undefined {
  if (!name) return undefined;
  const i = MONTH_STARTS.indexOf(name.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

function fullYear(text: string | undefined): number | undefined {
  if (!text) return undefined;
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** Every date in `text`, in order. Expects dashes already normalised to "-". */
export function dateTokens(text: string): DateToken[] {
  const tokens: DateToken[] = [];
  for (const m of text.matchAll(DATE)) {
    const g = m.groups ?? {};
    const token: DateToken = { index: m.index, text: m[0] };
    const day = g.isoD ?? g.numD ?? g.d ?? g.bare;
    const month = g.isoM ?? g.numM ?? monthNumber(g.dm ?? g.m ?? g.mo);
    const year = fullYear(g.isoY ?? g.numY ?? g.dy ?? g.my);
    if (day !== undefined) token.day = Number(day);
    if (month !== undefined) token.month = Number(month);
    if (year !== undefined) token.year = year;
    if (token.month !== undefined && (token.month < 1 || token.month > 12)) continue;
    if (token.day !== undefined && (token.day < 1 || token.day > 31)) continue;
    tokens.push(token);
  }
  return tokens;
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The ISO day a complete date stands for. A month without a day is its first
 * day when it opens a span and its last when it closes one; a day past the
 * month's end ("31 Sept 2011", as the plan has it) is the month's last day.
 */
export function isoDay(date: { day?: number; month: number; year: number }, edge: "start" | "end"): string {
  const last = lastDayOf(date.year, date.month);
  const day = date.day === undefined ? (edge === "start" ? 1 : last) : Math.min(date.day, last);
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
