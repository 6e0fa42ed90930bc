/** Small builders for catalogues and observations in the gaps tests. */
import { monthKey, parseMonthKey } from "../../../src/domain/periods";
import type { Indicator, MonthIndex, Observation, Target } from "../../../src/domain/types";

/** "2012-10" → MonthIndex. */
export function m(key: string): MonthIndex {
  const month = parseMonthKey(key);
  if (month === undefined) throw new Error(`bad month key ${key}`);
  return month;
}

export function indicator(code: string, fields: Partial<Indicator> = {}): Indicator {
  return { code, name: code, unit: "count", polarity: "lower", dashboard: true, targets: [], ...fields };
}

export function byDate(value: number, from?: string, level: Target["level"] = "statutory"): Target {
  return { kind: "by-date", level, value, ...(from ? { from: m(from) } : {}), label: `${value}${from ? ` by ${from}` : ""}` };
}

let row = 0;

/** One observation; `at` points at column E of a sheet called Data. */
export function obs(code: string, month: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  row += 1;
  return { code, month: m(month), area: "", value, at: { sheet: "Data", cell: `E${row + 1}` }, row, ...extra };
}

/** Consecutive monthly observations starting at `start`; null leaves a blank value, undefined skips the month. */
export function monthly(code: string, start: string, values: readonly (number | null | undefined)[], area = ""): Observation[] {
  const first = m(start);
  const out: Observation[] = [];
  values.forEach((v, i) => {
    if (v === undefined) return;
    out.push(obs(code, monthKey(first + i), v, { area }));
  });
  return out;
}
