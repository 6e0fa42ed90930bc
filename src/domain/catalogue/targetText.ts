/**
 * How targets are named and which one leads: the "headline" statutory target
 * that the Indicators table's Target / Target date columns stand for.
 */
import { numberFormat } from "../numberFormat";
import { monthLabel } from "../periods";
import type { Indicator, MonthIndex, Polarity, Target, TargetLevel, Unit } from "../types";

/** The note on a maintain target's baseline when its level was typed in the Indicators table. */
export const TYPED_BASELINE_NOTE = "typed in the Indicators table";

// One formatter for every call: building one per call (toLocaleString) is slow on the compute path.
const targetNumber = numberFormat({ maximumFractionDigits: 2 });

/** "65%", "34 pp", "£1,000", "200": a target value as people write it. */
export function formatTargetValue(value: number, unit: Unit): string {
  const n = targetNumber(value);
  switch (unit) {
    case "percent":
      return `${n}%`;
    case "pp":
      return `${n} pp`;
    case "currency":
      return `£${n}`;
    default:
      return n;
  }
}

/** "≤ 200 by Aug 2011", or "≥ 90%" when the target has no date. */
export function byDateLabel(value: number, unit: Unit, polarity: Polarity, from?: MonthIndex): string {
  const sign = polarity === "lower" ? "≤" : "≥";
  const when = from === undefined ? "" : ` by ${monthLabel(from)}`;
  return `${sign} ${formatTargetValue(value, unit)}${when}`;
}

/** A simple value-by-a-date target, as the Indicators table describes one. */
export function byDateTarget(
  indicator: Pick<Indicator, "unit" | "polarity">,
  level: TargetLevel,
  value: number,
  from: MonthIndex | undefined,
  source: string,
): Target {
  const target: Target = {
    kind: "by-date",
    level,
    value,
    source,
    label: byDateLabel(value, indicator.unit, indicator.polarity, from),
  };
  if (from !== undefined) target.from = from;
  return target;
}

/** The first target of a level: the statutory one leads headlines, the internal one sits beside it. */
export function firstTarget(indicator: Pick<Indicator, "targets">, level: TargetLevel): Target | undefined {
  return indicator.targets.find((t) => t.level === level);
}

/**
 * The month the table's "Target date" column shows for a target: the deadline
 * of a by-date target, the last month of a period average (when it is judged),
 * and none for a target without a value (maintain, benchmark).
 */
export function targetDate(target: Target): MonthIndex | undefined {
  if (target.value === undefined) return undefined;
  return target.kind === "period-average" ? (target.to ?? target.from) : target.from;
}
